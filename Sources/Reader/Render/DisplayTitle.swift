import Model

extension Article {
    /// The headline, or for an untitled article its first words, so no row shows a bare path.
    var displayTitle: String {
        if let title, !title.isEmpty { return title }
        let words = TextLayout.drawableCells(text, range: body).map(\.text).joined()
            .split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true).prefix(12)
        return words.isEmpty ? id : words.joined(separator: " ") + "…"
    }
}

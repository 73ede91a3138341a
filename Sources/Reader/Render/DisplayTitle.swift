import Model

extension Article {
    /// The headline, or for an untitled article its first words, so no row shows a bare path.
    var displayTitle: String {
        if let title, !title.isEmpty { return title }
        let opening = body.lowerBound..<min(body.upperBound, body.lowerBound + 400)
        let words = TextLayout.drawableCells(text, range: opening).map(\.text).joined()
            .split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true).prefix(12)
        return words.isEmpty ? id : words.joined(separator: " ") + "…"
    }
}

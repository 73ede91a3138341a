import Model

extension Article {
    /// The headline, or for an untitled article its first words past any boilerplate, so no
    /// row shows a bare path or a site's navigation.
    var displayTitle: String {
        if let title, !title.isEmpty { return title }
        let first = firstVisiblePiece ?? body
        let opening = first.lowerBound..<min(first.upperBound, first.lowerBound + 400)
        let words = TextLayout.drawableCells(text, range: opening).map(\.text).joined()
            .split(separator: " ", maxSplits: 12, omittingEmptySubsequences: true).prefix(12)
        return words.isEmpty ? id : words.joined(separator: " ") + "…"
    }

    /// The first stretch of a paragraph that is not boilerplate, looking no further than needed.
    private var firstVisiblePiece: Range<Int>? {
        let cuts = boilerplate.sorted { $0.lowerBound < $1.lowerBound }
        for paragraph in paragraphs {
            var start = paragraph.lowerBound
            for cut in cuts where cut.overlaps(paragraph) {
                if cut.lowerBound - start > 20 { return start..<cut.lowerBound }
                start = max(start, cut.upperBound)
            }
            if paragraph.upperBound - start > 20 { return start..<paragraph.upperBound }
        }
        return nil
    }
}

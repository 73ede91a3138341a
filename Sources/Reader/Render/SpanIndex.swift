/// Answers "is this byte offset inside one of these spans?" quickly, for colouring text.
struct SpanIndex: Sendable {
    private let spans: [Range<Int>]

    init(_ spans: [Range<Int>]) {
        self.spans = spans.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The index (in sorted order) of a span containing `offset`, if any.
    func spanIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        // Spans may nest or overlap: look back over the few that start earlier.
        var steps = 0
        while index >= 0, steps < 8 {
            if spans[index].contains(offset) { return index }
            index -= 1
            steps += 1
        }
        return nil
    }

    func contains(_ offset: Int) -> Bool { spanIndex(containing: offset) != nil }
}

import Model
@testable import Reader

/// Small articles written for these tests (fictional places and people).
enum Fixtures {
    static let bridge = PlainTextParser.parse("""
        Harbour bridge reopens after a year of repairs
        The Calder harbour bridge reopened on Monday after fourteen months of repairs, said Mayor Ines Duarte.
        “We promised the east side its bridge back, and here it is,” Duarte told reporters at the ribbon cutting.
        Traffic engineers expect the crossing to carry eleven thousand cars a day by spring.
        Subscribe to The Calder Lantern for the morning briefing.
        """, id: "lantern/bridge.txt")

    static let ferry = PlainTextParser.parse("""
        Ferry fares to rise in April
        The island ferry will raise fares by six per cent in April, its operator said.
        """, id: "lantern/ferry.txt")

    static let cjk = PlainTextParser.parse("""
        市長の発言
        市長は「橋は東側の住民のためのものです」と述べた。これは長い文章で、空白なしで折り返す必要があります。
        """, id: "cjk.txt")

    static var corpus: Corpus {
        var bridge = bridge
        bridge.outlet = "The Calder Lantern"
        bridge.date = "2026-03-02"
        let text = bridge.text
        if let range = text.range(of: "Subscribe to The Calder Lantern for the morning briefing.") {
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            bridge.boilerplate = [start..<end]
        }
        var ferry = ferry
        ferry.outlet = "Island Wire"
        return Corpus(articles: [bridge, ferry, cjk], skipped: [SkippedInput(location: "notes.bin", reason: "binary data (control bytes), not text")])
    }

    /// Annotations for the bridge article: Duarte mentioned twice, one quote with a speaker.
    static var bridgeAnnotations: Annotations {
        let text = bridge.text
        func span(_ needle: String, after: Int = 0) -> Range<Int> {
            let start = text.index(text.startIndex, offsetBy: 0)
            let found = text.range(of: needle, range: text.utf8.index(start, offsetBy: after)..<text.endIndex)!
            let lower = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
            return lower..<(lower + needle.utf8.count)
        }
        let firstDuarte = span("Ines Duarte")
        let quote = span("We promised the east side its bridge back, and here it is,")
        let secondDuarte = span("Duarte", after: quote.upperBound)
        return Annotations(
            people: [Person(name: "Ines Duarte", mentions: [firstDuarte, secondDuarte])],
            quotes: [Quote(span: quote, speaker: "Ines Duarte", speakerMention: secondDuarte, cue: span("told"), confidence: 0.9)])
    }

    /// Reader state on the fixture corpus with the bridge and ferry accounts grouped as one
    /// story and the bridge article annotated.
    static func groupedState(width: Int, height: Int) -> ReaderState {
        var state = ReaderState(corpus: corpus, width: width, height: height)
        _ = reduce(&state, .resized(width: width, height: height))
        _ = reduce(&state, .grouped(stories: [
            StorySummaryRow(id: "harbour", title: "Harbour bridge", members: [0, 1], outlets: ["Island Wire", "The Calder Lantern"]),
            StorySummaryRow(id: "cjk", title: "市長", members: [2], outlets: ["unknown outlet"]),
        ], storyOfArticle: [0, 0, 1]))
        _ = reduce(&state, .annotated(articleIndex: 0, bridgeAnnotations))
        return state
    }
}

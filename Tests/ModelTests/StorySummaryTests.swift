import Testing
@testable import Model

@Suite("Story summary")
struct StorySummaryTests {
    /// Byte range of `needle` in `text`.
    func span(_ needle: String, in text: String) -> Range<Int> {
        let range = text.range(of: needle)!
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + needle.utf8.count)
    }

    @Test("a shared quotation lists its outlets and how a trimmed wording differs")
    func sharedAndExclusiveQuotes() throws {
        let articles = Array(FictionalAccounts.firstMeeting.prefix(2))
        let quote = "Our fishermen have waited a generation for this quota treaty"
        let shorter = "Our fishermen have waited a generation"
        let extra = "a fresh start"
        var first = Annotations(
            people: [Person(name: "Alda Vorn", mentions: [span("Alda Vorn", in: articles[0].text)])],
            quotes: [Quote(span: span(quote, in: articles[0].text), speaker: "Alda Vorn")])
        first.quotes[0].kind = .direct
        let secondText = articles[1].text
        let second = Annotations(
            people: [Person(name: "Teodor Kask", mentions: [span("Teodor Kask", in: secondText), span("Kask", in: secondText.replacingOccurrences(of: "Teodor Kask", with: "xxxxxx xxxx"))])],
            quotes: [
                Quote(span: span(shorter, in: secondText), speaker: "Teodor Kask"),
                Quote(span: span(extra, in: secondText), speaker: "Teodor Kask"),
            ])
        let summary = StorySummary(articles: articles, annotations: [first, second])
        let shared = try #require(summary.sharedQuotations.first)
        #expect(shared.outlets == ["The Harbour Ledger", "Northgate Post"])
        #expect(shared.speakersDisagree)
        #expect(shared.carriers[1].differsInWording)
        #expect(shared.carriers[1].differences.last?.kind == .removed)
        #expect(summary.exclusiveQuotations.map(\.text) == [extra])
        #expect(summary.outlets.map(\.outlet) == ["The Harbour Ledger", "Northgate Post"])
        #expect(summary.outlets[1].mentions["Teodor Kask"] == 2)
        #expect(summary.outlets[1].quoted["Teodor Kask"] == 2)
        #expect(summary.outlets[0].quoted["Alda Vorn"] == 1)
    }
}

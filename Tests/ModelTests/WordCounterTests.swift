import Foundation
import Testing
@testable import Model

@Suite("Word counter")
struct WordCounterTests {
    @Test("only the given byte range is counted, and ranges past the end are clamped")
    func countsRange() {
        let text = "one two  three\nfour"
        #expect(WordCounter.count(in: text.utf8, range: 0..<7) == 2)
        #expect(WordCounter.count(in: text.utf8, range: 4..<14) == 2)
        #expect(WordCounter.count(in: text.utf8, range: 9..<1000) == 2)
        #expect(WordCounter.count(in: text.utf8, range: 500..<1000) == 0)
    }

    @Test("counting every paragraph of a 20,000-paragraph article takes linear time (regression: escape-flood hung the list)")
    func manyParagraphsStayLinear() {
        let text = "Title\n" + String(repeating: "A short paragraph of six words.\n\n", count: 20_000)
        let article = PlainTextParser.parse(text, id: "long.txt")
        let start = Date()
        #expect(article.wordCount == 120_000)
        #expect(Date().timeIntervalSince(start) < 5, "word count took \(Date().timeIntervalSince(start)) s")
    }
}

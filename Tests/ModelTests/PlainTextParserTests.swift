import Testing
@testable import Model

@Suite("Plain text articles")
struct PlainTextParserTests {
    @Test("the first line of a multi-line file is the title and the rest are paragraphs")
    func firstLineIsTitle() {
        let article = PlainTextParser.parse("Harbour bridge reopens\nThe bridge reopened.\nTraffic resumed.\n", id: "a.txt")
        #expect(article.title == "Harbour bridge reopens")
        #expect(article.paragraphs.map(article.substring) == ["The bridge reopened.", "Traffic resumed."])
    }

    @Test("a one-line file has no title")
    func oneLineHasNoTitle() {
        let article = PlainTextParser.parse("Only one line here.", id: "a.txt")
        #expect(article.title == nil)
        #expect(article.substring(article.body) == "Only one line here.")
    }

    @Test("CRLF line ends leave no carriage return in paragraphs")
    func crlf() {
        let article = PlainTextParser.parse("Title\r\nFirst.\r\n\r\nSecond.\r\n", id: "a.txt")
        #expect(article.paragraphs.map(article.substring) == ["First.", "Second."])
    }
}

@Suite("Scalar offsets")
struct ScalarOffsetsTests {
    @Test("byte offsets after accented and CJK letters count code points")
    func multibyte() {
        let text = "é漢x"
        let offsets = ScalarOffsets(text)
        #expect(offsets.scalar(0) == 0)
        #expect(offsets.scalar(2) == 1)
        #expect(offsets.scalar(5) == 2)
        #expect(offsets.scalar(6) == 3)
    }
}

import Testing
import Model

@Suite("Text sanitising for the terminal")
struct TextSanitizerTests {
    @Test("escape sequences, C1 controls and bidi overrides are removed")
    func stripsControls() {
        let hostile = "Vorn\u{1B}[31m said\u{1B}]8;;http://x.example\u{07} hi\u{9B}2J\u{202E}dlrow\u{2066} \u{85}ok\u{7F}"
        #expect(TextSanitizer.clean(hostile) == "Vorn said hidlrow ok")
    }

    @Test("line breaks become spaces on one line and stay in multi-line mode")
    func lineBreaks() {
        #expect(TextSanitizer.clean("one\r\ntwo\tthree") == "one two three")
        #expect(TextSanitizer.cleanKeepingLines("one\r\ntwo\rthree") == "one\ntwo\nthree")
    }
}

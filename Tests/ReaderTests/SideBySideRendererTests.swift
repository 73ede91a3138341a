import Testing
import Model
@testable import Reader

@Suite("Side-by-side comparison output")
struct SideBySideRendererTests {
    @Test("plain output marks words only one side has and never carries escape sequences")
    func plainOutput() {
        let left = PlainTextParser.parse("Pier\n\n\"We will rebuild the pier before summer, without new taxes,\" Brandt said.\u{1B}[2J\n", id: "a")
        let right = PlainTextParser.parse("Pier\n\n\"We will rebuild the pier before summer,\" Brandt said.\n", id: "b")
        let text = SideBySideRenderer(width: 100, colours: false).render(Aligner().align(left, right), left: left, right: right)
        #expect(text.contains("[-without new taxes-]"))
        #expect(text.contains("quote cut short"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.width(of: String($0)) <= 100 })
    }
}

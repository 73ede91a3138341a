import Testing
@testable import Reader

@Suite("Text layout")
struct TextLayoutTests {
    func rows(_ text: String, width: Int) -> [String] {
        TextLayout.wrap(text, segments: [0..<text.utf8.count], width: width).map { line in
            line.cells.map(\.text).joined()
        }
    }

    @Test("words wrap at spaces and never exceed the width")
    func wordWrap() {
        #expect(rows("the quick brown fox jumps over", width: 10) == ["the quick", "brown fox", "jumps over"])
    }

    @Test("CJK text without spaces wraps between characters, two columns each")
    func cjkWraps() {
        let lines = TextLayout.wrap("東京都の新しい橋", segments: [0..<24], width: 6)
        #expect(lines.map { $0.cells.reduce(0) { $0 + $1.width } }.allSatisfy { $0 <= 6 })
        #expect(lines.count == 3)
    }

    @Test("escape sequences of every family are dropped whole")
    func escapesDropped() {
        let text = "a\u{1B}[31mb\u{1B}]52;c;aGVsbG8=\u{07}c\u{1B}]8;;http://x\u{1B}\\d\u{1B}Pq#0\u{1B}\\e\u{1B}_apc\u{1B}\\f\u{9B}2Jg"
        #expect(rows(text, width: 40) == ["abcdefg"])
    }

    @Test("escapes with intermediate bytes (ESC ( 0, ESC # 8) leave nothing behind")
    func intermediateEscapes() {
        #expect(rows("Resets\u{1B}#8 and\u{1B}(0 charsets", width: 40) == ["Resets and charsets"])
    }

    @Test("an unterminated OSC swallows a bounded run, not the rest of the paragraph")
    func unterminatedString() {
        let text = "\u{1B}]52;c;" + String(repeating: "x", count: 5000) + " tail"
        #expect(rows(text, width: 2000).joined().hasSuffix("tail"))
    }

    @Test("list text drops escape sequences whole, so no residue shows in titles")
    func padDropsEscapes() {
        #expect(ListView.pad("Storm \u{1B}]52;c;SElKQUNL\u{07}closes", 20) == "Storm closes        ")
    }

    @Test("bidi overrides, zero-width joiners and C1 controls never reach a cell")
    func invisiblesDropped() {
        let text = "x\u{202E}y\u{200D}z\u{81}w\u{7F}v"
        let cells = TextLayout.drawableCells(text, range: 0..<text.utf8.count)
        #expect(cells.map(\.text).joined() == "xyzwv")
    }

    @Test("a letter with ten thousand combining marks keeps only a few on one cell")
    func combiningFlood() {
        let text = "e" + String(repeating: "\u{301}", count: 10_000) + "x"
        let cells = TextLayout.drawableCells(text, range: 0..<text.utf8.count)
        #expect(cells.count == 2)
        #expect(cells[0].text.unicodeScalars.count <= 1 + DisplayWidth.maximumCombiningMarks)
    }

    @Test("each cell keeps its byte offset in the source")
    func offsets() {
        let cells = TextLayout.drawableCells("é b", range: 0..<4)
        #expect(cells.map(\.offset) == [0, 2, 3])
    }
}

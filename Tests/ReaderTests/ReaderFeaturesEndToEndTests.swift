import Foundation
import Testing

/// The reader's main features, driven through the real binary in tmux on the demo corpus.
@Suite("Reader features end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderFeaturesEndToEndTests {
    static func showsList(_ screen: [String]) -> Bool { screen.contains { $0.contains("Title") && $0.contains("Words") } }

    /// Starts the reader on the demo corpus and waits for stories to be grouped.
    func startOnDemo(_ tmux: TmuxSession, arguments: String = "--no-state") throws -> [String] {
        try tmux.startReader(arguments)
        return try tmux.waitFor { screen in Self.showsList(screen) && screen.contains { $0.contains("articles · ") } }
    }

    @Test("s shows another outlet's account side by side, o changes it, a resize falls back to one column")
    func sideBySide() throws {
        let tmux = try TmuxSession(width: 140, height: 40)
        let list = try startOnDemo(tmux)
        #expect(list.contains { $0.contains("▸") }, "no story header: \(list)")
        try tmux.send(keys: ["g", "Enter"])
        _ = try tmux.waitFor { $0.contains { $0.contains("%") } }
        try tmux.send(keys: ["s"])
        let compare = try tmux.waitFor { $0.contains { $0.contains("⇄") } }
        let status = compare.last { !$0.isEmpty } ?? ""
        #expect(status.contains("⇄"), "not side by side: \(compare)")
        #expect(compare.filter { $0.contains("│") }.count > 10, "no two columns: \(compare)")
        try tmux.send(keys: ["o"])
        let other = try tmux.waitFor { $0.contains { $0.contains("Now comparing with") } }
        #expect(other.contains { $0.contains("Now comparing with") })
        try tmux.send(keys: ["n"])
        let difference = try tmux.waitFor { $0.contains { $0.contains("Difference") } }
        #expect(difference.contains { $0.contains("Difference") })
        try tmux.resize(width: 80, height: 30)
        let narrow = try tmux.waitFor { screen in screen.contains { $0.contains("◀") } && screen.contains { $0.contains("▶") } }
        #expect(narrow.contains { $0.contains("◀") }, "no interleaved labels at 80 columns: \(narrow)")
        try tmux.send(keys: ["Q"])
        _ = try tmux.waitFor { $0.contains("exit=0") }
        #expect(try tmux.shellIsUsable())
    }

    @Test("] steps to the next quotation and the status line names its speaker and confidence")
    func quoteNavigation() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        _ = try startOnDemo(tmux)
        try tmux.send(keys: ["Enter"])
        _ = try tmux.waitFor { $0.contains { $0.contains("%") } }
        try tmux.send(keys: ["]"])
        let first = try tmux.waitFor { $0.contains { $0.contains("Quote 1/") } }
        #expect(first.contains { $0.contains("Quote 1/") && $0.contains("confidence") }, "\(first)")
        try tmux.send(keys: ["Tab"])
        let second = try tmux.waitFor { $0.contains { $0.contains("Quote 2/") } }
        #expect(second.contains { $0.contains("Quote 2/") })
        try tmux.send(keys: ["BTab"])
        let back = try tmux.waitFor { $0.contains { $0.contains("Quote 1/") } }
        #expect(back.contains { $0.contains("Quote 1/") })
        try tmux.send(keys: ["Q"])
    }

    @Test("Ctrl-Z suspends to the shell and fg brings the screen back")
    func suspendAndResume() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        // Alone on the command line: bash would run the rest of a list once the job stops.
        try tmux.send(literal: "\(TmuxSession.readerBinary) --no-state")
        try tmux.send(keys: ["Enter"])
        _ = try tmux.waitFor { Self.showsList($0) && $0.contains { $0.contains("articles · ") } }
        try tmux.send(keys: ["C-z"])
        let suspended = try tmux.waitFor(seconds: 20) { $0.contains { $0.contains("Stopped") } }
        #expect(suspended.contains { $0.contains("Stopped") }, "no job-control message: \(suspended)")
        try tmux.send(literal: "fg")
        try tmux.send(keys: ["Enter"])
        let resumed = try tmux.waitFor(Self.showsList)
        #expect(Self.showsList(resumed), "screen not restored after fg: \(resumed)")
        try tmux.send(keys: ["j"])
        let moved = try tmux.waitFor { $0 != resumed }
        #expect(moved != resumed, "j did nothing after fg")
        try tmux.send(keys: ["Q"])
        _ = try tmux.waitFor { !Self.showsList($0) }
        #expect(try tmux.shellIsUsable())
    }

    @Test("NO_COLOR draws with attributes only, no colour codes")
    func noColor() throws {
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["NO_COLOR": "1"])
        _ = try startOnDemo(tmux)
        let screen = try tmux.captureWithAttributes()
        #expect(!screen.contains("38;5;") && !screen.contains("48;5;"), "256-colour codes under NO_COLOR")
        let basicColour = try Regex(#"\x1b\[[0-9;]*(3[0-7]|4[0-7])(;[0-9;]*)?m"#)
        #expect(screen.firstMatch(of: basicColour) == nil, "colour codes under NO_COLOR")
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m") || screen.contains("[7;"), "no reverse video for the selection")
        try tmux.send(keys: ["Q"])
    }

    @Test("an article full of escape sequences changes neither the title nor the colours and shows its text")
    func hostileArticle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "Harbour notice \u{1B}]0;PWNED-TITLE\u{07}update\n"
            + "Plain words \u{1B}[31mRED-WORDS\u{1B}[0m and \u{1B}]52;c;SElKQUNL\u{07} clipboard, \u{1B}]8;;http://x.invalid\u{1B}\\link\u{1B}]8;;\u{1B}\\ text.\n"
            + "Bidi \u{202E}reversed\u{202C} and \u{1B}P1$qm\u{1B}\\ device control, \u{9B}2J eight-bit.\n"
        try text.write(to: folder.appendingPathComponent("notice.txt"), atomically: false, encoding: .utf8)
        let tmux = try TmuxSession(width: 100, height: 30)
        let titleBefore = try tmux.paneTitle()
        try tmux.startReader("--no-state \(folder.path)")
        _ = try tmux.waitFor(Self.showsList)
        try tmux.send(keys: ["Enter"])
        let article = try tmux.waitFor { $0.contains { $0.contains("RED-WORDS") } }
        #expect(article.contains { $0.contains("Plain words RED-WORDS and clipboard, link text.") }, "\(article)")
        #expect(!article.joined().contains("PWNED") && !article.joined().contains("52;c"))
        #expect(try tmux.paneTitle() == titleBefore)
        let coloured = try tmux.captureWithAttributes()
        #expect(!coloured.contains("\u{1B}[31m"), "the article's own colour code reached the screen")
        try tmux.send(keys: ["Q"])
        _ = try tmux.waitFor { $0.contains("exit=0") }
        #expect(try tmux.shellIsUsable())
    }

    @Test("the list draws under every common TERM", arguments: ["xterm", "xterm-256color", "screen", "tmux-256color", "linux", "vt100"])
    func terminalTypes(term: String) throws {
        let tmux = try TmuxSession(width: 100, height: 24)
        try tmux.send(literal: "TERM=\(term) \(TmuxSession.readerBinary) --no-state; echo \"exit=$?\"")
        try tmux.send(keys: ["Enter"])
        let screen = try tmux.waitFor(Self.showsList)
        #expect(Self.showsList(screen), "nothing drawn under TERM=\(term): \(screen)")
        try tmux.send(keys: ["q"])
        let after = try tmux.waitFor { $0.contains("exit=0") }
        #expect(after.contains("exit=0"))
    }

    @Test("articles piped on standard input are read, and keys still come from the terminal")
    func standardInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("wire.jsonl")
        try """
            {"title": "Canal lock gates replaced at Ostby", "text": "Engineers replaced the lock gates.\\n\\nBoats resume on Friday.", "source": "Ostby Wire"}
            {"title": "Ostby market moves indoors", "text": "The Saturday market moved into the old grain hall.", "source": "Ostby Wire"}

            """.write(to: file, atomically: false, encoding: .utf8)
        let tmux = try TmuxSession(width: 100, height: 24)
        try tmux.send(literal: "cat \(file.path) | \(TmuxSession.readerBinary) --no-state -; echo \"exit=$?\"")
        try tmux.send(keys: ["Enter"])
        let list = try tmux.waitFor { $0.contains { $0.contains("Ostby market moves indoors") } }
        #expect(list.contains { $0.contains("Canal lock gates replaced at Ostby") }, "\(list)")
        try tmux.send(keys: ["Enter"])
        let article = try tmux.waitFor { $0.contains { $0.contains("Boats resume on Friday.") } }
        #expect(article.contains { $0.contains("Boats resume on Friday.") })
        try tmux.send(keys: ["q", "q"])
        let after = try tmux.waitFor { $0.contains("exit=0") }
        #expect(after.contains("exit=0"))
        #expect(try tmux.shellIsUsable())
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary in tmux: it starts, draws, scrolls, resizes and always gives the terminal back.
@Suite("End to end in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EndToEndTests {
    /// The list's column header, which only the reader draws.
    static func showsList(_ screen: [String]) -> Bool { screen.contains { $0.contains("Title") && $0.contains("Words") } }

    @Test("the demo corpus opens, an article opens and scrolls, a resize redraws, q q quits to a usable shell")
    func demoSession() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.startReader()
        // Once stories are grouped the background has also finished the articles (furniture, outlets).
        let list = try tmux.waitFor { Self.showsList($0) && $0.last { !$0.isEmpty }?.contains("articles · ") == true }
        #expect(Self.showsList(list), "list not drawn: \(list)")
        #expect(list.last { !$0.isEmpty }?.contains("articles") == true, "no position in the status line: \(list)")

        try tmux.send(keys: ["Enter"])
        let article = try tmux.waitFor { $0.contains { $0.contains("%") && $0.contains("back") } }
        #expect(article.contains { $0.contains("%") }, "article not opened: \(article)")

        try tmux.send(keys: ["NPage"])
        let scrolled = try tmux.waitFor { $0 != article }
        #expect(scrolled != article, "page down changed nothing")
        try tmux.send(keys: ["g"])
        let top = try tmux.waitFor { $0 == article }
        #expect(top == article, "g did not return to the top")

        try tmux.resize(width: 60, height: 20)
        let resized = try tmux.waitFor { screen in
            screen.count <= 21 && screen.prefix(19).allSatisfy { $0.count <= 60 } && screen.contains { $0.contains("%") }
        }
        #expect(resized.contains { $0.contains("%") }, "no status line after resize: \(resized)")
        #expect(resized.filter { !$0.isEmpty }.allSatisfy { $0.count <= 60 })

        try tmux.send(keys: ["q"])
        _ = try tmux.waitFor(Self.showsList)
        try tmux.send(keys: ["q"])
        let after = try tmux.waitFor { $0.contains("exit=0") }
        #expect(after.contains("exit=0"))
        #expect(try tmux.shellIsUsable())
    }

    @Test("Ctrl-C, SIGTERM and SIGHUP each restore the terminal and exit with 128 + the signal",
          arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func signalsRestoreTerminal(signal: String, code: Int) throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.startReader()
        _ = try tmux.waitFor(Self.showsList)
        if signal == "C-c" {
            try tmux.send(keys: ["C-c"])
        } else {
            let pid = try #require(try tmux.foregroundChild())
            kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        }
        let after = try tmux.waitFor(seconds: 3) { $0.contains("exit=\(code)") }
        #expect(after.contains("exit=\(code)"), "no exit=\(code): \(after)")
        #expect(try tmux.shellIsUsable())
    }

    @Test("with TERM=dumb or no terminal the reader refuses with a message pointing to extract")
    func refusesUnusableTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        try tmux.send(literal: "TERM=dumb \(TmuxSession.readerBinary); echo \"exit=$?\"")
        try tmux.send(keys: ["Enter"])
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("exit=") } }
        #expect(screen.contains { $0.contains("reader extract") })
        #expect(screen.contains("exit=2"))
    }
}

/// A folder bigger than the first batch: the list paints, then every file joins it.
@Suite("Big folders in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BigFolderEndToEndTests {
    @Test("a folder of 1,500 files paints its list and then holds every one of them, grouped")
    func everyBatchArrives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("big-folder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for number in 0..<1_500 {
            let text = "Tide table for berth \(number)\n\nThe harbour office in Kell posted the tide table for berth \(number) on Friday.\n"
            try text.write(toFile: folder + String(format: "/%04d.txt", number), atomically: false, encoding: .utf8)
        }
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.startReader("--no-state \(folder)")
        let list = try tmux.waitFor(seconds: 60) { $0.last { !$0.isEmpty }?.contains("1500 articles · ") == true }
        let status = list.last { !$0.isEmpty } ?? ""
        #expect(status.contains("1500 articles"), "not every file arrived: \(status)")
        #expect(!status.contains("reading"), "still reading: \(status)")
        #expect(list.contains { $0.contains("Tide table for berth 0") })
        try tmux.send(keys: ["q"])
        _ = try tmux.waitFor { $0.contains("exit=0") }
    }
}

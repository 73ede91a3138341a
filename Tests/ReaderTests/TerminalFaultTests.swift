import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Terminal faults beyond the basic signal tests: a dropped SSH line, resize storms, tiny
/// windows, unusable TERM values, output that is not a terminal, and articles on a pipe.
@Suite("Terminal faults", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalFaultTests {
    static let demo = RepositoryTools.root.appendingPathComponent("demo").path

    /// A fresh folder for the reader's state and temporary files.
    static func scratchFolder() throws -> String {
        let path = NSTemporaryDirectory() + "reader-faults-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under `folder` whose name marks it as temporary.
    static func temporaryFiles(under folder: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return names.filter { name in
            let last = (name as NSString).lastPathComponent
            return last.contains(".tmp") || last.hasSuffix(".tmp") || last.hasPrefix("tmp")
        }
    }

    @Test("SIGHUP (a dropped SSH connection) ends the reader within a second and leaves no temporary file")
    func hangupIsQuickAndClean() throws {
        let scratch = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let tmux = try TmuxSession(width: 80, height: 24, environment: ["TMPDIR": scratch, "XDG_STATE_HOME": scratch + "/state"])
        try tmux.startReader(Self.demo)
        _ = try tmux.waitFor(EndToEndTests.showsList)
        try tmux.send(keys: ["Enter"])
        _ = try tmux.waitFor { $0.contains { $0.contains("%") } }
        try tmux.send(keys: ["NPage"])
        usleep(300_000)
        let pid = try #require(try tmux.foregroundChild())
        let start = Date()
        kill(pid, SIGHUP)
        while kill(pid, 0) == 0 && Date().timeIntervalSince(start) < 5 { usleep(10_000) }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 1, "the reader took \(elapsed) s to exit after SIGHUP")
        let after = try tmux.waitFor(seconds: 3) { $0.contains("exit=129") }
        #expect(after.contains("exit=129"))
        #expect(Self.temporaryFiles(under: scratch).isEmpty, "left behind: \(Self.temporaryFiles(under: scratch))")
    }

    @Test("a storm of 100 resizes in one second leaves the reader responsive and drawing at the final size")
    func resizeStorm() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.startReader(Self.demo)
        _ = try tmux.waitFor(EndToEndTests.showsList)
        let start = Date()
        for step in 0..<100 {
            try tmux.resize(width: 20 + (step * 37) % 120, height: 3 + (step * 11) % 45)
            let target = start.addingTimeInterval(Double(step + 1) / 100)
            let wait = target.timeIntervalSinceNow
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
        }
        let stormSeconds = Date().timeIntervalSince(start)
        try tmux.resize(width: 90, height: 26)
        let list = try tmux.waitFor(EndToEndTests.showsList)
        #expect(EndToEndTests.showsList(list), "list not redrawn after the storm (\(stormSeconds) s): \(list)")
        try tmux.send(keys: ["Enter"])
        let article = try tmux.waitFor(seconds: 5) { $0.contains { $0.contains("%") && $0.contains("back") } }
        #expect(article.contains { $0.contains("%") }, "no response to Enter after the storm: \(article)")
        try tmux.send(keys: ["q"])
        _ = try tmux.waitFor(EndToEndTests.showsList)
        try tmux.send(keys: ["q"])
        #expect(try tmux.waitFor { $0.contains("exit=0") }.contains("exit=0"))
    }

    @Test("windows of 1×1, 2×10 and 10×2 cells neither crash nor hang the reader, and it recovers when they grow",
          arguments: [(1, 1), (2, 10), (10, 2)])
    func tinyWindows(width: Int, height: Int) throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.startReader(Self.demo)
        _ = try tmux.waitFor(EndToEndTests.showsList)
        let pid = try #require(try tmux.foregroundChild())
        try tmux.resize(width: width, height: height)
        usleep(300_000)
        for key in ["j", "Enter", "NPage", "j", "g", "?", "Escape", "q"] {
            try tmux.send(keys: [key])
            usleep(100_000)
        }
        #expect(kill(pid, 0) == 0, "the reader died in a \(width)×\(height) window")
        try tmux.resize(width: 80, height: 24)
        let list = try tmux.waitFor(EndToEndTests.showsList)
        #expect(EndToEndTests.showsList(list), "no list after growing back from \(width)×\(height): \(list)")
        try tmux.send(keys: ["q"])
        let after = try tmux.waitFor { $0.contains { $0.hasPrefix("exit=") } }
        #expect(after.contains("exit=0"), "\(after)")
        #expect(try tmux.shellIsUsable())
    }

    @Test("TERM unset or unknown: a clear message, a non-zero exit, and the terminal left as it was",
          arguments: ["env -u TERM", "TERM=nonexistent-term"])
    func unusableTerm(prefix: String) throws {
        let tmux = try TmuxSession(width: 120, height: 20)
        try tmux.send(literal: "\(prefix) \(TmuxSession.readerBinary) \(Self.demo); echo \"exit=$?\"")
        try tmux.send(keys: ["Enter"])
        let screen = try tmux.waitFor { $0.contains { $0.hasPrefix("exit=") } }
        let exitLine = screen.first { $0.hasPrefix("exit=") }
        #expect(exitLine != nil && exitLine != "exit=0", "\(screen)")
        #expect(screen.contains { $0.contains("TERM") && ($0.contains("not set") || $0.contains("unknown terminal")) }, "\(screen)")
        #expect(try tmux.shellIsUsable())
    }

    @Test("standard output not a terminal: a message pointing to extract, a non-zero exit, nothing drawn")
    func outputNotATerminal() throws {
        let scratch = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try ChildProcess.run([TmuxSession.readerBinary, Self.demo], environment: ["TERM": "xterm-256color"],
                                          stdout: scratch + "/out", stderr: scratch + "/err")
        let output = try Data(contentsOf: URL(fileURLWithPath: scratch + "/out"))
        let message = try String(contentsOfFile: scratch + "/err", encoding: .utf8)
        #expect(result.code != 0)
        #expect(message.contains("reader extract"), "\(message)")
        #expect(output.isEmpty, "\(output.count) bytes written to a non-terminal")
    }

}

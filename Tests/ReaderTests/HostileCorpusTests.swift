import Foundation
import Testing

/// Where the repository's scripts are, and whether they can run here.
enum RepositoryTools {
    /// The repository root (two folders above this file's folder).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether python3 with its pty module is installed (pty-capture and the corpus generator need it).
    static var pythonIsAvailable: Bool { (try? ChildProcess.run(["python3", "-c", "import pty"]).code) == 0 }
}

/// The real binary on a pseudo-terminal, fed the hostile corpus: it must not crash, must quit
/// within a time and memory bound, and nothing from the text may reach the terminal as an
/// escape sequence (scripts/pty-capture.py checks every byte written against what ncurses sends).
@Suite("Hostile corpus on a pty", .enabled(if: RepositoryTools.pythonIsAvailable, "python3 is not installed; the pty checks are skipped"))
struct HostileCorpusTests {
    static let root = RepositoryTools.root
    static let hostileFolder = root.appendingPathComponent("Tests/Hostile")

    /// Text each case must draw once the article is opened and scrolled to its end (proof that
    /// the keys reached it), for the cases whose last words survive every loader.
    static let expectedText: [String: String] = [
        "escape-csi.txt": "Villeneuve", "escape-osc.txt": "Marchetti", "escape-dcs-apc-pm-sos.txt": "Okonkwo",
        "c1-controls.txt": "Hana Ito", "bidi-overrides.txt": "Fairweather", "zero-width.txt": "Lindqvist",
        "invalid-utf8.txt": "Beltran", "nul-bytes.txt": "Halvorsen", "escape-in-title.txt": "Brandt",
        "unterminated-osc.txt": "Teodor", "escapes-in-fields.json": "Vold", "escapes-in-fields.jsonl": "Niemi",
        "escapes-in-page.html": "Villeneuve",
    ]

    /// Text that must never be drawn: an external entity's file contents, an expanded entity bomb.
    static let forbiddenText = ["root:x:0:0", String(repeating: "lol", count: 10)]

    static var committedCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: hostileFolder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
    }

    /// Runs pty-capture on `file`; returns the script's exit code and its report.
    static func capture(_ file: String, timeout: Int, maxRSSMB: Int, expect: String? = nil) throws -> (Int32, String) {
        let report = NSTemporaryDirectory() + "pty-capture-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let home = NSTemporaryDirectory() + "pty-home-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: home) }
        var arguments = ["python3", root.appendingPathComponent("scripts/pty-capture.py").path,
                         "--timeout", String(timeout), "--max-rss-mb", String(maxRSSMB), "--size", "80x24",
                         "--env", "HOME=\(home)", "--env", "XDG_STATE_HOME=\(home)/state", "--env", "XDG_CONFIG_HOME=\(home)/config"]
        for text in forbiddenText { arguments += ["--forbid", text] }
        if let expect { arguments += ["--expect", expect] }
        arguments += ["--", TmuxSession.readerBinary, file]
        let code = try ChildProcess.run(arguments, stdout: report, stderr: report).code
        let output = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        print(output, terminator: "")
        return (code, output)
    }

    @Test("each hand-written hostile file opens, scrolls and quits with no escape sequence of its own reaching the terminal",
          arguments: committedCases)
    func handWrittenCase(name: String) throws {
        let (code, report) = try Self.capture(Self.hostileFolder.appendingPathComponent(name).path,
                                              timeout: 20, maxRSSMB: 300, expect: Self.expectedText[name])
        #expect(code == 0, "\(report)")
    }

    @Test("the generated hostile files (10,000 combining marks, a million quotes, nesting 1,000 and 100,000 deep, an escape flood) stay safe and bounded")
    func generatedCases() throws {
        let folder = NSTemporaryDirectory() + "hostile-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try ChildProcess.run(["python3", Self.root.appendingPathComponent("scripts/make-hostile-corpus").path, folder])
        try #require(made.code == 0, "make-hostile-corpus failed")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count >= 7)
        for name in names {
            let (code, report) = try Self.capture(folder + "/" + name, timeout: 30, maxRSSMB: 400)
            #expect(code == 0, "\(name): \(report)")
        }
    }
}

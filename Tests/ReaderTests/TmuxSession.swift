import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real `reader` binary inside a private tmux server at a fixed size: type keys,
/// read the screen, resize, send signals. Processes are started with `posix_spawn` and a clean
/// signal mask (a `Process` started from a test thread passes on a mask that hangs tmux).
final class TmuxSession {
    let socket: String
    let name = "reader-e2e"

    /// Whether tmux is installed; end-to-end tests are skipped (saying so) when it is not.
    static var isAvailable: Bool { (try? run(["tmux", "-V"]).status) == 0 }

    /// The built `reader` next to the test bundle.
    static var readerBinary: String {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [folder.appendingPathComponent("reader").path,
                          folder.deletingLastPathComponent().appendingPathComponent("reader").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// Starts a bash shell (no rc files, a plain prompt) in a new tmux server of `width`×`height`.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "reader-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        var exports = "export PS1='$ ' TERM=xterm-256color LANG=C.UTF-8 HOME=\(NSTemporaryDirectory()) XDG_STATE_HOME=\(NSTemporaryDirectory())/state-\(socket);"
        for (key, value) in environment { exports += " export \(key)='\(value)';" }
        _ = try Self.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name,
                          "-x", String(width), "-y", String(height), "bash --norc --noprofile"])
        try send(literal: exports + " clear")
        try send(keys: ["Enter"])
        try waitFor { $0.contains("$") }
    }

    deinit { _ = try? Self.run(["tmux", "-L", socket, "kill-server"]) }

    /// Types `text` as it is.
    func send(literal text: String) throws {
        _ = try Self.run(["tmux", "-L", socket, "send-keys", "-t", name, "-l", text])
    }

    /// Sends tmux key names (`Enter`, `C-c`, `j`, `NPage`).
    func send(keys: [String]) throws {
        _ = try Self.run(["tmux", "-L", socket, "send-keys", "-t", name] + keys)
    }

    /// The visible screen as lines.
    func capture() throws -> [String] {
        let output = try Self.run(["tmux", "-L", socket, "capture-pane", "-p", "-t", name]).output
        return output.components(separatedBy: "\n")
    }

    /// The visible screen with colours and attributes as escape sequences (`capture-pane -e`).
    func captureWithAttributes() throws -> String {
        try Self.run(["tmux", "-L", socket, "capture-pane", "-p", "-e", "-t", name]).output
    }

    /// The pane's title, which programs can set with an escape sequence.
    func paneTitle() throws -> String {
        try Self.run(["tmux", "-L", socket, "display-message", "-p", "-t", name, "#{pane_title}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        _ = try Self.run(["tmux", "-L", socket, "resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The process id of the program running in the pane's shell (the reader), if any.
    func foregroundChild() throws -> pid_t? {
        let shell = try Self.run(["tmux", "-L", socket, "display-message", "-p", "-t", name, "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run(["pgrep", "-P", shell]).output
        return children.split(separator: "\n").compactMap { pid_t($0) }.first
    }

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    @discardableResult
    func waitFor(seconds: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            usleep(100_000)
            screen = try capture()
        }
        return screen
    }

    /// Runs the reader with `arguments` in the pane's shell, then echoes its exit status.
    func startReader(_ arguments: String = "") throws {
        try send(literal: "\(Self.readerBinary) \(arguments); echo \"exit=$?\"")
        try send(keys: ["Enter"])
    }

    /// Checks that the shell after the reader echoes typed text and runs a command.
    func shellIsUsable() throws -> Bool {
        try send(literal: "echo ok-$((40+2))")
        try send(keys: ["Enter"])
        let screen = try waitFor(seconds: 5) { $0.contains("ok-42") }
        return screen.contains("ok-42") && screen.contains { $0.contains("echo ok-$((40+2))") }
    }

    /// Runs a command to the end (through `ChildProcess`, with its clean signal mask) and returns
    /// its status and standard output. `tmux new-session` leaves its server holding stdout, so
    /// that call's output goes to /dev/null.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        if arguments.contains("new-session") { return (try ChildProcess.run(arguments).code, "") }
        let file = NSTemporaryDirectory() + "tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let code = try ChildProcess.run(arguments, stdout: file).code
        return (code, (try? String(contentsOfFile: file, encoding: .utf8)) ?? "")
    }
}

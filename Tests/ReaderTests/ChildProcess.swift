import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A process started with `posix_spawn` and a clean signal mask (GUIDE §6.10), its output sent
/// to /dev/null or a file, that a test can kill at any moment and wait for.
struct ChildProcess {
    let pid: pid_t

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `arguments` with `environment` added to the test's own; stdin is /dev/null.
    init(_ arguments: [String], environment: [String: String] = [:], stdout: String = "/dev/null", stderr: String = "/dev/null") throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let environmentStrings = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environmentStrings.forEach { free($0) } }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environmentStrings)
        guard status == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
        self.pid = pid
    }

    /// Sends `signal`.
    func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }

    /// Waits for the process to end; returns its exit code, or 128 + signal when it was killed.
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Runs `arguments` to the end, returning the exit code and how long it took.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> (code: Int32, seconds: Double) {
        let start = Date()
        let code = try ChildProcess(arguments, environment: environment, stdout: stdout, stderr: stderr).wait()
        return (code, Date().timeIntervalSince(start))
    }
}

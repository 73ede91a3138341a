import Foundation

/// Loads and saves `ReadingState` as JSON at `$XDG_STATE_HOME/reader/state.json`
/// (`~/.local/state/reader/state.json` when the variable is unset or not absolute).
///
/// Saving is atomic (`AtomicFile`). A file that cannot be decoded — corrupt, truncated, empty,
/// or from a newer format — is renamed to `state.json.corrupt-<UTC timestamp>` and loading
/// starts clean, with a message saying so. Both calls first delete temporary files left by a
/// writer that was killed mid-save.
public struct ReadingStateStore: Sendable {
    /// What `load()` found: the state to use and, when something was wrong, a message for the user.
    public struct LoadResult: Sendable, Equatable {
        public var state: ReadingState
        public var message: String?
    }

    /// The state file.
    public let fileURL: URL

    /// A store for the file at `fileURL`.
    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The default state file under the XDG base directory rules.
    public static func defaultFileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/state"
        }
        return URL(fileURLWithPath: base).appendingPathComponent("reader").appendingPathComponent("state.json")
    }

    /// Reads the state; a missing file is a clean state, a bad one is set aside with a message.
    public func load() -> LoadResult {
        AtomicFile.removeStaleTemporaryFiles(for: fileURL)
        let path = fileURL.path
        guard FileManager.default.fileExists(atPath: path) else { return LoadResult(state: ReadingState(), message: nil) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return LoadResult(state: ReadingState(), message: "\(path): cannot be read; reading state will not be remembered this time")
        }
        let problem: String
        do {
            let state = try JSONDecoder().decode(ReadingState.self, from: data)
            if state.format <= ReadingState.currentFormat { return LoadResult(state: state, message: nil) }
            problem = "written by a newer version (format \(state.format))"
        } catch {
            problem = data.isEmpty ? "empty" : "not valid state JSON"
        }
        return LoadResult(state: ReadingState(), message: setAside(because: problem))
    }

    /// Saves `state` atomically with its revision advanced by one, creating the folder (mode
    /// 0700) when needed; returns what was written.
    @discardableResult
    public func save(_ state: ReadingState) throws -> ReadingState {
        var saved = state
        saved.format = ReadingState.currentFormat
        saved.revision = state.revision + 1
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        AtomicFile.removeStaleTemporaryFiles(for: fileURL)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(try encoder.encode(saved), to: fileURL)
        return saved
    }

    /// Renames the bad file to `state.json.corrupt-<timestamp>` and says so.
    private func setAside(because problem: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = fileURL.path + ".corrupt-" + formatter.string(from: Date())
        var destination = base
        var attempt = 1
        while FileManager.default.fileExists(atPath: destination) {
            attempt += 1
            destination = base + "-\(attempt)"
        }
        guard rename(fileURL.path, destination) == 0 else {
            return "\(fileURL.path): \(problem), and it could not be set aside (\(String(cString: strerror(errno)))); starting with a clean reading state"
        }
        return "\(fileURL.path): \(problem); set aside as \((destination as NSString).lastPathComponent); starting with a clean reading state"
    }
}

import Foundation
import Model

/// Where `y` puts a quotation when OSC 52 is not enabled: a file under the state folder.
enum Clipboard {
    /// `$XDG_STATE_HOME/reader/clipboard.txt` (fallback `~/.local/state/reader/clipboard.txt`).
    static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ReadingStateStore.defaultFileURL(environment: environment)
            .deletingLastPathComponent().appendingPathComponent("clipboard.txt")
    }

    /// Writes `text` atomically and returns the message that says where it went.
    static func saveToFile(_ text: String, url: URL = fileURL()) -> String {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Data((text + "\n").utf8), to: url)
            return "Quote saved to \(url.path) (set `clipboard osc52` in the config to copy through the terminal)"
        } catch {
            return "Could not save the quote: \(error)"
        }
    }
}

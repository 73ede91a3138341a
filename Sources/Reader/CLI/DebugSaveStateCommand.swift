import ArgumentParser
import Foundation
import Model

/// `reader debug-save-state --path P --count N` (hidden): saves a growing reading state N times
/// in a row, for the test that kills a saving process at random moments.
///
/// Save number k holds articles `article-1` … `article-k` (plus `--padding` fixed ids, to make
/// each write long enough to be interrupted) and revision k more than the file it started from,
/// so a reader of the file can tell a whole state from a torn one.
struct DebugSaveStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug-save-state",
        abstract: "Save a test reading state repeatedly (for crash-safety tests).",
        shouldDisplay: false
    )

    @Option(help: "The state file to write.")
    var path: String

    @Option(help: "How many saves to make.")
    var count: Int = 1000

    @Option(help: "Extra fixed article ids in every save, to make each file larger.")
    var padding: Int = 0

    func run() throws {
        let store = ReadingStateStore(fileURL: URL(fileURLWithPath: path))
        let loaded = store.load()
        if let message = loaded.message { FileHandle.standardError.write(Data("reader: \(message)\n".utf8)) }
        var state = loaded.state
        for index in 0..<padding { state.readArticleIDs.insert("padding-\(index)") }
        for _ in 0..<count {
            let next = state.revision + 1
            state.readArticleIDs.insert("article-\(next)")
            state.scrollPositions["article-\(next)"] = next
            state = try store.save(state)
        }
    }
}

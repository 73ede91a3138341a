import Foundation
import Model
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The state file survives SIGKILL at any moment of a save: it always decodes, holds a whole
/// save (never a torn mix), never goes backwards, and at most the one temporary file being
/// written at kill time is left, which the next load removes.
@Suite("Saved state under SIGKILL", .serialized)
struct StateKillTests {
    /// Saves are numbered: save k holds article-1…article-k with scroll position k for article-k.
    static func isWhole(_ state: ReadingState, padding: Int) -> Bool {
        let numbered = state.readArticleIDs.filter { $0.hasPrefix("article-") }
        return numbered.count == state.revision
            && state.readArticleIDs.count == state.revision + padding
            && state.scrollPositions.count == state.revision
            && (1...max(1, state.revision)).allSatisfy { state.revision == 0 || state.scrollPositions["article-\($0)"] == $0 }
    }

    /// Spins until a save's temporary file exists (the kill then lands inside the write window),
    /// giving up after `seconds`.
    static func waitForTemporaryFile(beside file: URL, seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        let folder = file.deletingLastPathComponent().path
        let prefix = "." + file.lastPathComponent + ".tmp-"
        while Date() < deadline {
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(prefix) { return }
            }
        }
    }

    @Test("50 SIGKILLs while saving, half at random moments and half inside a write, leave the old or the new state, never a torn file")
    func killWhileSaving() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("reader-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("reader/state.json")
        let store = ReadingStateStore(fileURL: file)
        let padding = 4000
        var lastRevision = 0
        var killsMidWrite = 0
        var killsAfterASave = 0
        for round in 1...50 {
            let child = try ChildProcess([TmuxSession.readerBinary, "debug-save-state", "--path", file.path,
                                          "--count", "100000", "--padding", String(padding)])
            if round.isMultiple(of: 2) {
                Self.waitForTemporaryFile(beside: file, seconds: 2)
            } else {
                usleep(UInt32.random(in: 20_000...250_000))
            }
            child.kill(SIGKILL)
            #expect(child.wait() == 128 + SIGKILL, "round \(round): the saver ended before it was killed")

            let temporaries = AtomicFile.temporaryFiles(for: file)
            #expect(temporaries.count <= 1, "round \(round): more than one temporary file: \(temporaries)")
            if !temporaries.isEmpty { killsMidWrite += 1 }
            guard FileManager.default.fileExists(atPath: file.path) else {
                #expect(lastRevision == 0, "round \(round): the state file disappeared")
                continue
            }
            let data = try Data(contentsOf: file)
            let state = try #require(try? JSONDecoder().decode(ReadingState.self, from: data),
                                     "round \(round): state file does not decode (\(data.count) bytes)")
            #expect(Self.isWhole(state, padding: padding), "round \(round): torn state at revision \(state.revision)")
            #expect(state.revision >= lastRevision, "round \(round): went back from \(lastRevision) to \(state.revision)")
            if state.revision > lastRevision { killsAfterASave += 1 }
            lastRevision = state.revision
        }
        #expect(killsAfterASave >= 10, "too few rounds got a save in before the kill (\(killsAfterASave)); the test proves little")
        #expect(killsMidWrite >= 5, "too few kills landed during a write (\(killsMidWrite)) landed during a write; the test proves little")
        let loaded = store.load()
        #expect(loaded.message == nil)
        #expect(loaded.state.revision == lastRevision)
        #expect(AtomicFile.temporaryFiles(for: file).isEmpty, "load did not clean up the killed writer's temporary file")
        print("state kill test: 50 kills, \(killsMidWrite) mid-write, final revision \(lastRevision)")
    }
}

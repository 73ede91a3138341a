import Foundation
import Testing
@testable import Model

/// A fresh folder under the temporary directory, removed by the caller.
func makeTemporaryFolder() throws -> URL {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("reader-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Suite("Reading state store")
struct ReadingStateStoreTests {
    @Test("a saved state loads back equal, with its revision advanced by one")
    func roundTrip() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ReadingStateStore(fileURL: folder.appendingPathComponent("reader/state.json"))
        let state = ReadingState(readArticleIDs: ["a.txt", "feeds/wire.jsonl#3"], scrollPositions: ["a.txt": 42])
        let saved = try store.save(state)
        #expect(saved.revision == 1)
        let loaded = store.load()
        #expect(loaded.message == nil)
        #expect(loaded.state == saved)
        #expect(loaded.state.scrollPositions["a.txt"] == 42)
    }

    @Test("a missing file loads as a clean state with no message")
    func missingFile() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = ReadingStateStore(fileURL: folder.appendingPathComponent("state.json")).load()
        #expect(loaded.state == ReadingState())
        #expect(loaded.message == nil)
    }

    @Test("a corrupt, truncated, empty or newer-format file is set aside and loading starts clean",
          arguments: ["{\"format\":1,\"revision\":3,\"readArticleIDs\":[\"a\"", "", "not json at all",
                      "{\"format\":99,\"revision\":1,\"readArticleIDs\":[],\"scrollPositions\":{}}",
                      "{\"format\":1,\"revision\":\"three\",\"readArticleIDs\":[],\"scrollPositions\":{}}"])
    func badFileIsSetAside(contents: String) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        try Data(contents.utf8).write(to: file)
        let loaded = ReadingStateStore(fileURL: file).load()
        #expect(loaded.state == ReadingState())
        let message = try #require(loaded.message)
        #expect(message.contains("set aside as state.json.corrupt-"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let asideName = try #require(names.first { $0.hasPrefix("state.json.corrupt-") })
        #expect(try Data(contentsOf: folder.appendingPathComponent(asideName)) == Data(contents.utf8))
    }

    @Test("two bad files set aside in the same second keep distinct names")
    func setAsideTwice() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        let store = ReadingStateStore(fileURL: file)
        try Data("{".utf8).write(to: file)
        _ = store.load()
        try Data("[".utf8).write(to: file)
        _ = store.load()
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("state.json.corrupt-") }
        #expect(aside.count == 2)
    }

    @Test("saving after a corrupt file was set aside writes a loadable state")
    func saveAfterCorrupt() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        try Data("{\"format\":1,".utf8).write(to: file)
        let store = ReadingStateStore(fileURL: file)
        var state = store.load().state
        state.readArticleIDs.insert("b.txt")
        try store.save(state)
        #expect(store.load() == .init(state: ReadingState(revision: 1, readArticleIDs: ["b.txt"]), message: nil))
    }

    @Test("the default location follows XDG_STATE_HOME, and ~/.local/state when it is unset or relative")
    func defaultLocation() {
        #expect(ReadingStateStore.defaultFileURL(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]).path == "/x/state/reader/state.json")
        #expect(ReadingStateStore.defaultFileURL(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/reader/state.json")
        #expect(ReadingStateStore.defaultFileURL(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]).path == "/home/u/.local/state/reader/state.json")
    }
}

@Suite("Atomic file")
struct AtomicFileTests {
    @Test("a write replaces the contents, keeps the file's permissions and leaves no temporary file")
    func replaces() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.json")
        try AtomicFile.write(Data("one".utf8), to: file)
        chmod(file.path, 0o640)
        try AtomicFile.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.json"])
    }

    @Test("a failed rename removes the temporary file and leaves the old contents")
    func failedRenameCleansUp() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
    }

    @Test("a write into a missing folder fails with the path and the reason")
    func missingFolder() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.appendingPathComponent("absent/state.json"))
        }
        #expect(error?.description.contains("No such file or directory") == true)
    }

    @Test("temporary files of dead writers are removed and those of live ones kept")
    func staleTemporaryFiles() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        var deadPID: pid_t = 999_999
        while kill(deadPID, 0) == 0 || errno == EPERM { deadPID -= 1 }
        let stale = ".state.json.tmp-\(deadPID)-abc"
        let live = ".state.json.tmp-1-def"
        let unrelated = ".other.json.tmp-\(deadPID)-abc"
        for name in [stale, live, unrelated] { try Data("{".utf8).write(to: folder.appendingPathComponent(name)) }
        #expect(AtomicFile.removeStaleTemporaryFiles(for: file) == [stale])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == [live, unrelated])
    }
}

import Foundation
import Model
import Testing
@testable import Reader

@Suite("Mouse, config switches and the installed layout")
struct MouseAndInstallTests {
    @Test("the wheel scrolls three lines and a click selects, a second click opens")
    func mouse() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 80, height: 10)
        _ = reduce(&state, .resized(width: 80, height: 10))
        _ = reduce(&state, .mouse(.wheelDown))
        #expect(state.listSelection == 2)
        _ = reduce(&state, .mouse(.wheelUp))
        #expect(state.listSelection == 0)
        _ = reduce(&state, .mouse(.click(x: 5, y: 2)))
        #expect(state.listSelection == 1 && state.screen == .list)
        _ = reduce(&state, .mouse(.click(x: 5, y: 2)))
        #expect(state.screen == .article(1))
    }

    @Test("mouse and clipboard are off and file unless the config turns them on; bad values say file:line")
    func configSwitches() {
        #expect(!Config.parse("", file: "c").mouse)
        #expect(Config.parse("", file: "c").clipboard == .file)
        let config = Config.parse("mouse on\nclipboard osc52\nmouse maybe\n", file: "c")
        #expect(config.mouse && config.clipboard == .osc52)
        #expect(config.problems == ["c:3: expected 'mouse on' or 'mouse off'"])
    }

    @Test("a quote saved to the clipboard file is written whole and the message says where")
    func clipboardFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("clipboard.txt")
        let message = Clipboard.saveToFile("“A quote” — Someone", url: url)
        #expect(message.contains(url.path))
        #expect(try String(contentsOf: url, encoding: .utf8) == "“A quote” — Someone\n")
    }

    @Test("an installed reader finds its demo corpus and themes under PREFIX/share/reader")
    func installedLayoutIsFound() throws {
        let data = ResourceLocator.folder("demo", environment: [:])
        #expect(data != nil, "no demo corpus found from the build")
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let share = prefix.appendingPathComponent("share/reader/themes")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        #expect(ResourceLocator.folder("themes", environment: ["READER_DATA_DIR": prefix.appendingPathComponent("share/reader").path]) == share.path)
    }
}

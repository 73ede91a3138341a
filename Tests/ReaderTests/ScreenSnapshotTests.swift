import Model
import Testing
@testable import Reader

@Suite("Screens drawn into a cell buffer")
struct ScreenSnapshotTests {
    func state(width: Int, height: Int) -> ReaderState {
        var state = ReaderState(corpus: Fixtures.corpus, width: width, height: height)
        _ = reduce(&state, .resized(width: width, height: height))
        return state
    }

    func draw(_ state: ReaderState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer)
        return buffer
    }

    @Test("the list at 100 columns shows outlet, title, date and counts", arguments: [(100, 8), (40, 8)])
    func list(width: Int, height: Int) throws {
        try assertSnapshot(draw(state(width: width, height: height)), named: "list-\(width)x\(height)")
    }

    @Test("an open article shows headline, facts and highlighted quote, speaker and person", arguments: [(80, 12), (40, 16)])
    func article(width: Int, height: Int) throws {
        var state = state(width: width, height: height)
        _ = reduce(&state, .annotated(articleIndex: 0, Fixtures.bridgeAnnotations))
        _ = reduce(&state, .command(.open))
        try assertSnapshot(draw(state), named: "article-\(width)x\(height)")
    }

    @Test("the help screen lists the keymap's bindings")
    func help() throws {
        var state = state(width: 70, height: 14)
        _ = reduce(&state, .command(.help))
        try assertSnapshot(draw(state), named: "help-70x14")
    }

    @Test("a 1x1 and a 2x10 window draw without crashing", arguments: [(1, 1), (2, 10), (10, 2)])
    func tiny(width: Int, height: Int) {
        var state = state(width: width, height: height)
        _ = reduce(&state, .command(.open))
        let buffer = draw(state)
        #expect(buffer.width == width && buffer.height == height)
    }
}

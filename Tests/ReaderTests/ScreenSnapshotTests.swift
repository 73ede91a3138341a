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

    @Test("the help screen lists the keymap's bindings", arguments: [(70, 14), (40, 10)])
    func help(width: Int, height: Int) throws {
        var state = state(width: width, height: height)
        _ = reduce(&state, .command(.help))
        try assertSnapshot(draw(state), named: "help-\(width)x\(height)")
    }

    @Test("the skipped-inputs screen gives each input's reason", arguments: [(80, 6), (30, 6)])
    func skipped(width: Int, height: Int) throws {
        var state = state(width: width, height: height)
        _ = reduce(&state, .command(.showSkipped))
        try assertSnapshot(draw(state), named: "skipped-\(width)x\(height)")
    }

    @Test("a 1x1 and a 2x10 window draw without crashing", arguments: [(1, 1), (2, 10), (10, 2)])
    func tiny(width: Int, height: Int) {
        var state = state(width: width, height: height)
        _ = reduce(&state, .command(.open))
        let buffer = draw(state)
        #expect(buffer.width == width && buffer.height == height)
    }
}

@Suite("More screens drawn into a cell buffer")
struct MoreScreenSnapshotTests {
    /// The grouped fixture state with the ferry article annotated too (it has no quotes).
    func grouped(width: Int, height: Int) -> ReaderState {
        var state = Fixtures.groupedState(width: width, height: height)
        _ = reduce(&state, .annotated(articleIndex: 1, Annotations()))
        return state
    }

    func draw(_ state: ReaderState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer)
        return buffer
    }

    @Test("the list grouped by story, with the current quote's article open beside it when wide", arguments: [(140, 12), (60, 8)])
    func groupedList(width: Int, height: Int) throws {
        try assertSnapshot(draw(grouped(width: width, height: height)), named: "grouped-list-\(width)x\(height)")
    }

    @Test("side by side: two columns when wide, interleaved and labelled when narrow", arguments: [(120, 24), (60, 30)])
    func sideBySide(width: Int, height: Int) throws {
        var state = grouped(width: width, height: height)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.toggleSideBySide))
        try assertSnapshot(draw(state), named: "compare-\(width)x\(height)")
    }

    @Test("the current quote is emphasised and the status line names its speaker", arguments: [(80, 12), (40, 14)])
    func currentQuote(width: Int, height: Int) throws {
        var state = grouped(width: width, height: height)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.nextQuote))
        try assertSnapshot(draw(state), named: "quote-\(width)x\(height)")
    }

    @Test("the people screens: one article's, and the corpus's with counts by outlet", arguments: [(80, 8), (40, 8)])
    func people(width: Int, height: Int) throws {
        var state = grouped(width: width, height: height)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.people))
        try assertSnapshot(draw(state), named: "people-\(width)x\(height)")
        _ = reduce(&state, .command(.back))
        _ = reduce(&state, .command(.corpusPeople))
        try assertSnapshot(draw(state), named: "corpus-people-\(width)x\(height)")
    }

    @Test("a search prompt shows what is typed, and hits are highlighted in the article")
    func searchPrompt() throws {
        var state = grouped(width: 80, height: 12)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.search))
        for character in "bridge" { _ = reduce(&state, .promptKey(.character(character))) }
        try assertSnapshot(draw(state), named: "search-prompt-80x12")
        _ = reduce(&state, .promptKey(.enter))
        try assertSnapshot(draw(state), named: "search-hits-80x12")
    }
}

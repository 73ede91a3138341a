import Model
import Testing
@testable import Reader

@Suite("Reducer")
struct ReducerTests {
    func fresh(width: Int = 80, height: Int = 10) -> ReaderState {
        var state = ReaderState(corpus: Fixtures.corpus, width: width, height: height)
        _ = reduce(&state, .resized(width: width, height: height))
        return state
    }

    @Test("j and k move the selection and stop at the ends")
    func moveSelection() {
        var state = fresh()
        for _ in 0..<5 { _ = reduce(&state, .command(.moveDown)) }
        #expect(state.listSelection == 2)
        _ = reduce(&state, .command(.moveUp))
        #expect(state.listSelection == 1)
        _ = reduce(&state, .command(.top))
        _ = reduce(&state, .command(.moveUp))
        #expect(state.listSelection == 0)
    }

    @Test("opening an article asks for annotation, marks it read, and back returns to the list")
    func openAndBack() {
        var state = fresh()
        let effects = reduce(&state, .command(.open))
        #expect(state.screen == .article(0))
        #expect(effects.contains(.annotate(articleIndex: 0)))
        #expect(state.read.contains("lantern/bridge.txt"))
        _ = reduce(&state, .command(.back))
        #expect(state.screen == .list)
        #expect(!state.quitRequested)
    }

    @Test("back on the list quits")
    func backOnListQuits() {
        var state = fresh()
        _ = reduce(&state, .command(.back))
        #expect(state.quitRequested)
    }

    @Test("scrolling an article stops at its last page and G and g jump to the ends")
    func articleScrollClamps() {
        var state = fresh(width: 30, height: 6)
        _ = reduce(&state, .command(.open))
        let rows = state.layouts.document(for: state, articleIndex: 0).rows.count
        _ = reduce(&state, .command(.bottom))
        #expect(state.articleScroll == rows - state.bodyHeight)
        for _ in 0..<100 { _ = reduce(&state, .command(.moveDown)) }
        #expect(state.articleScroll == rows - state.bodyHeight)
        _ = reduce(&state, .command(.top))
        #expect(state.articleScroll == 0)
    }

    @Test("a resize keeps the scroll position inside the re-wrapped article")
    func resizeClamps() {
        var state = fresh(width: 30, height: 6)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.bottom))
        _ = reduce(&state, .resized(width: 200, height: 50))
        #expect(state.articleScroll == 0)
    }

    @Test("B toggles boilerplate and says so")
    func boilerplateToggle() {
        var state = fresh()
        _ = reduce(&state, .command(.open))
        let hiddenRows = state.layouts.document(for: state, articleIndex: 0).rows.count
        _ = reduce(&state, .command(.toggleBoilerplate))
        #expect(state.showBoilerplate)
        #expect(state.message?.contains("boilerplate") == true)
        #expect(state.layouts.document(for: state, articleIndex: 0).rows.count > hiddenRows)
    }

    @Test("! lists skipped inputs, and the list says how many were skipped at start")
    func skippedInputs() {
        var state = fresh()
        #expect(state.message?.contains("1 input(s) skipped") == true)
        _ = reduce(&state, .command(.showSkipped))
        #expect(state.screen == .skipped)
    }
}

import Model
import Testing
@testable import Reader

@Suite("Reducer: search, stories, quotes, people, side by side")
struct ReaderFeatureReducerTests {
    func grouped(width: Int = 100, height: Int = 20) -> ReaderState {
        Fixtures.groupedState(width: width, height: height)
    }

    func type(_ text: String, into state: inout ReaderState) {
        for character in text { _ = reduce(&state, .promptKey(.character(character))) }
        _ = reduce(&state, .promptKey(.enter))
    }

    @Test("grouping puts a story header before its articles and j skips over headers")
    func storyHeaders() {
        var state = grouped()
        #expect(state.listEntries == [.story(0), .article(0), .article(1), .article(2)])
        #expect(state.listSelection == 1)
        _ = reduce(&state, .command(.moveUp))
        #expect(state.listSelection == 1)
        _ = reduce(&state, .command(.toggleGrouping))
        #expect(state.listEntries == [.article(0), .article(1), .article(2)])
    }

    @Test("S cycles the sort order and keeps the selected article selected")
    func sortCycles() {
        var state = grouped()
        _ = reduce(&state, .command(.toggleGrouping))
        _ = reduce(&state, .command(.moveDown))
        #expect(state.selectedArticleIndex == 1)
        _ = reduce(&state, .command(.cycleSort))
        #expect(state.listOptions.sort == .date)
        #expect(state.selectedArticleIndex == 1)
        _ = reduce(&state, .command(.cycleSort))
        _ = reduce(&state, .command(.cycleSort))
        #expect(state.listOptions.sort == .title)
        #expect(state.listEntries.first == .article(1))
    }

    @Test("f filters by outlet, and by person once annotated; an empty filter clears it")
    func filterByOutletAndPerson() {
        var state = grouped()
        _ = reduce(&state, .command(.filter))
        type("island", into: &state)
        #expect(state.listEntries.contains(.article(1)) && !state.listEntries.contains(.article(0)))
        _ = reduce(&state, .command(.filter))
        for _ in 0..<6 { _ = reduce(&state, .promptKey(.backspace)) }
        _ = reduce(&state, .promptKey(.enter))
        #expect(state.listOptions.filter == nil)
        _ = reduce(&state, .command(.filter))
        type("duarte", into: &state)
        #expect(state.listEntries.contains(.article(0)) && !state.listEntries.contains(.article(1)))
    }

    @Test("/ searches titles and text, n and N step through the hits")
    func searchList() {
        var state = grouped()
        _ = reduce(&state, .command(.toggleGrouping))
        _ = reduce(&state, .command(.search))
        type("fare", into: &state)
        #expect(state.search?.listHits == [1])
        #expect(state.selectedArticleIndex == 1)
        _ = reduce(&state, .command(.nextHit))
        #expect(state.selectedArticleIndex == 1)
    }

    @Test("Esc cancels a prompt without searching")
    func escapeCancelsPrompt() {
        var state = grouped()
        _ = reduce(&state, .command(.search))
        _ = reduce(&state, .promptKey(.character("x")))
        _ = reduce(&state, .promptKey(.escape))
        #expect(state.prompt == nil && state.search == nil)
    }

    @Test("] steps to a quote and the message names its speaker and confidence")
    func quoteNavigation() {
        var state = grouped()
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.nextQuote))
        #expect(state.currentQuote == 0)
        #expect(state.message == "Quote 1/1 · Ines Duarte · confidence 0.90")
        _ = reduce(&state, .command(.nextQuote))
        #expect(state.message == "Last quotation")
    }

    @Test("y copies the current quote with speaker, outlet, headline and date")
    func copyCitation() {
        var state = grouped()
        _ = reduce(&state, .command(.open))
        #expect(reduce(&state, .command(.copyQuote)).isEmpty)
        _ = reduce(&state, .command(.nextQuote))
        let effects = reduce(&state, .command(.copyQuote))
        #expect(effects == [.copy("“We promised the east side its bridge back, and here it is,” — Ines Duarte, The Calder Lantern, “Harbour bridge reopens after a year of repairs”, 2026-03-02")])
    }

    @Test("p lists the article's people; choosing one highlights only them")
    func peopleFocus() {
        var state = grouped()
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.people))
        #expect(state.screen == .people(0))
        #expect(PeopleDirectory.people(of: 0, state).map(\.name) == ["Ines Duarte"])
        _ = reduce(&state, .command(.open))
        #expect(state.screen == .article(0))
        #expect(state.focusPerson == "Ines Duarte")
        _ = reduce(&state, .command(.back))
        #expect(state.focusPerson == nil)
    }

    @Test("the corpus people screen lists quotes by story and opens the article at the quote")
    func corpusPeople() {
        var state = grouped()
        _ = reduce(&state, .command(.corpusPeople))
        let people = PeopleDirectory.corpusPeople(state)
        #expect(people.first?.name == "Ines Duarte" && people.first?.quotes == 1)
        _ = reduce(&state, .command(.open))
        #expect(state.screen == .personQuotes("Ines Duarte"))
        _ = reduce(&state, .command(.open))
        #expect(state.screen == .article(0))
        #expect(state.currentQuote == 0)
    }

    @Test("s opens the other outlet's account on the right; an article with none says so")
    func sideBySideToggle() {
        var state = grouped(width: 120, height: 30)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.toggleSideBySide))
        #expect(state.screen == .compare(left: 0, right: 1))
        _ = reduce(&state, .command(.toggleSideBySide))
        #expect(state.screen == .article(0))
        _ = reduce(&state, .command(.back))
        _ = reduce(&state, .command(.bottom))
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.toggleSideBySide))
        #expect(state.screen == .article(2))
        #expect(state.message == "No other outlet's account of this story")
    }

    @Test("a wide window shows the list and the selected article together")
    func splitView() {
        var state = grouped(width: 140, height: 12)
        var buffer = ScreenBuffer(width: 140, height: 12)
        render(state, into: &buffer)
        #expect(state.isSplit)
        #expect(buffer.lines.contains { $0.contains("│") && $0.contains("Harbour bridge reopens") })
        _ = reduce(&state, .resized(width: 90, height: 12))
        buffer = ScreenBuffer(width: 90, height: 12)
        render(state, into: &buffer)
        #expect(!buffer.lines.contains { $0.contains("│") })
    }

    @Test("a scroll position is remembered when leaving an article and restored on reopening")
    func positionRemembered() {
        var state = grouped(width: 30, height: 6)
        _ = reduce(&state, .command(.open))
        _ = reduce(&state, .command(.moveDown))
        _ = reduce(&state, .command(.moveDown))
        let row = state.articleScroll
        _ = reduce(&state, .command(.back))
        #expect(state.positions["lantern/bridge.txt"] == row)
        _ = reduce(&state, .command(.open))
        #expect(state.articleScroll == row)
    }
}

@Suite("Reducer: stories arriving from the background")
struct BackgroundArrivalTests {
    @Test("stories grouped before the user moves put the selection on the first story's first article")
    func firstRowAfterGrouping() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 100, height: 20)
        _ = reduce(&state, .grouped(stories: [
            StorySummaryRow(id: "a", title: "A", members: [1, 2], outlets: []),
            StorySummaryRow(id: "b", title: "B", members: [0], outlets: []),
        ], storyOfArticle: [1, 0, 0]))
        #expect(state.selectedArticleIndex == 1)
    }

    @Test("stories grouped after the user moved keep the selection on the same article")
    func keepsMovedSelection() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 100, height: 20)
        _ = reduce(&state, .command(.moveDown))
        _ = reduce(&state, .command(.moveDown))
        _ = reduce(&state, .grouped(stories: [
            StorySummaryRow(id: "a", title: "A", members: [0, 1], outlets: []),
            StorySummaryRow(id: "b", title: "B", members: [2], outlets: []),
        ], storyOfArticle: [0, 0, 1]))
        #expect(state.selectedArticleIndex == 2)
    }
}

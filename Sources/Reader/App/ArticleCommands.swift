import Model

/// Commands on the article screen: scrolling, stepping through quotes, people, copying.
func performOnArticle(_ command: Command, index: Int, _ state: inout ReaderState) -> [Effect] {
    if scrollDocument(command, &state) { return [] }
    switch command {
    case .toggleBoilerplate:
        state.showBoilerplate.toggle()
        let hidden = state.articles[index].boilerplate.count
        state.message = state.showBoilerplate
            ? "Showing \(hidden) boilerplate passage(s), dimmed"
            : "Boilerplate hidden"
    case .nextQuote, .previousQuote:
        stepQuote(forward: command == .nextQuote, index: index, &state)
        return []
    case .nextHit, .previousHit:
        if state.focusPerson != nil {
            stepFocus(forward: command == .nextHit, index: index, &state)
        } else {
            stepSearch(forward: command == .nextHit, &state)
        }
        return []
    case .people:
        push(.people(index), on: &state)
        state.pageSelection = 0
        return state.annotations[index] == nil ? [.annotate(articleIndex: index)] : []
    case .copyQuote:
        return copyCurrentQuote(index: index, &state)
    case .toggleSideBySide:
        openComparison(from: index, &state)
        return []
    default:
        return []
    }
    clampScroll(&state)
    return []
}

/// Moves the article or side-by-side view for the movement commands; false for any other command.
func scrollDocument(_ command: Command, _ state: inout ReaderState) -> Bool {
    guard let scroll = Movement.moved(state.articleScroll, by: command, page: max(1, state.bodyHeight - 1), last: Int.max / 2)
    else { return false }
    state.articleScroll = scroll
    clampScroll(&state)
    return true
}

/// The quotations the article view steps through: the focused person's, or all.
func navigableQuotes(_ state: ReaderState, index: Int) -> [Quote] {
    let speech = state.annotations[index]?.speech ?? []
    guard let person = state.focusPerson else { return speech }
    return speech.filter { $0.speaker == person }
}

/// Moves to the next or previous quotation and scrolls it into view.
private func stepQuote(forward: Bool, index: Int, _ state: inout ReaderState) {
    let quotes = state.annotations[index]?.speech ?? []
    guard !quotes.isEmpty else {
        state.message = state.annotations[index] == nil ? "Still finding quotations…" : "No quotations in this article"
        return
    }
    let next: Int
    if let current = state.currentQuote {
        next = forward ? current + 1 : current - 1
    } else {
        let document = state.layouts.document(for: state, articleIndex: index)
        let firstVisible = document.quoteRows.firstIndex { $0 >= state.articleScroll } ?? quotes.count - 1
        next = forward ? firstVisible : max(0, firstVisible - 1)
    }
    guard quotes.indices.contains(next) else {
        state.message = forward ? "Last quotation" : "First quotation"
        return
    }
    state.currentQuote = next
    let document = state.layouts.document(for: state, articleIndex: index)
    if document.quoteRows.indices.contains(next) {
        scrollIntoView(row: document.quoteRows[next], &state)
    }
    state.message = describe(quotes[next], number: next + 1, of: quotes.count)
}

/// "Quote 2/5 · Ines Duarte (told) · confidence 0.90 · inferred".
func describe(_ quote: Quote, number: Int, of count: Int) -> String {
    var parts = ["Quote \(number)/\(count)"]
    parts.append(quote.speaker ?? quote.source ?? quote.likelySpeaker.map { "possibly \($0) (no cue names the speaker)" } ?? "speaker unknown")
    parts.append(String(format: "confidence %.2f", quote.confidence))
    if quote.inferred { parts.append("inferred from another account") }
    return parts.joined(separator: " · ")
}

/// Puts `row` a third of the way down the article view, unless already visible.
func scrollIntoView(row: Int, _ state: inout ReaderState) {
    let height = state.bodyHeight
    if row < state.articleScroll || row >= state.articleScroll + height {
        state.articleScroll = max(0, row - height / 3)
    }
    clampScroll(&state)
}

/// Steps through the focused person's mentions and quotes.
private func stepFocus(forward: Bool, index: Int, _ state: inout ReaderState) {
    guard let name = state.focusPerson, let annotations = state.annotations[index] else { return }
    let spans = focusSpans(annotations, person: name).map(\.lowerBound).sorted()
    let document = state.layouts.document(for: state, articleIndex: index)
    let rows = Array(Set(spans.compactMap { document.row(containing: $0) })).sorted()
    guard !rows.isEmpty else { return }
    let anchor = state.articleScroll + state.bodyHeight / 3
    let target = forward ? rows.first { $0 > anchor } : rows.last { $0 < anchor }
    guard let target else {
        state.message = forward ? "Last mention of \(name)" : "First mention of \(name)"
        return
    }
    state.articleScroll = max(0, target - state.bodyHeight / 3)
    clampScroll(&state)
    state.message = "\(name): mention \((rows.firstIndex(of: target) ?? 0) + 1)/\(rows.count)"
}

/// The mentions of `person` and the spans of their quotes.
func focusSpans(_ annotations: Annotations, person: String) -> [Range<Int>] {
    let mentions = annotations.people.first { $0.name == person }?.mentions ?? []
    return mentions + annotations.speech.filter { $0.speaker == person }.map(\.span)
}

private func copyCurrentQuote(index: Int, _ state: inout ReaderState) -> [Effect] {
    let quotes = state.annotations[index]?.speech ?? []
    guard let current = state.currentQuote, quotes.indices.contains(current) else {
        state.message = quotes.isEmpty ? "No quotation to copy" : "Step to a quotation with ] first"
        return []
    }
    let article = state.articles[index]
    return [.copy(citation(for: quotes[current], in: article))]
}

/// A quotation as a reader would cite it: “…” — Speaker, Outlet, “Headline”, date.
func citation(for quote: Quote, in article: Article) -> String {
    let words = TextLayout.drawableCells(article.text, range: quote.span).map(\.text).joined()
    var source = [quote.speaker ?? quote.source ?? "unattributed"]
    if let outlet = article.outlet { source.append(outlet) }
    if let title = article.title { source.append("“\(title)”") }
    if let date = article.date { source.append(date) }
    return "“\(words)” — " + source.joined(separator: ", ")
}

/// Switches to side by side with another outlet's account of the same story, if there is one.
func openComparison(from index: Int, _ state: inout ReaderState) {
    let others = otherAccounts(of: index, state)
    guard let right = others.first else {
        state.message = state.stories.isEmpty
            ? "Stories are not grouped yet"
            : "No other outlet's account of this story"
        return
    }
    state.screen = .compare(left: index, right: right)
    state.articleScroll = 0
    state.search = nil
    clampScroll(&state)
}

/// The other members of `index`'s story, other outlets first.
func otherAccounts(of index: Int, _ state: ReaderState) -> [Int] {
    guard state.storyOfArticle.indices.contains(index), state.storyOfArticle[index] >= 0 else { return [] }
    let members = state.stories[state.storyOfArticle[index]].members.filter { $0 != index }
    let outlet = state.articles[index].outlet
    return members.filter { state.articles[$0].outlet != outlet || outlet == nil }
        + members.filter { state.articles[$0].outlet == outlet && outlet != nil }
}

import Model

/// What the loop must do after a state change, outside the pure core.
enum Effect: Equatable, Sendable {
    /// Annotate an article (quotes, people) and send `.annotated` back.
    case annotate(articleIndex: Int)
    /// Remember what was read, and where.
    case saveState
    /// Put a quotation with its citation where the user can paste it.
    case copy(String)
}

/// Applies `action` to `state` and returns the effects to run. Pure: no terminal, no files.
func reduce(_ state: inout ReaderState, _ action: Action) -> [Effect] {
    switch action {
    case .resized(let width, let height):
        state.width = max(1, width)
        state.height = max(1, height)
        clampScroll(&state)
        return []
    case .annotated(let index, let annotations):
        state.annotations[index] = annotations
        if state.listOptions.filter != nil { rebuildList(&state) }
        return []
    case .annotatedProvisionally(let index, let annotations):
        guard state.annotations[index] == nil else { return [] }
        state.annotations[index] = annotations
        state.provisionalAnnotations.insert(index)
        if state.listOptions.filter != nil { rebuildList(&state) }
        return []
    case .annotatedBatch(let batch):
        let replaced = batch.keys.filter { state.provisionalAnnotations.contains($0) }
        state.annotations.merge(batch) { _, new in new }
        if !replaced.isEmpty {
            state.provisionalAnnotations.subtract(replaced)
            state.layouts.forgetArticles()
        }
        if state.listOptions.filter != nil, !batch.isEmpty { rebuildList(&state) }
        return []
    case .loaded(let part, let progress):
        state.articles.append(contentsOf: part.articles)
        state.skipped.append(contentsOf: part.skipped)
        state.storyOfArticle.append(contentsOf: repeatElement(-1, count: part.articles.count))
        state.loading = progress.isComplete ? nil : progress
        if progress.isComplete, !state.skipped.isEmpty, state.message == nil {
            state.message = skippedMessage(state.skipped.count)
        }
        rebuildList(&state)
        return []
    case .finished(let articles):
        guard articles.count == state.articles.count else { return [] }
        state.articles = articles
        state.articlesFinished = true
        state.layouts.forgetArticles()
        rebuildList(&state)
        return []
    case .grouped(let stories, let storyOfArticle):
        state.stories = stories
        state.storyOfArticle = storyOfArticle
        rebuildList(&state)
        if !state.selectionMoved {
            state.listTop = 0
            state.listSelection = state.listEntries.firstIndex { if case .article = $0 { return true } else { return false } } ?? 0
            clampScroll(&state)
        }
        return []
    case .notify(let message):
        state.message = message
        return []
    case .promptKey(let key):
        return handlePromptKey(key, &state)
    case .mouse(let event):
        state.message = nil
        return handleMouse(event, &state)
    case .command(let command):
        state.message = nil
        return perform(command, on: &state)
    }
}

private func perform(_ command: Command, on state: inout ReaderState) -> [Effect] {
    switch (command, state.screen) {
    case (.quit, _):
        rememberPosition(&state)
        state.quitRequested = true
        return [.saveState]
    case (.help, .help):
        return perform(.back, on: &state)
    case (.help, _):
        push(.help, on: &state)
    case (.showSkipped, _):
        if state.skipped.isEmpty {
            state.message = "No input was skipped"
        } else {
            push(.skipped, on: &state)
        }
    case (.search, _):
        state.prompt = Prompt(purpose: .search)
    case (.corpusPeople, .corpusPeople):
        break
    case (.corpusPeople, _):
        push(.corpusPeople, on: &state)
        state.pageSelection = 0
        return unannotatedArticles(state).map { .annotate(articleIndex: $0) }
    case (.back, _):
        goBack(&state)
        if state.quitRequested { return [.saveState] }
    case (_, .list):
        return performOnList(command, &state)
    case (_, .article(let index)):
        return performOnArticle(command, index: index, &state)
    case (_, .compare(let left, let right)):
        performOnCompare(command, left: left, right: right, &state)
    case (_, .people), (_, .corpusPeople), (_, .personQuotes):
        return performOnPeople(command, &state)
    case (_, .help), (_, .skipped):
        scrollPage(command, &state)
    }
    return []
}

/// Wheel scrolls three lines; a click selects a list row, and a click on the selected row opens it.
private func handleMouse(_ event: MouseEvent, _ state: inout ReaderState) -> [Effect] {
    switch event {
    case .wheelUp, .wheelDown:
        let command: Command = event == .wheelUp ? .moveUp : .moveDown
        var effects: [Effect] = []
        for _ in 0..<3 { effects += perform(command, on: &state) }
        return effects
    case .click(let x, let y):
        let onListPane = state.screen == .list || (state.isSplit && state.openArticle != nil && x < state.listPaneWidth)
        guard onListPane, y >= 1, x < state.listPaneWidth else { return [] }
        let row = state.listTop + y - 1
        guard state.listEntries.indices.contains(row), case .article = state.listEntries[row] else { return [] }
        if state.openArticle != nil { goBack(&state) }
        if row == state.listSelection { return perform(.open, on: &state) }
        state.listSelection = row
        clampScroll(&state)
        return []
    }
}

/// Shows `screen`, remembering the current one for `back`.
func push(_ screen: Screen, on state: inout ReaderState) {
    state.backStack.append(state.screen)
    state.screen = screen
    state.pageScroll = 0
}

/// Returns to the previous screen; quits from the bottom of the stack.
func goBack(_ state: inout ReaderState) {
    rememberPosition(&state)
    guard let previous = state.backStack.popLast() else {
        state.quitRequested = true
        return
    }
    if case .article = state.screen { state.focusPerson = nil }
    state.screen = previous
    state.pageScroll = 0
    if state.search != nil { refreshSearchHits(&state) }
    clampScroll(&state)
}

/// Notes where the open article was scrolled to, so it reopens there.
func rememberPosition(_ state: inout ReaderState) {
    guard let index = state.openArticle else { return }
    state.positions[state.articles[index].id] = state.articleScroll
}

/// Articles not yet annotated, for screens that need everyone's people.
func unannotatedArticles(_ state: ReaderState) -> [Int] {
    state.articles.indices.filter { state.annotations[$0] == nil }
}

private func performOnList(_ command: Command, _ state: inout ReaderState) -> [Effect] {
    let page = max(1, state.listRows - 1)
    switch command {
    case .moveDown: moveListSelection(by: 1, &state)
    case .moveUp: moveListSelection(by: -1, &state)
    case .pageDown: moveListSelection(by: page, &state)
    case .pageUp: moveListSelection(by: -page, &state)
    case .top: moveListSelection(to: 0, direction: 1, &state)
    case .bottom: moveListSelection(to: state.listEntries.count - 1, direction: -1, &state)
    case .open:
        guard let index = state.selectedArticleIndex else {
            state.message = "Nothing to open"
            return []
        }
        return openArticle(index, &state)
    case .toggleGrouping:
        state.listOptions.grouped.toggle()
        rebuildList(&state)
        state.message = state.listOptions.grouped
            ? (state.stories.isEmpty ? "No stories found yet" : "Grouped by story")
            : "Flat list"
    case .cycleSort:
        let all = ListOptions.Sort.allCases
        state.listOptions.sort = all[(all.firstIndex(of: state.listOptions.sort)! + 1) % all.count]
        rebuildList(&state)
        state.message = "Sorted by \(state.listOptions.sort.rawValue)"
    case .filter:
        state.prompt = Prompt(purpose: .filter, text: state.listOptions.filter ?? "")
        return unannotatedArticles(state).map { .annotate(articleIndex: $0) }
    case .nextHit, .previousHit:
        stepSearch(forward: command == .nextHit, &state)
    default:
        return []
    }
    clampScroll(&state)
    return []
}

/// Opens article `index` on the article screen, marking it read.
func openArticle(_ index: Int, _ state: inout ReaderState) -> [Effect] {
    push(.article(index), on: &state)
    state.articleScroll = state.positions[state.articles[index].id] ?? 0
    state.currentQuote = nil
    state.read.insert(state.articles[index].id)
    if state.search != nil { refreshSearchHits(&state) }
    clampScroll(&state)
    return state.annotations[index] == nil ? [.annotate(articleIndex: index), .saveState] : [.saveState]
}

/// Moves the list selection by `delta` rows, skipping story headers.
private func moveListSelection(by delta: Int, _ state: inout ReaderState) {
    moveListSelection(to: state.listSelection + delta, direction: delta >= 0 ? 1 : -1, &state)
}

private func moveListSelection(to target: Int, direction: Int, _ state: inout ReaderState) {
    state.selectionMoved = true
    let entries = state.listEntries
    guard !entries.isEmpty else { return }
    var row = max(0, min(target, entries.count - 1))
    while entries.indices.contains(row), case .story = entries[row] { row += direction }
    if !entries.indices.contains(row) {
        row = max(0, min(target, entries.count - 1))
        while entries.indices.contains(row), case .story = entries[row] { row -= direction }
    }
    if entries.indices.contains(row) { state.listSelection = row }
    // Show a story's header when its first article is selected.
    if row > 0, case .story = entries[row - 1], state.listTop == row { state.listTop = row - 1 }
}

private func scrollPage(_ command: Command, _ state: inout ReaderState) {
    guard let scroll = Movement.moved(state.pageScroll, by: command, page: max(1, state.bodyHeight - 1), last: Int.max / 2)
    else { return }
    state.pageScroll = scroll
    clampScroll(&state)
}

/// Keeps selections and scroll offsets inside their content after any change.
func clampScroll(_ state: inout ReaderState) {
    let count = state.listEntries.count
    state.listSelection = max(0, min(state.listSelection, count - 1))
    let visible = state.listRows
    if state.listSelection < state.listTop { state.listTop = state.listSelection }
    if state.listSelection >= state.listTop + visible { state.listTop = state.listSelection - visible + 1 }
    state.listTop = max(0, min(state.listTop, max(0, count - visible)))
    if let index = state.openArticle {
        let rows = state.layouts.document(for: state, articleIndex: index).rows.count
        state.articleScroll = max(0, min(state.articleScroll, max(0, rows - state.bodyHeight)))
    }
    if case .compare(let left, let right) = state.screen {
        let rows = state.layouts.comparison(for: state, left: left, right: right).rows.count
        state.articleScroll = max(0, min(state.articleScroll, max(0, rows - state.bodyHeight)))
    }
    let pageRows: Int
    switch state.screen {
    case .help: pageRows = HelpView.lines(for: state).count
    case .skipped: pageRows = state.skipped.count + 2
    default: pageRows = 0
    }
    state.pageScroll = max(0, min(state.pageScroll, max(0, pageRows - state.bodyHeight)))
}

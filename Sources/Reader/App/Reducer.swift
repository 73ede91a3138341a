import Model

/// What the loop must do after a state change, outside the pure core.
enum Effect: Equatable, Sendable {
    /// Annotate an article (quotes, people) and send `.annotated` back.
    case annotate(articleIndex: Int)
    /// Remember that an article was read, and where.
    case saveState
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
        return []
    case .command(let command):
        state.message = nil
        return perform(command, on: &state)
    }
}

private func perform(_ command: Command, on state: inout ReaderState) -> [Effect] {
    switch (command, state.screen) {
    case (.quit, _):
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
    case (.back, _):
        guard let previous = state.backStack.popLast() else {
            state.quitRequested = true
            return [.saveState]
        }
        state.screen = previous
        state.pageScroll = 0
    case (_, .list):
        return performOnList(command, &state)
    case (_, .article(let index)):
        performOnArticle(command, index: index, &state)
    case (_, .help), (_, .skipped):
        scrollPage(command, &state)
    }
    return []
}

private func push(_ screen: Screen, on state: inout ReaderState) {
    state.backStack.append(state.screen)
    state.screen = screen
    state.pageScroll = 0
}

private func performOnList(_ command: Command, _ state: inout ReaderState) -> [Effect] {
    let count = state.listOrder.count
    let page = max(1, state.listRows - 1)
    switch command {
    case .moveDown: state.listSelection += 1
    case .moveUp: state.listSelection -= 1
    case .pageDown: state.listSelection += page
    case .pageUp: state.listSelection -= page
    case .top: state.listSelection = 0
    case .bottom: state.listSelection = count - 1
    case .open:
        guard let index = state.selectedArticleIndex else {
            state.message = "Nothing to open"
            return []
        }
        push(.article(index), on: &state)
        state.articleScroll = 0
        state.read.insert(state.articles[index].id)
        clampScroll(&state)
        return state.annotations[index] == nil ? [.annotate(articleIndex: index), .saveState] : [.saveState]
    default:
        return []
    }
    clampScroll(&state)
    return []
}

private func performOnArticle(_ command: Command, index: Int, _ state: inout ReaderState) {
    let page = max(1, state.bodyHeight - 1)
    switch command {
    case .moveDown: state.articleScroll += 1
    case .moveUp: state.articleScroll -= 1
    case .pageDown: state.articleScroll += page
    case .pageUp: state.articleScroll -= page
    case .top: state.articleScroll = 0
    case .bottom: state.articleScroll = Int.max / 2
    case .toggleBoilerplate:
        state.showBoilerplate.toggle()
        let hidden = state.articles[index].boilerplate.count
        state.message = state.showBoilerplate
            ? "Showing \(hidden) boilerplate passage(s), dimmed"
            : "Boilerplate hidden"
    default:
        return
    }
    clampScroll(&state)
}

private func scrollPage(_ command: Command, _ state: inout ReaderState) {
    let page = max(1, state.bodyHeight - 1)
    switch command {
    case .moveDown: state.pageScroll += 1
    case .moveUp: state.pageScroll -= 1
    case .pageDown: state.pageScroll += page
    case .pageUp: state.pageScroll -= page
    case .top: state.pageScroll = 0
    case .bottom: state.pageScroll = Int.max / 2
    default: return
    }
    clampScroll(&state)
}

/// Keeps selections and scroll offsets inside their content after any change.
func clampScroll(_ state: inout ReaderState) {
    let count = state.listOrder.count
    state.listSelection = max(0, min(state.listSelection, count - 1))
    let visible = state.listRows
    if state.listSelection < state.listTop { state.listTop = state.listSelection }
    if state.listSelection >= state.listTop + visible { state.listTop = state.listSelection - visible + 1 }
    state.listTop = max(0, min(state.listTop, max(0, count - visible)))
    if case .article(let index) = state.screen {
        let rows = state.layouts.document(for: state, articleIndex: index).rows.count
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

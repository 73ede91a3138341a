import Model

/// Typing into the prompt line: characters append, Backspace deletes, Enter confirms, Esc cancels.
func handlePromptKey(_ key: Key, _ state: inout ReaderState) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch key {
    case .escape:
        state.prompt = nil
        return []
    case .backspace, .delete:
        if prompt.text.isEmpty {
            state.prompt = nil
            return []
        }
        prompt.text.removeLast()
    case .enter:
        state.prompt = nil
        confirm(prompt, &state)
        return []
    case .character(let character):
        prompt.text.append(character)
    case .control("u"):
        prompt.text = ""
    default:
        return []
    }
    state.prompt = prompt
    return []
}

private func confirm(_ prompt: Prompt, _ state: inout ReaderState) {
    switch prompt.purpose {
    case .filter:
        state.listOptions.filter = prompt.text.isEmpty ? nil : prompt.text
        rebuildList(&state)
        state.message = prompt.text.isEmpty
            ? "Filter cleared"
            : "\(state.listEntries.filter { if case .article = $0 { return true } else { return false } }.count) article(s) by outlet or person matching “\(prompt.text)”"
    case .search:
        guard !prompt.text.isEmpty else {
            state.search = nil
            return
        }
        state.search = SearchState(query: prompt.text)
        refreshSearchHits(&state)
        stepSearch(forward: true, &state)
    }
}

/// Recomputes where the current search hits on the current screen.
func refreshSearchHits(_ state: inout ReaderState) {
    guard var search = state.search else { return }
    search.current = nil
    switch state.screen {
    case .list:
        search.listHits = state.listEntries.indices.filter { row in
            guard case .article(let index) = state.listEntries[row] else { return false }
            let article = state.articles[index]
            return ByteSearch.contains(search.query, in: article.title ?? "")
                || ByteSearch.contains(search.query, in: article.text)
        }
        search.articleHits = []
    case .article(let index):
        let article = state.articles[index]
        let hidden = state.showBoilerplate ? [] : article.boilerplate
        search.articleHits = ByteSearch.matches(of: search.query, in: article.text).filter { hit in
            !hidden.contains { $0.overlaps(hit) } && hit.lowerBound >= (article.titleRange?.upperBound ?? 0)
        }
        search.listHits = []
    default:
        search.listHits = []
        search.articleHits = []
    }
    state.search = search
}

/// Moves to the next or previous search hit from the current position.
func stepSearch(forward: Bool, _ state: inout ReaderState) {
    guard var search = state.search else {
        state.message = "No search yet: press / to search"
        return
    }
    switch state.screen {
    case .list:
        let hits = search.listHits
        guard !hits.isEmpty else {
            state.message = "“\(search.query)” not found"
            return
        }
        let target = forward
            ? (hits.first { $0 > state.listSelection } ?? hits.first!)
            : (hits.last { $0 < state.listSelection } ?? hits.last!)
        state.listSelection = target
        search.current = hits.firstIndex(of: target)
        state.search = search
        clampScroll(&state)
        state.message = "“\(search.query)”: \((search.current ?? 0) + 1)/\(hits.count) article(s)"
    case .article(let index):
        let hits = search.articleHits
        guard !hits.isEmpty else {
            state.message = "“\(search.query)” not found in this article"
            return
        }
        let next: Int
        if let current = search.current {
            next = (current + (forward ? 1 : -1) + hits.count) % hits.count
        } else {
            let document = state.layouts.document(for: state, articleIndex: index)
            next = hits.firstIndex { (document.row(containing: $0.lowerBound) ?? 0) >= state.articleScroll } ?? 0
        }
        search.current = next
        state.search = search
        let document = state.layouts.document(for: state, articleIndex: index)
        if let row = document.row(containing: hits[next].lowerBound) { scrollIntoView(row: row, &state) }
        state.message = "“\(search.query)”: \(next + 1)/\(hits.count)"
    default:
        state.message = "Search works in the list and in an article"
    }
}

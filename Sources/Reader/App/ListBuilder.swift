import Model

/// Rebuilds the list's rows after the corpus, grouping, sort or filter changed, keeping the
/// selection on the same article when it is still shown.
func rebuildList(_ state: inout ReaderState) {
    let previouslySelected = state.selectedArticleIndex
    var visible = state.articles.indices.filter { matchesFilter(state, $0) }
    visible = sortedArticles(visible, state)
    var entries: [ListEntry] = []
    if state.listOptions.grouped, !state.stories.isEmpty {
        // Each story's visible members in list order, gathered in one pass.
        var storyOrder: [Int] = []
        var visibleMembers: [Int: [Int]] = [:]
        var singles: [Int] = []
        for index in visible {
            let story = state.storyOfArticle.indices.contains(index) ? state.storyOfArticle[index] : -1
            guard story >= 0, state.stories[story].members.count > 1 else {
                singles.append(index)
                continue
            }
            if visibleMembers[story] == nil { storyOrder.append(story) }
            visibleMembers[story, default: []].append(index)
        }
        for story in storyOrder {
            entries.append(.story(story))
            entries += visibleMembers[story, default: []].map(ListEntry.article)
        }
        entries += singles.map(ListEntry.article)
    } else {
        entries = visible.map(ListEntry.article)
    }
    state.listEntries = entries
    if let previouslySelected, let row = entries.firstIndex(of: .article(previouslySelected)) {
        state.listSelection = row
    } else {
        state.listSelection = entries.firstIndex { if case .article = $0 { return true } else { return false } } ?? 0
    }
    clampScroll(&state)
}

private func matchesFilter(_ state: ReaderState, _ index: Int) -> Bool {
    guard let filter = state.listOptions.filter, !filter.isEmpty else { return true }
    let article = state.articles[index]
    if let outlet = article.outlet, ByteSearch.contains(filter, in: outlet) { return true }
    if let people = state.annotations[index]?.people {
        return people.contains { ByteSearch.contains(filter, in: $0.name) }
    }
    return false
}

private func sortedArticles(_ indices: [Int], _ state: ReaderState) -> [Int] {
    let articles = state.articles
    switch state.listOptions.sort {
    case .input:
        return indices
    case .date:
        return indices.sorted { (articles[$0].date ?? "", $0) > (articles[$1].date ?? "", $1) }
    case .outlet:
        return indices.sorted { ((articles[$0].outlet ?? "~").lowercased(), $0) < ((articles[$1].outlet ?? "~").lowercased(), $1) }
    case .title:
        return indices.sorted { ((articles[$0].displayTitle).lowercased(), $0) < ((articles[$1].displayTitle).lowercased(), $1) }
    }
}

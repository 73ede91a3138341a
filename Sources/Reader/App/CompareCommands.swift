import Model

/// Commands on the side-by-side screen: one scroll for both, other outlets, differences.
func performOnCompare(_ command: Command, left: Int, right: Int, _ state: inout ReaderState) {
    if scrollDocument(command, &state) { return }
    switch command {
    case .toggleSideBySide:
        state.screen = .article(left)
        state.articleScroll = 0
    case .cycleOutlet:
        let others = otherAccounts(of: left, state)
        guard others.count > 1, let position = others.firstIndex(of: right) else {
            state.message = "No other account of this story"
            return
        }
        let next = others[(position + 1) % others.count]
        state.screen = .compare(left: left, right: next)
        state.articleScroll = 0
        state.message = "Now comparing with \(state.articles[next].outlet ?? state.articles[next].id)"
    case .nextHit, .previousHit:
        let rows = state.layouts.comparison(for: state, left: left, right: right).differenceRows
        let anchor = state.articleScroll
        let target = command == .nextHit ? rows.first { $0 > anchor } : rows.last { $0 < anchor }
        guard let target else {
            state.message = command == .nextHit ? "No more differences below" : "No more differences above"
            return
        }
        state.articleScroll = target
        state.message = "Difference \((rows.firstIndex(of: target) ?? 0) + 1)/\(rows.count)"
    default:
        return
    }
    clampScroll(&state)
}

/// Everything a user can ask for with a key. The keymap binds keys to these; the reducer acts on them.
enum Command: String, CaseIterable, Sendable {
    case moveDown = "move-down", moveUp = "move-up", pageDown = "page-down", pageUp = "page-up"
    case top, bottom, open, back, quit, help
    case toggleBoilerplate = "toggle-boilerplate", showSkipped = "show-skipped"
    case nextQuote = "next-quote", previousQuote = "previous-quote"
    case search, nextHit = "next-hit", previousHit = "previous-hit"
    case toggleSideBySide = "toggle-side-by-side", cycleOutlet = "cycle-outlet"
    case toggleGrouping = "toggle-grouping", cycleSort = "cycle-sort", filter
    case people, corpusPeople = "corpus-people", copyQuote = "copy-quote"
}

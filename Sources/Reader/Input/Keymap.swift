/// The one table of key bindings: it dispatches keys, generates the help screen and the status
/// hints, and is what the config file's `bind` lines change (tig's lesson).
struct Keymap: Sendable {
    /// Where a binding applies.
    enum Context: String, CaseIterable, Sendable {
        case global, list, article, compare, people, help, skipped
    }

    /// One row of the table: a command, its keys in a context, and its help text.
    struct Binding: Sendable {
        var command: Command
        var keys: [Key]
        var context: Context
        var help: String
        /// Shown in the status line's short list of main keys.
        var hint: String?
    }

    private(set) var bindings: [Binding]

    static let standard = Keymap(bindings: [
        Binding(command: .moveDown, keys: [.character("j"), .down], context: .global, help: "Move down one line"),
        Binding(command: .moveUp, keys: [.character("k"), .up], context: .global, help: "Move up one line"),
        Binding(command: .pageDown, keys: [.pageDown, .character(" "), .control("f")], context: .global, help: "Page down"),
        Binding(command: .pageUp, keys: [.pageUp, .character("b"), .control("b")], context: .global, help: "Page up"),
        Binding(command: .top, keys: [.character("g"), .home], context: .global, help: "Go to the top"),
        Binding(command: .bottom, keys: [.character("G"), .end], context: .global, help: "Go to the bottom"),
        Binding(command: .search, keys: [.character("/")], context: .global, help: "Search titles and text", hint: "search"),
        Binding(command: .nextHit, keys: [.character("n")], context: .global, help: "Next search hit"),
        Binding(command: .previousHit, keys: [.character("N")], context: .global, help: "Previous search hit"),
        Binding(command: .corpusPeople, keys: [.character("P")], context: .global, help: "Everyone mentioned in the corpus"),
        Binding(command: .help, keys: [.character("?")], context: .global, help: "Show this help", hint: "help"),
        Binding(command: .quit, keys: [.character("Q")], context: .global, help: "Quit at once"),
        Binding(command: .open, keys: [.enter, .right, .character("l")], context: .list, help: "Open the selected article", hint: "open"),
        Binding(command: .toggleGrouping, keys: [.character("t")], context: .list, help: "Group by story, or a flat list", hint: "stories"),
        Binding(command: .cycleSort, keys: [.character("S")], context: .list, help: "Sort by input order, date, outlet or title"),
        Binding(command: .filter, keys: [.character("f")], context: .list, help: "Filter by outlet or person (empty clears)"),
        Binding(command: .showSkipped, keys: [.character("!")], context: .list, help: "List inputs that were skipped, with reasons"),
        Binding(command: .quit, keys: [.character("q")], context: .list, help: "Quit", hint: "quit"),
        Binding(command: .nextQuote, keys: [.character("]"), .tab], context: .article, help: "Next quotation", hint: "quotes"),
        Binding(command: .previousQuote, keys: [.character("["), .backTab], context: .article, help: "Previous quotation"),
        Binding(command: .toggleSideBySide, keys: [.character("s")], context: .article, help: "Side by side with another outlet's account", hint: "side by side"),
        Binding(command: .people, keys: [.character("p")], context: .article, help: "People in this article"),
        Binding(command: .copyQuote, keys: [.character("y")], context: .article, help: "Copy the current quote with its citation"),
        Binding(command: .toggleBoilerplate, keys: [.character("B")], context: .article, help: "Show or hide boilerplate (dimmed)"),
        Binding(command: .back, keys: [.character("q"), .escape, .left, .character("h")], context: .article, help: "Back to the list", hint: "back"),
        Binding(command: .toggleSideBySide, keys: [.character("s")], context: .compare, help: "Back to the single article", hint: "single"),
        Binding(command: .cycleOutlet, keys: [.character("o")], context: .compare, help: "Another outlet on the right", hint: "outlet"),
        Binding(command: .nextHit, keys: [.character("n"), .character("]"), .tab], context: .compare, help: "Next difference", hint: "differences"),
        Binding(command: .previousHit, keys: [.character("N"), .character("["), .backTab], context: .compare, help: "Previous difference"),
        Binding(command: .back, keys: [.character("q"), .escape], context: .compare, help: "Back"),
        Binding(command: .open, keys: [.enter], context: .people, help: "Choose the selected person or quote", hint: "choose"),
        Binding(command: .back, keys: [.character("q"), .escape, .left], context: .people, help: "Back", hint: "back"),
        Binding(command: .back, keys: [.character("q"), .escape], context: .help, help: "Close the help"),
        Binding(command: .back, keys: [.character("q"), .escape], context: .skipped, help: "Close the list of skipped inputs"),
    ])

    /// The command bound to `key` in `context`, the context's own bindings first.
    func command(for key: Key, in context: Context) -> Command? {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return binding.command
        }
        return bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.command
    }

    /// Binds `key` to `command` in `context`, taking the key away from whatever had it there.
    mutating func bind(_ key: Key, to command: Command, in context: Context) {
        for index in bindings.indices where bindings[index].context == context {
            bindings[index].keys.removeAll { $0 == key }
        }
        if let index = bindings.firstIndex(where: { $0.context == context && $0.command == command }) {
            bindings[index].keys.insert(key, at: 0)
        } else {
            bindings.append(Binding(command: command, keys: [key], context: context, help: command.rawValue))
        }
    }

    /// The bindings that apply in `context`, its own first, for help and hints.
    func bindings(in context: Context) -> [Binding] {
        bindings.filter { $0.context == context && !$0.keys.isEmpty }
            + bindings.filter { $0.context == .global && !$0.keys.isEmpty }
    }

    /// "Enter open  q quit  ? help" for the status line.
    func hints(in context: Context) -> String {
        bindings(in: context).compactMap { binding in
            binding.hint.map { "\(binding.keys[0].name) \($0)" }
        }.joined(separator: "  ")
    }
}

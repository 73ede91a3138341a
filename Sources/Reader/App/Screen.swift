/// The screens of the reader; navigation pushes and pops them.
enum Screen: Equatable, Sendable {
    case list
    case article(Int)
    case help
    case skipped

    /// The keymap context that applies on this screen.
    var keyContext: Keymap.Context {
        switch self {
        case .list: return .list
        case .article: return .article
        case .help: return .help
        case .skipped: return .skipped
        }
    }
}

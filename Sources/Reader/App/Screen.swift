/// The screens of the reader; navigation pushes and pops them.
enum Screen: Equatable, Sendable {
    case list
    case article(Int)
    /// Two accounts of one story: the article you came from on the left.
    case compare(left: Int, right: Int)
    /// The people of one article.
    case people(Int)
    /// Everyone mentioned in the corpus.
    case corpusPeople
    /// One person's quotes across the corpus.
    case personQuotes(String)
    case help
    case skipped

    /// The keymap context that applies on this screen.
    var keyContext: Keymap.Context {
        switch self {
        case .list: return .list
        case .article: return .article
        case .compare: return .compare
        case .people, .corpusPeople, .personQuotes: return .people
        case .help: return .help
        case .skipped: return .skipped
        }
    }
}

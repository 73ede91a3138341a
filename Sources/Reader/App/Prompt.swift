/// A line of text the user is typing at the bottom of the screen (search, filter).
struct Prompt: Equatable, Sendable {
    /// What the typed text is for.
    enum Purpose: String, Sendable {
        case search = "/"
        case filter = "filter: "
    }

    var purpose: Purpose
    var text = ""
}

import Model

/// Everything that changes the state: commands from keys, and events from the terminal.
enum Action: Sendable {
    case command(Command)
    case resized(width: Int, height: Int)
    case annotated(articleIndex: Int, Annotations)
}

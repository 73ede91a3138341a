/// A mouse event, when the user has turned the mouse on in the config.
enum MouseEvent: Equatable, Sendable {
    case wheelUp, wheelDown
    case click(x: Int, y: Int)
}

/// The one mapping of movement commands to positions, shared by every scrolling view and
/// selection (article, side by side, help and other pages, people lists).
enum Movement {
    /// Where `position` goes for `command` with pages of `page` rows and `last` as the bottom;
    /// nil when `command` is no movement. The caller clamps.
    static func moved(_ position: Int, by command: Command, page: Int, last: Int) -> Int? {
        switch command {
        case .moveDown: return position + 1
        case .moveUp: return position - 1
        case .pageDown: return position + page
        case .pageUp: return position - page
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }
}

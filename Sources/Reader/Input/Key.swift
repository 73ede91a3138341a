/// A key press, decoded from ncurses into something views and the keymap can name.
enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete

    /// Parses a key name as written in the config file and help: `j`, `C-d`, `Enter`, `PgDn`, `S-Tab`.
    init?(name: String) {
        switch name.lowercased() {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "backspace": self = .backspace
        case "tab": self = .tab
        case "s-tab", "backtab": self = .backTab
        case "space": self = .character(" ")
        case "delete", "del": self = .delete
        default:
            if name.count == 3, name.lowercased().hasPrefix("c-"), let letter = name.last {
                self = .control(Character(letter.lowercased()))
            } else if name.count == 1, let character = name.first {
                self = .character(character)
            } else {
                return nil
            }
        }
    }

    /// The name shown in help and the status line.
    var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "C-\(letter)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .delete: return "Del"
        }
    }
}

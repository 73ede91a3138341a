import CNcurses
import Foundation

/// The ncurses adapter: starts and ends the screen, reads keys, and copies a `ScreenBuffer`
/// to the terminal cell by cell, only where it changed. The only type that draws.
final class Terminal {
    /// What a read from the keyboard produced.
    enum Event: Equatable {
        case key(Key)
        case mouse(MouseEvent)
        case resize
        case idle
    }

    /// Why the terminal could not be started.
    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    private let screen: OpaquePointer
    private var previous: ScreenBuffer?
    private var pairs: [ColorPairKey: Int16] = [:]
    private var attributeCache: [Role: (attr_t, Int16)] = [:]
    private let theme: Theme
    /// Colours the terminal can show (0 when monochrome is forced or there is no colour).
    let colors: Int
    private var ended = false

    /// Starts ncurses on the controlling terminal. Keys come from standard input, or from
    /// /dev/tty when standard input is a pipe (as `less` does).
    init(theme: Theme, monochrome: Bool) throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            throw StartError(description: "standard output is not a terminal; use `reader extract`, `reader stories` or `reader compare` to print")
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw StartError(description: "TERM is \(term.isEmpty ? "not set" : "'dumb'"): the reader needs a full-screen terminal; use `reader extract` or `reader compare` to print instead")
        }
        Self.useUTF8Locale()
        let input: UnsafeMutablePointer<FILE>?
        if isatty(STDIN_FILENO) == 1 {
            input = fdopen(dup(STDIN_FILENO), "r")
        } else {
            input = fopen("/dev/tty", "r")
        }
        guard let input, let output = fdopen(dup(STDOUT_FILENO), "w") else {
            throw StartError(description: "cannot open the terminal for keys (/dev/tty)")
        }
        guard let screen = newterm(nil, output, input) else {
            throw StartError(description: "unknown terminal type '\(term)'; try TERM=xterm-256color, or `reader extract` to print instead")
        }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(reader_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(reader_stdscr(), 250)
        var colourCount = 0
        if !monochrome, has_colors() {
            start_color()
            use_default_colors()
            colourCount = Int(reader_colors())
        }
        colors = colourCount
        self.theme = theme
    }

    deinit { end() }

    /// Restores the terminal; safe to call more than once.
    func end() {
        guard !ended else { return }
        ended = true
        // Terminals without an alternate screen (linux, vt100) keep what was drawn: leave the
        // shell a clean bottom line.
        wmove(reader_stdscr(), Int32(max(0, getmaxy(reader_stdscr()) - 1)), 0)
        wclrtoeol(reader_stdscr())
        wrefresh(reader_stdscr())
        endwin()
    }

    /// The window size in cells.
    var size: (width: Int, height: Int) {
        (Int(getmaxx(reader_stdscr())), Int(getmaxy(reader_stdscr())))
    }

    /// Turns on mouse clicks and the wheel (off unless the config asks for it).
    func enableMouse() {
        mousemask(reader_mouse_mask(), nil)
        mouseinterval(0)
    }

    private static func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        if state & reader_wheel_up() != 0 { return .wheelUp }
        if state & reader_wheel_down() != 0 { return .wheelDown }
        if state & reader_button1_clicked() != 0 { return .click(x: Int(event.x), y: Int(event.y)) }
        return nil
    }

    /// How long `readEvent` waits for a key before returning `.idle`.
    func setInputTimeout(milliseconds: Int32) {
        wtimeout(reader_stdscr(), milliseconds)
    }

    /// Writes an OSC 52 clipboard request (only ever on the user's explicit copy, when enabled).
    func copyToClipboard(_ text: String) {
        let payload = Data(text.utf8).base64EncodedString()
        let sequence = "\u{1B}]52;c;\(payload)\u{07}"
        fflush(nil)
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// Waits up to the input timeout for a key.
    func readEvent() -> Event {
        var character: wint_t = 0
        let result = wget_wch(reader_stdscr(), &character)
        if result == ERR { return .idle }
        if result == KEY_CODE_YES {
            let code = Int32(character)
            if code == reader_key_resize() { return .resize }
            if code == reader_key_mouse() { return Self.mouseEvent().map(Event.mouse) ?? .idle }
            return Self.functionKey(code).map(Event.key) ?? .idle
        }
        return Self.characterKey(UInt32(character)).map(Event.key) ?? .idle
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        default: return nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Copies the cells that changed since the last frame and updates the screen.
    func draw(_ buffer: ScreenBuffer) {
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(reader_stdscr()) }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.text.isEmpty { continue }
                if !full, let previous, previous[x, y] == cell,
                   x + 1 >= buffer.width || previous[x + 1, y] == buffer[x + 1, y] { continue }
                put(cell, x: x, y: y)
            }
        }
        previous = buffer
        wnoutrefresh(reader_stdscr())
        doupdate()
    }

    /// Gives the terminal back to the shell, stops the process (Ctrl-Z), and takes the terminal
    /// again once the shell continues it; the next draw repaints everything.
    func suspendUntilContinued() {
        guard !ended else { return }
        def_prog_mode()
        endwin()
        Signals.stopUntilContinued()
        reset_prog_mode()
        invalidate()
        refresh()
    }

    /// Forgets the last frame so the next draw repaints everything (after a resize or resume).
    func invalidate() {
        previous = nil
        clearok(reader_stdscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let (attributes, pair) = look(for: cell.role)
        var characters = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, pair, nil)
        mvwadd_wch(reader_stdscr(), Int32(y), Int32(x), &complex)
    }

    private struct ColorPairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    private func look(for role: Role) -> (attr_t, Int16) {
        if let cached = attributeCache[role] { return cached }
        let style = theme.style(for: role, colors: colors)
        var attributes = reader_a_normal()
        if style.attributes.contains(.bold) { attributes |= reader_a_bold() }
        if style.attributes.contains(.underline) { attributes |= reader_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= reader_a_reverse() }
        if style.attributes.contains(.dim) { attributes |= reader_a_dim() }
        var pair: Int16 = 0
        if colors > 0, style.foreground != nil || style.background != nil {
            let key = ColorPairKey(foreground: style.foreground ?? -1, background: style.background ?? -1)
            if let existing = pairs[key] {
                pair = existing
            } else if pairs.count + 1 < Int(reader_color_pairs()) {
                pair = Int16(pairs.count + 1)
                init_pair(pair, Int16(key.foreground), Int16(key.background))
                pairs[key] = pair
            }
        }
        attributeCache[role] = (attributes, pair)
        return (attributes, pair)
    }

    /// ncursesw drops non-ASCII text under a non-UTF-8 locale: fall back to C.UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }
}

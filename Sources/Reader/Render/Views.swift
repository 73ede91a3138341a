import Model

/// Draws the whole screen for `state`: the current view, then the status line.
func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
    buffer.fill(buffer.bounds, role: .text)
    guard buffer.width > 0, buffer.height > 0 else { return }
    let body = Rect(x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1))
    switch state.screen {
    case .list: ListView.render(state, in: body, into: &buffer)
    case .article(let index): ArticleView.render(state, articleIndex: index, in: body, into: &buffer)
    case .help: PageView.render(HelpView.lines(for: state), scroll: state.pageScroll, in: body, into: &buffer)
    case .skipped: PageView.render(SkippedView.lines(for: state), scroll: state.pageScroll, in: body, into: &buffer)
    }
    StatusBar.render(state, row: buffer.height - 1, into: &buffer)
}

/// The article list: one row per article, a column header on top.
enum ListView {
    static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0 else { return }
        let columns = Columns(width: rect.width)
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        draw(columns.header, at: rect.y, in: rect, role: .header, into: &buffer)
        if state.listOrder.isEmpty {
            buffer.put("No articles found.", x: rect.x + 1, y: rect.y + 2, role: .dim)
            return
        }
        for row in 0..<min(state.listRows, rect.height - 1) {
            let position = state.listTop + row
            guard position < state.listOrder.count else { break }
            let index = state.listOrder[position]
            let y = rect.y + 1 + row
            let selected = position == state.listSelection
            let line = columns.row(state.articles[index], annotations: state.annotations[index],
                                   unread: !state.read.contains(state.articles[index].id))
            if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
            draw(line, at: y, in: rect, role: selected ? .selection : .text, into: &buffer)
            if !selected, !state.read.contains(state.articles[index].id) {
                buffer.setRole(.unread, x: rect.x, y: y, count: 1)
            }
        }
    }

    private static func draw(_ text: String, at y: Int, in rect: Rect, role: Role, into buffer: inout ScreenBuffer) {
        buffer.put(text, x: rect.x, y: y, role: role, limit: rect.width)
    }

    /// Column widths for the list, dropping columns as the window narrows.
    struct Columns {
        let width: Int
        var outletWidth: Int { width >= 100 ? 22 : (width >= 60 ? 14 : 0) }
        var showDate: Bool { width >= 80 }
        var showCounts: Bool { width >= 70 }
        var titleWidth: Int {
            max(1, width - 2 - (outletWidth > 0 ? outletWidth + 1 : 0) - (showDate ? 11 : 0) - (showCounts ? 16 : 0))
        }

        var header: String {
            var line = "  "
            if outletWidth > 0 { line += pad("Outlet", outletWidth) + " " }
            line += pad("Title", titleWidth)
            if showDate { line += " " + pad("Date", 10) }
            if showCounts { line += " " + pad("Words", 5, right: true) + " " + pad("Q", 3, right: true) + " " + pad("P", 4, right: true) }
            return line
        }

        func row(_ article: Article, annotations: Annotations?, unread: Bool) -> String {
            var line = unread ? "● " : "  "
            if outletWidth > 0 { line += pad(article.outlet ?? "—", outletWidth) + " " }
            line += pad(article.title ?? article.id, titleWidth)
            if showDate { line += " " + pad(String((article.date ?? "").prefix(10)), 10) }
            if showCounts {
                let quotes = annotations.map { String($0.speech.count) } ?? "·"
                let people = annotations.map { String($0.people.count) } ?? "·"
                line += " " + pad(String(article.wordCount), 5, right: true) + " " + pad(quotes, 3, right: true) + " " + pad(people, 4, right: true)
            }
            return line
        }
    }

    /// `text` cut or padded to exactly `width` columns.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        var result = ""
        var used = 0
        for character in text {
            let cell = DisplayWidth.safeCell(character)
            if used + cell.width > width {
                while used + 1 > width, let last = result.popLast() { used -= DisplayWidth.width(of: last) }
                if width >= 1 {
                    result += "…"
                    used += 1
                }
                break
            }
            result += cell.text
            used += cell.width
        }
        let padding = String(repeating: " ", count: max(0, width - used))
        return right ? padding + result : result + padding
    }
}

/// One article: headline, facts, then the wrapped body with quotes and names coloured.
enum ArticleView {
    static func render(_ state: ReaderState, articleIndex: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let document = state.layouts.document(for: state, articleIndex: articleIndex)
        for row in 0..<rect.height {
            let index = state.articleScroll + row
            guard index < document.rows.count else { break }
            let line = document.rows[index]
            var x = rect.x + document.margin
            for (cell, role) in zip(line.cells, line.roles) {
                guard x + cell.width <= rect.maxX else { break }
                buffer[x, rect.y + row] = Cell(text: cell.text, role: role)
                if cell.width == 2 { buffer[x + 1, rect.y + row] = .continuation(role) }
                x += cell.width
            }
        }
    }
}

/// A plain scrolling page of lines (help, skipped inputs).
enum PageView {
    /// A line and its role.
    struct Line {
        var text: String
        var role: Role
    }

    static func render(_ lines: [Line], scroll: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        for row in 0..<rect.height {
            let index = scroll + row
            guard index < lines.count else { break }
            buffer.put(lines[index].text, x: rect.x + 1, y: rect.y + row, role: lines[index].role, limit: rect.width - 1)
        }
    }
}

/// The help screen, generated from the keymap that dispatches keys.
enum HelpView {
    static func lines(for state: ReaderState) -> [PageView.Line] {
        var lines = [PageView.Line(text: "Keys (rebind them with `bind <context> <key> <command>` in the config file)", role: .title)]
        let contexts: [(Keymap.Context, String)] = [(.list, "Article list"), (.article, "Article"), (.global, "Everywhere")]
        for (context, heading) in contexts {
            lines.append(PageView.Line(text: "", role: .text))
            lines.append(PageView.Line(text: heading, role: .header))
            for binding in state.keymap.bindings(in: context) where binding.context == context {
                let keys = binding.keys.map(\.name).joined(separator: ", ")
                lines.append(PageView.Line(text: "  " + ListView.pad(keys, 22) + binding.help, role: .text))
            }
        }
        return lines
    }
}

/// The inputs that gave no article, with reasons.
enum SkippedView {
    static func lines(for state: ReaderState) -> [PageView.Line] {
        [PageView.Line(text: "\(state.skipped.count) input(s) skipped", role: .title), PageView.Line(text: "", role: .text)]
            + state.skipped.map { PageView.Line(text: "\($0.location): \($0.reason)", role: .text) }
    }
}

/// The bottom line: where you are, a message, and the screen's main keys.
enum StatusBar {
    static func render(_ state: ReaderState, row: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1), role: .status)
        let hints = state.keymap.hints(in: state.screen.keyContext)
        let left = state.message ?? position(state)
        let role: Role = state.message == nil ? .status : .message
        let end = buffer.put(left, x: 0, y: row, role: role, limit: buffer.width)
        let hintWidth = DisplayWidth.width(of: hints)
        if end + 2 + hintWidth <= buffer.width {
            buffer.put(hints, x: buffer.width - hintWidth, y: row, role: .statusKey)
        }
    }

    static func position(_ state: ReaderState) -> String {
        switch state.screen {
        case .list:
            return state.listOrder.isEmpty ? "0 articles" : "\(state.listSelection + 1)/\(state.listOrder.count) articles"
        case .article(let index):
            let rows = state.layouts.document(for: state, articleIndex: index).rows.count
            let bottom = min(rows, state.articleScroll + state.bodyHeight)
            let percent = rows == 0 ? 100 : bottom * 100 / rows
            return "\(state.articles[index].outlet ?? "article") · \(percent)%"
        case .help: return "Help"
        case .skipped: return "Skipped inputs"
        }
    }
}

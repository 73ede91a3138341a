import Model

/// The article list: a column header, then story headers and one row per article.
enum ListView {
    static func render(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        guard rect.height > 0, rect.width > 0 else { return }
        let columns = Columns(width: rect.width)
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        buffer.put(columns.header, x: rect.x, y: rect.y, role: .header, limit: rect.width)
        if state.listEntries.isEmpty {
            let message = state.articles.isEmpty ? "No articles found." : "No article matches the filter (f to change it)."
            buffer.put(message, x: rect.x + 1, y: rect.y + 2, role: .dim, limit: rect.width - 1)
            return
        }
        let hits = Set(state.search?.listHits ?? [])
        for row in 0..<min(state.listRows, rect.height - 1) {
            let position = state.listTop + row
            guard position < state.listEntries.count else { break }
            let y = rect.y + 1 + row
            switch state.listEntries[position] {
            case .story(let story):
                let summary = state.stories[story]
                let text = "▸ \(summary.title) — \(summary.outlets.joined(separator: ", "))"
                buffer.put(text, x: rect.x, y: y, role: .header, limit: rect.width)
            case .article(let index):
                drawArticleRow(state, index: index, position: position, y: y, rect: rect, columns: columns,
                               isHit: hits.contains(position), into: &buffer)
            }
        }
    }

    private static func drawArticleRow(
        _ state: ReaderState, index: Int, position: Int, y: Int, rect: Rect, columns: Columns, isHit: Bool,
        into buffer: inout ScreenBuffer
    ) {
        let article = state.articles[index]
        let selected = position == state.listSelection
        let unread = !state.read.contains(article.id)
        let line = columns.row(article, words: state.layouts.wordCount(of: index, in: state),
                               annotations: state.annotations[index], unread: unread)
        let role: Role = selected ? .selection : .text
        if selected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
        buffer.put(line, x: rect.x, y: y, role: role, limit: rect.width)
        if !selected, unread { buffer.setRole(.unread, x: rect.x, y: y, count: 1) }
        if isHit, let query = state.search?.query {
            let title = article.displayTitle
            for hit in ByteSearch.matches(of: query, in: title, limit: 4) {
                let before = String(decoding: Array(title.utf8)[0..<hit.lowerBound], as: UTF8.self)
                let matched = String(decoding: Array(title.utf8)[hit], as: UTF8.self)
                let x = rect.x + columns.titleColumn + DisplayWidth.width(of: before)
                let width = min(DisplayWidth.width(of: matched), rect.x + columns.titleColumn + columns.titleWidth - x)
                if width > 0 { buffer.setRole(.searchHit, x: x, y: y, count: min(width, rect.maxX - x)) }
            }
        }
    }

    /// Column widths for the list, dropping columns as the window narrows.
    struct Columns {
        let width: Int
        var outletWidth: Int { width >= 100 ? 22 : (width >= 60 ? 14 : 0) }
        var showDate: Bool { width >= 80 }
        var showCounts: Bool { width >= 70 }
        var titleColumn: Int { 2 + (outletWidth > 0 ? outletWidth + 1 : 0) }
        var titleWidth: Int {
            max(1, width - titleColumn - (showDate ? 11 : 0) - (showCounts ? 16 : 0))
        }

        var header: String {
            var line = "  "
            if outletWidth > 0 { line += pad("Outlet", outletWidth) + " " }
            line += pad("Title", titleWidth)
            if showDate { line += " " + pad("Date", 10) }
            if showCounts { line += " " + pad("Words", 5, right: true) + " " + pad("Q", 3, right: true) + " " + pad("P", 4, right: true) }
            return line
        }

        func row(_ article: Article, words: Int, annotations: Annotations?, unread: Bool) -> String {
            var line = unread ? "● " : "  "
            if outletWidth > 0 { line += pad(article.outlet ?? "—", outletWidth) + " " }
            line += pad(article.displayTitle, titleWidth)
            if showDate { line += " " + pad(String((article.date ?? "").prefix(10)), 10) }
            if showCounts {
                let quotes = annotations.map { String($0.speech.count) } ?? "·"
                let people = annotations.map { String($0.people.count) } ?? "·"
                line += " " + pad(String(words), 5, right: true) + " " + pad(quotes, 3, right: true) + " " + pad(people, 4, right: true)
            }
            return line
        }
    }

    /// `text` cut (with an ellipsis) or padded to exactly `width` columns.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        var result = ""
        var used = 0
        var escape = EscapeSkipper()
        for character in text {
            if escape.consume(character) { continue }
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

import Model

/// The people screens: one article's people, everyone in the corpus, one person's quotes.
enum PeopleView {
    static func renderArticlePeople(_ state: ReaderState, articleIndex: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let people = PeopleDirectory.people(of: articleIndex, state)
        let title = "People in “\(state.articles[articleIndex].displayTitle)”"
        let rows = people.map { person in
            ListView.pad(person.name + (person.inferred ? " (inferred)" : ""), max(10, rect.width - 26))
                + ListView.pad("\(person.mentions) mention(s)", 14, right: true)
                + ListView.pad("\(person.quotes) quote(s)", 11, right: true)
        }
        let empty = state.annotations[articleIndex] == nil ? "Finding people…" : "No people named in this article."
        renderRows(title: title, rows: rows, empty: empty, state: state, in: rect, into: &buffer)
    }

    static func renderCorpusPeople(_ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let people = PeopleDirectory.corpusPeople(state)
        let pending = state.articles.count - state.annotations.count
        var title = "People in the corpus: mentions / quotes by outlet"
        if pending > 0 { title += " (\(pending) article(s) still being read)" }
        let rows = people.map { person in
            let outlets = person.byOutlet.map { "\($0.outlet) \($0.mentions)/\($0.quotes)" }.joined(separator: " · ")
            return ListView.pad(person.name, 24) + ListView.pad("\(person.mentions)/\(person.quotes)", 8, right: true) + "  " + outlets
        }
        renderRows(title: title, rows: rows, empty: "No people found yet.", state: state, in: rect, into: &buffer)
    }

    static func renderQuotes(of name: String, _ state: ReaderState, in rect: Rect, into buffer: inout ScreenBuffer) {
        let entries = PeopleDirectory.quotes(of: name, state)
        var headers = Set<Int>()
        let rows = entries.enumerated().map { position, entry -> String in
            switch entry {
            case .story(let title):
                headers.insert(position)
                return "▸ " + title
            case .quote(let article, let quote):
                let item = state.articles[article]
                let span = state.annotations[article]?.speech[quote].span ?? 0..<0
                let words = TextLayout.drawableCells(item.text, range: span).map(\.text).joined()
                return "  " + ListView.pad(item.outlet ?? "unknown outlet", 20) + " “" + words + "”"
            }
        }
        renderRows(title: "Quotes of \(name), by story", rows: rows, empty: "No quotations attributed to \(name).",
                   headers: headers, state: state, in: rect, into: &buffer)
    }

    private static func renderRows(
        title: String, rows: [String], empty: String, headers: Set<Int> = [], state: ReaderState,
        in rect: Rect, into buffer: inout ScreenBuffer
    ) {
        guard rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
        buffer.put(title, x: rect.x + 1, y: rect.y, role: .header, limit: rect.width - 1)
        guard !rows.isEmpty else {
            buffer.put(empty, x: rect.x + 1, y: rect.y + 2, role: .dim, limit: rect.width - 1)
            return
        }
        let visible = max(1, rect.height - 1)
        let top = max(0, min(state.pageSelection - visible / 2, rows.count - visible))
        for row in 0..<visible {
            let position = top + row
            guard position < rows.count else { break }
            let y = rect.y + 1 + row
            let role: Role = position == state.pageSelection ? .selection : (headers.contains(position) ? .header : .text)
            if role == .selection { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selection) }
            buffer.put(rows[position], x: rect.x + 1, y: y, role: role, limit: rect.width - 1)
        }
    }
}

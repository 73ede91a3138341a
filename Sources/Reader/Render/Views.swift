import Model

/// Draws the whole screen for `state`: the current view, then the prompt or status line.
func render(_ state: ReaderState, into buffer: inout ScreenBuffer) {
    buffer.fill(buffer.bounds, role: .text)
    guard buffer.width > 0, buffer.height > 0 else { return }
    let body = Rect(x: 0, y: 0, width: buffer.width, height: max(0, buffer.height - 1))
    switch state.screen {
    case .list:
        if state.isSplit {
            renderSplit(state, article: state.selectedArticleIndex, in: body, into: &buffer)
        } else {
            ListView.render(state, in: body, into: &buffer)
        }
    case .article(let index):
        if state.isSplit {
            renderSplit(state, article: index, in: body, into: &buffer)
        } else {
            ArticleView.render(state, articleIndex: index, in: body, into: &buffer)
        }
    case .compare(let left, let right):
        CompareView.render(state, left: left, right: right, in: body, into: &buffer)
    case .people(let index):
        PeopleView.renderArticlePeople(state, articleIndex: index, in: body, into: &buffer)
    case .corpusPeople:
        PeopleView.renderCorpusPeople(state, in: body, into: &buffer)
    case .personQuotes(let name):
        PeopleView.renderQuotes(of: name, state, in: body, into: &buffer)
    case .help:
        PageView.render(HelpView.lines(for: state), scroll: state.pageScroll, in: body, into: &buffer)
    case .skipped:
        PageView.render(SkippedView.lines(for: state), scroll: state.pageScroll, in: body, into: &buffer)
    }
    if let prompt = state.prompt {
        PromptLine.render(prompt, row: buffer.height - 1, into: &buffer)
    } else {
        StatusBar.render(state, row: buffer.height - 1, into: &buffer)
    }
}

/// The list on the left and an article on the right, for wide windows.
private func renderSplit(_ state: ReaderState, article: Int?, in rect: Rect, into buffer: inout ScreenBuffer) {
    let listWidth = state.listPaneWidth
    ListView.render(state, in: Rect(x: rect.x, y: rect.y, width: listWidth, height: rect.height), into: &buffer)
    for y in rect.y..<rect.maxY { buffer.put("│", x: listWidth, y: y, role: .border) }
    let right = Rect(x: listWidth + 1, y: rect.y, width: rect.width - listWidth - 1, height: rect.height)
    guard let article else { return }
    var preview = state
    if case .list = state.screen { preview.articleScroll = 0 }
    ArticleView.render(preview, articleIndex: article, in: right, into: &buffer)
}

/// The bottom line while typing a search or filter.
enum PromptLine {
    static func render(_ prompt: Prompt, row: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: 0, y: row, width: buffer.width, height: 1), role: .text)
        let text = prompt.purpose.rawValue + prompt.text
        // Keep the end of long input visible.
        let visible = String(text.suffix(max(1, buffer.width - 1)))
        let end = buffer.put(visible, x: 0, y: row, role: .text)
        if end < buffer.width { buffer.put("█", x: end, y: row, role: .dim) }
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
        let contexts: [(Keymap.Context, String)] = [
            (.list, "Article list (list)"), (.article, "Article (article)"), (.compare, "Side by side (compare)"),
            (.people, "People (people)"), (.global, "Everywhere (global)"),
        ]
        for (context, heading) in contexts {
            lines.append(PageView.Line(text: "", role: .text))
            lines.append(PageView.Line(text: heading, role: .header))
            for binding in state.keymap.bindings(in: context) where binding.context == context {
                let keys = binding.keys.map(\.name).joined(separator: ", ")
                lines.append(PageView.Line(text: "  " + ListView.pad(keys, 22) + binding.help + "  (\(binding.command.rawValue))", role: .text))
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
            let articles = state.listEntries.filter { if case .article = $0 { return true } else { return false } }.count
            var text = articles == 0 ? "0 articles" : "\(state.listSelection + 1)/\(state.listEntries.count) · \(articles) articles"
            if !state.stories.isEmpty { text += " · \(state.stories.filter { $0.members.count > 1 }.count) stories" }
            if let loading = state.loading { text += " · reading \(loading.inputsRead)/\(loading.inputCount) files" }
            if let filter = state.listOptions.filter { text += " · filter “\(filter)”" }
            if state.listOptions.sort != .input { text += " · by \(state.listOptions.sort.rawValue)" }
            return text
        case .article(let index):
            let rows = state.layouts.document(for: state, articleIndex: index).rows.count
            let bottom = min(rows, state.articleScroll + state.bodyHeight)
            let percent = rows == 0 ? 100 : bottom * 100 / rows
            var text = "\(state.articles[index].outlet ?? "article") · \(percent)%"
            if let focus = state.focusPerson { text += " · only \(focus)" }
            return text
        case .compare(let left, let right):
            return "\(state.articles[left].outlet ?? "left") ⇄ \(state.articles[right].outlet ?? "right")"
        case .people: return "People in this article"
        case .corpusPeople: return "People in the corpus"
        case .personQuotes(let name): return "Quotes of \(name)"
        case .help: return "Help"
        case .skipped: return "Skipped inputs"
        }
    }
}

import Model

/// One article: headline, facts, then the wrapped body with quotes and names coloured, the
/// current quote, search hits and a focused person emphasised.
enum ArticleView {
    static func render(_ state: ReaderState, articleIndex: Int, in rect: Rect, into buffer: inout ScreenBuffer) {
        let document = state.layouts.document(for: state, articleIndex: articleIndex)
        let emphasis = Emphasis(state, articleIndex: articleIndex)
        for row in 0..<rect.height {
            let index = state.articleScroll + row
            guard index < document.rows.count else { break }
            let line = document.rows[index]
            var x = rect.x + document.margin
            for (cell, baseRole) in zip(line.cells, line.roles) {
                guard x + cell.width <= rect.maxX else { break }
                let role = line.offset == nil ? baseRole : emphasis.role(at: cell.offset, base: baseRole)
                buffer[x, rect.y + row] = Cell(text: cell.text, role: role)
                if cell.width == 2 { buffer[x + 1, rect.y + row] = .continuation(role) }
                x += cell.width
            }
        }
    }

    /// What the state singles out in the article, on top of the document's own roles.
    struct Emphasis {
        private let current: Range<Int>?
        private let hits: SpanIndex
        private let currentHit: Range<Int>?
        private let focus: SpanIndex?

        init(_ state: ReaderState, articleIndex: Int) {
            let speech = state.annotations[articleIndex]?.speech ?? []
            current = state.currentQuote.flatMap { speech.indices.contains($0) ? speech[$0].span : nil }
            hits = SpanIndex(state.search?.articleHits ?? [])
            currentHit = state.search.flatMap { search in
                search.current.flatMap { search.articleHits.indices.contains($0) ? search.articleHits[$0] : nil }
            }
            if let person = state.focusPerson, let annotations = state.annotations[articleIndex] {
                focus = SpanIndex(focusSpans(annotations, person: person))
            } else {
                focus = nil
            }
        }

        func role(at offset: Int, base: Role) -> Role {
            if let currentHit, currentHit.contains(offset) { return .quoteCurrent }
            if hits.contains(offset) { return .searchHit }
            if let focus {
                if focus.contains(offset) { return .personFocus }
                if base == .person || base == .speaker || base == .quote || base == .inferred { return .text }
            }
            if let current, current.contains(offset) { return .quoteCurrent }
            return base
        }
    }
}

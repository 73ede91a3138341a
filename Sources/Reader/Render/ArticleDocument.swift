import Model

/// An article laid out for one width: rows of cells with their roles, headline first.
/// Built once per width (see `LayoutCache`); views copy the visible rows.
struct ArticleDocument: Sendable {
    /// One row of the document.
    struct Row: Sendable {
        var cells: [TextLayout.LaidCell]
        var roles: [Role]
        /// UTF-8 offset in the article where the row starts; nil for header rows.
        var offset: Int?
    }

    private(set) var rows: [Row] = []
    /// For each direct quotation (in text order), the first row showing it.
    private(set) var quoteRows: [Int] = []
    /// The left margin, in columns.
    let margin: Int

    init(article: Article, annotations: Annotations, width: Int, showBoilerplate: Bool) {
        margin = width >= 30 ? 1 : 0
        let textWidth = max(1, width - 2 * margin)
        appendHeader(article: article, width: textWidth)
        let allSegments = showBoilerplate ? article.paragraphs : Self.visibleSegments(of: article)
        let segments = Self.capped(allSegments, bytes: Self.displayLimit)
        let styler = SpanStyler(article: article, annotations: annotations)
        let lines = TextLayout.wrap(article.text, segments: segments, width: textWidth)
        for line in lines {
            let roles = line.cells.map { styler.role(at: $0.offset) }
            rows.append(Row(cells: line.cells, roles: roles, offset: line.offset))
        }
        quoteRows = Self.firstRows(of: annotations.speech.map(\.span), in: rows)
        if segments != allSegments {
            let notice = "— The reader shows the first \(Self.displayLimit / 1_000_000) MB of this \(article.text.utf8.count / 1_000_000) MB article; `reader extract` reads all of it. —"
            let cells = TextLayout.drawableCells(notice, range: 0..<notice.utf8.count)
            rows.append(Row(cells: [], roles: [], offset: nil))
            for row in TextLayout.breakIntoRows(cells, width: textWidth) {
                rows.append(Row(cells: row, roles: Array(repeating: .meta, count: row.count), offset: nil))
            }
        }
    }

    /// The most text laid out for one article: past this a notice says the rest is not shown,
    /// so a 100 MB file opens in a moment and in bounded memory.
    static let displayLimit = 2_000_000

    /// The segments, cut so that together they hold at most `bytes` bytes.
    static func capped(_ segments: [Range<Int>], bytes: Int) -> [Range<Int>] {
        var remaining = bytes
        var result: [Range<Int>] = []
        for segment in segments {
            guard remaining > 0 else { break }
            let end = segment.lowerBound + min(segment.count, remaining)
            result.append(segment.lowerBound..<end)
            remaining -= end - segment.lowerBound
        }
        return result
    }

    /// The body row showing the text at byte `offset`, if it is shown.
    func row(containing offset: Int) -> Int? {
        var candidate: Int?
        for (index, row) in rows.enumerated() {
            guard let start = row.cells.first?.offset, let last = row.cells.last?.offset else { continue }
            if start > offset { break }
            if offset <= last { return index }
            candidate = index
        }
        return candidate
    }

    /// For each span (in text order), the first body row whose text reaches it.
    private static func firstRows(of spans: [Range<Int>], in rows: [Row]) -> [Int] {
        var result: [Int] = []
        var next = 0
        for (index, row) in rows.enumerated() where row.offset != nil {
            guard let last = row.cells.last else { continue }
            while next < spans.count, spans[next].lowerBound <= last.offset {
                result.append(index)
                next += 1
            }
        }
        while next < spans.count {
            result.append(max(0, rows.count - 1))
            next += 1
        }
        return result
    }

    /// Headline, then a line of outlet · date · author, flags, then a rule.
    private mutating func appendHeader(article: Article, width: Int) {
        let title = article.displayTitle
        let titleCells = TextLayout.drawableCells(title, range: 0..<title.utf8.count)
        for row in TextLayout.breakIntoRows(titleCells, width: width) {
            rows.append(Row(cells: row, roles: Array(repeating: .title, count: row.count), offset: nil))
        }
        var facts = [article.outlet ?? "outlet unknown"]
        if let date = article.date { facts.append(date) }
        if let author = article.author { facts.append("by " + author) }
        if !article.degradation.isEmpty { facts.append("lower-cased text: quotes and names inferred") }
        let meta = facts.joined(separator: " · ")
        let metaCells = TextLayout.drawableCells(meta, range: 0..<meta.utf8.count)
        for row in TextLayout.breakIntoRows(metaCells, width: width) {
            rows.append(Row(cells: row, roles: Array(repeating: .meta, count: row.count), offset: nil))
        }
        rows.append(Row(cells: [], roles: [], offset: nil))
    }

    /// Paragraph pieces that are not boilerplate (boilerplate may cut a paragraph in two).
    static func visibleSegments(of article: Article) -> [Range<Int>] {
        let boilerplate = article.boilerplate.sorted { $0.lowerBound < $1.lowerBound }
        var segments: [Range<Int>] = []
        for paragraph in article.paragraphs {
            var start = paragraph.lowerBound
            for cut in boilerplate where cut.overlaps(paragraph) {
                if cut.lowerBound > start { segments.append(start..<cut.lowerBound) }
                start = max(start, cut.upperBound)
            }
            if start < paragraph.upperBound { segments.append(start..<paragraph.upperBound) }
        }
        return segments.filter { !article.substring($0).allSatisfy { $0.isWhitespace || $0.isPunctuation } }
    }
}

/// Decides the role of each byte of an article: names over quotes over plain text.
struct SpanStyler: Sendable {
    private let boilerplate: SpanIndex
    private let speakers: SpanIndex
    private let people: SpanIndex
    private let inferredPeople: SpanIndex
    private let quotes: SpanIndex
    private let inferredQuotes: SpanIndex
    private let scare: SpanIndex

    init(article: Article, annotations: Annotations) {
        boilerplate = SpanIndex(article.boilerplate)
        speakers = SpanIndex(annotations.speech.compactMap(\.speakerMention))
        people = SpanIndex(annotations.people.filter { !$0.inferred }.flatMap(\.mentions))
        inferredPeople = SpanIndex(annotations.people.filter(\.inferred).flatMap(\.mentions))
        quotes = SpanIndex(annotations.speech.filter { !$0.inferred }.map(\.span))
        inferredQuotes = SpanIndex(annotations.speech.filter(\.inferred).map(\.span))
        scare = SpanIndex(annotations.quotes.filter { $0.kind == .scare }.map(\.span))
    }

    func role(at offset: Int) -> Role {
        if boilerplate.contains(offset) { return .boilerplate }
        if speakers.contains(offset) { return .speaker }
        if people.contains(offset) || inferredPeople.contains(offset) { return .person }
        if quotes.contains(offset) { return .quote }
        if inferredQuotes.contains(offset) { return .inferred }
        if scare.contains(offset) { return .scare }
        return .text
    }
}

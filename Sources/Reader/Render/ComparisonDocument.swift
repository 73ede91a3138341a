import Model

/// Two accounts laid out for one width: side by side in two columns when wide enough,
/// otherwise interleaved in one labelled column. Built once per width (see `LayoutCache`).
struct ComparisonDocument: Sendable {
    /// A run of cells at a column of the row.
    struct Piece: Sendable {
        var x: Int
        var cells: [TextLayout.LaidCell]
        var roles: [Role]
    }

    /// One screen row: the pieces drawn on it.
    struct Row: Sendable {
        var pieces: [Piece]
    }

    /// The narrowest window that gets two columns.
    static let minimumSideBySideWidth = 100

    private(set) var rows: [Row] = []
    /// Rows where a difference starts (changed words, a passage one side lacks), for n and N.
    private(set) var differenceRows: [Int] = []
    /// True when drawn as two columns.
    let isSideBySide: Bool
    /// How many passages matched, and how many quotations changed between the accounts.
    private(set) var matchedCount = 0
    private(set) var quoteChangeCount = 0

    init(left: Article, leftAnnotations: Annotations, right: Article, rightAnnotations: Annotations,
         alignment: Alignment, width: Int) {
        isSideBySide = width >= Self.minimumSideBySideWidth
        let leftName = left.outlet ?? "left account"
        let rightName = right.outlet ?? "right account"
        let leftStyle = DiffStyler(article: left, annotations: leftAnnotations,
                                   changed: alignment.matches.flatMap { $0.differences.filter { $0.kind != .same }.map(\.left) },
                                   changeRole: .diffRemoved)
        let rightStyle = DiffStyler(article: right, annotations: rightAnnotations,
                                    changed: alignment.matches.flatMap { $0.differences.filter { $0.kind != .same }.map(\.right) },
                                    changeRole: .diffAdded)
        let columnWidth = isSideBySide ? (width - 3) / 2 : max(1, width - 2)
        let rightX = isSideBySide ? columnWidth + 3 : 1
        appendHeader(left: left, right: right, columnWidth: columnWidth, rightX: rightX)
        for row in alignment.rows {
            switch row {
            case .matched(let match):
                matchedCount += 1
                quoteChangeCount += match.quoteChanges.count
                let differs = match.differences.contains { $0.kind != .same }
                let leftLines = leftStyle.lines(match.left, width: columnWidth)
                let rightLines = rightStyle.lines(match.right, width: columnWidth)
                appendBlock(leftLines: leftLines, rightLines: rightLines, leftLabel: leftName, rightLabel: rightName,
                            columnWidth: columnWidth, rightX: rightX, isDifference: differs)
            case .leftOnly(let range):
                appendBlock(leftLines: leftStyle.lines(range, width: columnWidth, only: true), rightLines: nil,
                            leftLabel: leftName, rightLabel: "not in \(rightName)",
                            columnWidth: columnWidth, rightX: rightX, isDifference: true)
            case .rightOnly(let range):
                appendBlock(leftLines: nil, rightLines: rightStyle.lines(range, width: columnWidth, only: true),
                            leftLabel: "not in \(leftName)", rightLabel: rightName,
                            columnWidth: columnWidth, rightX: rightX, isDifference: true)
            }
        }
    }

    private mutating func appendHeader(left: Article, right: Article, columnWidth: Int, rightX: Int) {
        let leftTitle = "\(left.outlet ?? "unknown outlet"): \(left.displayTitle)"
        let rightTitle = "\(right.outlet ?? "unknown outlet"): \(right.displayTitle)"
        if isSideBySide {
            rows.append(Row(pieces: [text(leftTitle, x: 1, width: columnWidth, role: .title),
                                     text(rightTitle, x: rightX, width: columnWidth, role: .title)]))
        } else {
            rows.append(Row(pieces: [text("◀ " + leftTitle, x: 1, width: columnWidth, role: .title)]))
            rows.append(Row(pieces: [text("▶ " + rightTitle, x: 1, width: columnWidth, role: .title)]))
        }
        rows.append(Row(pieces: []))
    }

    /// A matched pair or a one-sided passage: two columns on the same rows, or labelled in turn.
    private mutating func appendBlock(
        leftLines: [[(TextLayout.LaidCell, Role)]]?, rightLines: [[(TextLayout.LaidCell, Role)]]?,
        leftLabel: String, rightLabel: String, columnWidth: Int, rightX: Int, isDifference: Bool
    ) {
        if isDifference { differenceRows.append(rows.count) }
        if isSideBySide {
            let height = max(leftLines?.count ?? 1, rightLines?.count ?? 1)
            for line in 0..<height {
                var pieces: [Piece] = []
                pieces.append(side(leftLines, line: line, x: 1, width: columnWidth, missing: leftLabel))
                pieces.append(text("│", x: columnWidth + 1, width: 1, role: .border))
                pieces.append(side(rightLines, line: line, x: rightX, width: columnWidth, missing: rightLabel))
                rows.append(Row(pieces: pieces))
            }
        } else {
            rows.append(Row(pieces: [text("◀ " + leftLabel, x: 1, width: columnWidth, role: leftLines == nil ? .filler : .header)]))
            for line in leftLines ?? [] { rows.append(Row(pieces: [piece(line, x: 2)])) }
            rows.append(Row(pieces: [text("▶ " + rightLabel, x: 1, width: columnWidth, role: rightLines == nil ? .filler : .header)]))
            for line in rightLines ?? [] { rows.append(Row(pieces: [piece(line, x: 2)])) }
        }
        rows.append(Row(pieces: []))
    }

    /// Line `line` of one column, or the filler that says the passage is missing there.
    private func side(_ lines: [[(TextLayout.LaidCell, Role)]]?, line: Int, x: Int, width: Int, missing: String) -> Piece {
        guard let lines else {
            return line == 0 ? text("∅ " + missing, x: x, width: width, role: .filler) : Piece(x: x, cells: [], roles: [])
        }
        return lines.indices.contains(line) ? piece(lines[line], x: x) : Piece(x: x, cells: [], roles: [])
    }

    private func piece(_ line: [(TextLayout.LaidCell, Role)], x: Int) -> Piece {
        Piece(x: x, cells: line.map(\.0), roles: line.map(\.1))
    }

    private func text(_ string: String, x: Int, width: Int, role: Role) -> Piece {
        let cells = TextLayout.drawableCells(string, range: 0..<string.utf8.count)
        let row = TextLayout.breakIntoRows(cells, width: width).first ?? []
        return Piece(x: x, cells: row, roles: Array(repeating: role, count: row.count))
    }
}

/// Colours one account's passages: its own quotes and names, with changed words on top.
struct DiffStyler: Sendable {
    let article: Article
    let base: SpanStyler
    let changed: SpanIndex
    let changeRole: Role

    init(article: Article, annotations: Annotations, changed: [Range<Int>], changeRole: Role) {
        self.article = article
        base = SpanStyler(article: article, annotations: annotations)
        self.changed = SpanIndex(changed)
        self.changeRole = changeRole
    }

    /// The passage wrapped to `width`, each cell with its role; `only` marks a one-sided passage.
    func lines(_ range: Range<Int>, width: Int, only: Bool = false) -> [[(TextLayout.LaidCell, Role)]] {
        TextLayout.wrap(article.text, segments: [range], width: width).map { line in
            line.cells.map { cell in
                let role = base.role(at: cell.offset)
                if changed.contains(cell.offset) { return (cell, changeRole) }
                if only && role == .text { return (cell, .onlyHere) }
                return (cell, role)
            }
        }
    }
}

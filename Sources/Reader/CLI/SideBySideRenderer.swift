import Model

/// Lays an `Alignment` out as two text columns for standard output.
///
/// Plain text marks differences wdiff-style ([-only left-] {+only right+}); with `colours` the
/// marks give way to ANSI SGR colours (red: only left, green: only right, yellow: changed).
/// Article text is sanitised before it is laid out.
struct SideBySideRenderer {
    /// Total width in columns.
    let width: Int
    /// Colour with SGR sequences instead of bracket marks.
    let colours: Bool

    /// How a stretch of text is shown.
    enum Style { case plain, removed, added, changed, note }

    /// A stretch of text with one style.
    struct Piece {
        var text: String
        var style: Style
    }

    static let markerWidth = 7

    /// The whole comparison: a header, then every row.
    func render(_ alignment: Alignment, left: Article, right: Article) -> String {
        let column = max(10, (width - Self.markerWidth - 3) / 2)
        var output = ""
        output += line(marker: "", left: [Piece(text: left.outlet ?? left.id, style: .note)],
                       right: [Piece(text: right.outlet ?? right.id, style: .note)], column: column)
        output += String(repeating: "-", count: min(width, Self.markerWidth + 2 * column + 3)) + "\n"
        for row in alignment.rows {
            switch row {
            case .matched(let match):
                let (leftPieces, rightPieces) = pieces(match, left: left, right: right)
                let score = Int((match.score * 100).rounded())
                output += line(marker: "= \(score)%", left: leftPieces, right: rightPieces, column: column)
                for change in match.quoteChanges {
                    output += line(marker: "", left: [Piece(text: describe(change, match, left: left, right: right), style: .note)],
                                   right: [], column: width - Self.markerWidth, single: true)
                }
            case .leftOnly(let range):
                output += line(marker: "<", left: [Piece(text: left.substring(range), style: .plain)], right: [], column: column)
            case .rightOnly(let range):
                output += line(marker: ">", left: [], right: [Piece(text: right.substring(range), style: .plain)], column: column)
            }
        }
        return output
    }

    /// The two passages of a pair cut into styled pieces along the word differences.
    func pieces(_ match: MatchedPassages, left: Article, right: Article) -> ([Piece], [Piece]) {
        var leftPieces: [Piece] = [], rightPieces: [Piece] = []
        var leftCursor = match.left.lowerBound, rightCursor = match.right.lowerBound
        for run in match.differences {
            if run.left.lowerBound > leftCursor {
                leftPieces.append(Piece(text: left.substring(leftCursor..<run.left.lowerBound), style: .plain))
            }
            if run.right.lowerBound > rightCursor {
                rightPieces.append(Piece(text: right.substring(rightCursor..<run.right.lowerBound), style: .plain))
            }
            let (leftStyle, rightStyle): (Style, Style) = switch run.kind {
            case .same: (.plain, .plain)
            case .removed: (.removed, .plain)
            case .added: (.plain, .added)
            case .changed: (.changed, .changed)
            }
            if !run.left.isEmpty { leftPieces.append(Piece(text: left.substring(run.left), style: leftStyle)) }
            if !run.right.isEmpty { rightPieces.append(Piece(text: right.substring(run.right), style: rightStyle)) }
            leftCursor = max(leftCursor, run.left.upperBound)
            rightCursor = max(rightCursor, run.right.upperBound)
        }
        if leftCursor < match.left.upperBound {
            leftPieces.append(Piece(text: left.substring(leftCursor..<match.left.upperBound), style: .plain))
        }
        if rightCursor < match.right.upperBound {
            rightPieces.append(Piece(text: right.substring(rightCursor..<match.right.upperBound), style: .plain))
        }
        return (leftPieces, rightPieces)
    }

    /// A sentence saying what happened to a quotation.
    func describe(_ change: QuoteChange, _ match: MatchedPassages, left: Article, right: Article) -> String {
        let run = match.differences[change.differenceIndex]
        let leftName = left.outlet ?? "left", rightName = right.outlet ?? "right"
        switch change.kind {
        case .cutShort:
            let longer = change.shorterSide == .right ? left.substring(run.left) : right.substring(run.right)
            let shorter = change.shorterSide == .right ? rightName : leftName
            return "quote cut short: \(shorter) leaves out \"\(longer)\""
        case .reworded:
            return "quote reworded: \"\(left.substring(run.left))\" / \"\(right.substring(run.right))\""
        case .otherSpeaker:
            return "quote given to another speaker: \(left.substring(run.left)) / \(right.substring(run.right))"
        }
    }

    /// Wraps both columns and joins them line by line.
    func line(marker: String, left: [Piece], right: [Piece], column: Int, single: Bool = false) -> String {
        let leftLines = wrap(left, width: column)
        let rightLines = single ? [] : wrap(right, width: column)
        let separator = colours ? " \u{2502} " : " | "
        var output = ""
        for index in 0..<max(1, max(leftLines.count, rightLines.count)) {
            let mark = index == 0 ? marker : ""
            output += mark + String(repeating: " ", count: max(0, Self.markerWidth - DisplayWidth.width(of: mark)))
            let (leftText, leftWidth) = index < leftLines.count ? leftLines[index] : ("", 0)
            output += leftText
            if !single {
                output += String(repeating: " ", count: max(0, column - leftWidth)) + separator
                if index < rightLines.count { output += rightLines[index].0 }
            }
            output += "\n"
        }
        return output
    }

    /// Greedy word wrap of styled pieces into lines (text with marks or SGR, display width).
    func wrap(_ pieces: [Piece], width: Int) -> [(String, Int)] {
        var lines: [(String, Int)] = []
        var current = "", currentWidth = 0
        var endedWithSpace = false
        for piece in pieces {
            let clean = TextSanitizer.clean(piece.text)
            defer { if !clean.isEmpty { endedWithSpace = clean.hasSuffix(" ") } }
            let (open, close) = marks(piece.style)
            let words = clean.split(separator: " ", omittingEmptySubsequences: true)
            for (index, word) in words.enumerated() {
                var text = String(word)
                if index == 0 { text = open + text }
                if index == words.count - 1 { text += close }
                var wordWidth = DisplayWidth.width(of: text)
                let joinsPrevious = index == 0 && !clean.hasPrefix(" ") && !endedWithSpace && !current.isEmpty
                let gap = current.isEmpty || joinsPrevious ? 0 : 1
                if currentWidth + gap + wordWidth > width, !current.isEmpty {
                    lines.append((current, currentWidth))
                    current = ""
                    currentWidth = 0
                } else if gap == 1 {
                    current += " "
                    currentWidth += 1
                }
                while wordWidth > width {
                    let (head, headWidth, rest) = DisplayWidth.split(text, at: width)
                    lines.append((style(head, piece.style), headWidth))
                    text = rest
                    wordWidth = DisplayWidth.width(of: text)
                }
                current += style(text, piece.style)
                currentWidth += wordWidth
            }
        }
        if !current.isEmpty { lines.append((current, currentWidth)) }
        return lines
    }

    /// Bracket marks for plain text (none when colouring).
    func marks(_ style: Style) -> (String, String) {
        guard !colours else { return ("", "") }
        switch style {
        case .removed: return ("[-", "-]")
        case .added: return ("{+", "+}")
        case .changed: return ("[~", "~]")
        case .plain, .note: return ("", "")
        }
    }

    /// `text` wrapped in the style's SGR sequence when colouring.
    func style(_ text: String, _ style: Style) -> String {
        guard colours else { return text }
        let code: String
        switch style {
        case .plain: return text
        case .removed: code = "31"
        case .added: code = "32"
        case .changed: code = "33"
        case .note: code = "2"
        }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }
}

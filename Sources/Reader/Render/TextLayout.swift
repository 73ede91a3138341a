/// Wraps article text to a column width, keeping each cell's byte offset so views can colour
/// quotes and names found by the Model. Escape sequences and controls are dropped here, so
/// nothing from an article can reach the terminal as a command.
enum TextLayout {
    /// One drawable grapheme and where it came from in the article text.
    struct LaidCell: Equatable, Sendable {
        var text: String
        var width: Int
        /// UTF-8 offset of the grapheme in the article text.
        var offset: Int
    }

    /// One screen row of wrapped text.
    struct Line: Equatable, Sendable {
        var cells: [LaidCell]
        /// Index of the source segment this row belongs to (-1 for a blank separator row).
        var segment: Int
        /// UTF-8 offset where the row starts (or the segment's end, for a blank row).
        var offset: Int
    }

    /// Wraps each byte range of `text` to `width` columns, a blank row between segments.
    static func wrap(_ text: String, segments: [Range<Int>], width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 { lines.append(Line(cells: [], segment: -1, offset: segment.lowerBound)) }
            let cells = drawableCells(text, range: segment)
            for row in breakIntoRows(cells, width: width) {
                lines.append(Line(cells: row, segment: index, offset: row.first?.offset ?? segment.lowerBound))
            }
        }
        return lines
    }

    /// The graphemes of `range` made safe: escape sequences skipped, controls dropped, runs of
    /// white space (line breaks included) folded to one space.
    static func drawableCells(_ text: String, range: Range<Int>) -> [LaidCell] {
        let utf8 = text.utf8
        let clampedStart = max(0, min(range.lowerBound, utf8.count))
        let clampedEnd = max(clampedStart, min(range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: clampedStart)
        let end = utf8.index(utf8.startIndex, offsetBy: clampedEnd)
        var cells: [LaidCell] = []
        var offset = clampedStart
        var escape = EscapeSkipper()
        var lastWasSpace = true
        for character in text[start..<end] {
            let length = character.utf8.count
            defer { offset += length }
            if escape.consume(character) { continue }
            if character.isWhitespace {
                if !lastWasSpace { cells.append(LaidCell(text: " ", width: 1, offset: offset)) }
                lastWasSpace = true
                continue
            }
            let safe = DisplayWidth.safeCell(character)
            guard safe.width > 0 else { continue }
            cells.append(LaidCell(text: safe.text, width: safe.width, offset: offset))
            lastWasSpace = false
        }
        while cells.last?.text == " " { cells.removeLast() }
        return cells
    }

    /// Greedy word wrap: break after spaces or beside wide characters; over-long words are cut.
    static func breakIntoRows(_ cells: [LaidCell], width: Int) -> [[LaidCell]] {
        var rows: [[LaidCell]] = []
        var row: [LaidCell] = []
        var rowWidth = 0
        var lastBreak: Int?
        for cell in cells {
            if row.isEmpty && cell.text == " " { continue }
            if rowWidth + cell.width > width {
                if cell.text == " " {
                    rows.append(row)
                    row = []
                    rowWidth = 0
                    lastBreak = nil
                    continue
                }
                if let breakAt = lastBreak, breakAt > 0 {
                    var carried = Array(row[breakAt...])
                    row.removeSubrange(breakAt...)
                    while row.last?.text == " " { row.removeLast() }
                    rows.append(row)
                    while carried.first?.text == " " { carried.removeFirst() }
                    row = carried
                } else {
                    rows.append(row)
                    row = []
                }
                rowWidth = row.reduce(0) { $0 + $1.width }
                lastBreak = nil
            }
            if cell.width == 2 && !row.isEmpty { lastBreak = row.count }
            row.append(cell)
            rowWidth += cell.width
            if cell.text == " " || cell.width == 2 { lastBreak = row.count }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }
}

/// Recognises terminal escape sequences (CSI, OSC, DCS, APC, PM, SOS and two-byte ones, in
/// 7-bit and 8-bit form) one grapheme at a time, so they can be skipped whole.
struct EscapeSkipper {
    private enum State { case text, afterEscape, intermediate, controlSequence, string, stringAfterEscape }
    private var state = State.text
    /// Characters swallowed by the current string sequence; an unterminated one gives up here.
    private var swallowed = 0
    static let longestString = 4096

    /// Returns true when `character` is part of an escape sequence and must not be drawn.
    mutating func consume(_ character: Character) -> Bool {
        let value = character.unicodeScalars.first?.value ?? 0
        switch state {
        case .text:
            if value == 0x1B { state = .afterEscape; return true }
            if value == 0x9B { state = .controlSequence; return true }
            if value == 0x90 || value == 0x9D || value == 0x9E || value == 0x9F || value == 0x98 {
                state = .string
                swallowed = 0
                return true
            }
            return false
        case .afterEscape:
            switch value {
            case 0x5B: state = .controlSequence
            case 0x5D, 0x50, 0x5F, 0x5E, 0x58:
                state = .string
                swallowed = 0
            case 0x20...0x2F: state = .intermediate
            default: state = .text
            }
            return true
        case .intermediate:
            // ESC ( 0, ESC # 8: intermediates, then one final byte.
            if !(0x20...0x2F).contains(value) { state = .text }
            return true
        case .controlSequence:
            if (0x40...0x7E).contains(value) || value < 0x20 && value != 0x1B { state = .text }
            if value == 0x1B { state = .afterEscape }
            return true
        case .string:
            swallowed += 1
            if value == 0x07 || value == 0x9C || swallowed > Self.longestString { state = .text }
            if value == 0x1B { state = .stringAfterEscape }
            return true
        case .stringAfterEscape:
            state = value == 0x5C ? .text : .string
            return true
        }
    }
}

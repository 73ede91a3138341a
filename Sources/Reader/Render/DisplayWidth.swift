/// Terminal column widths of graphemes, owned here rather than taken from the locale's `wcwidth`.
enum DisplayWidth {
    /// A grapheme made safe to draw, and the columns it takes.
    struct SafeCell {
        var text: String
        var width: Int
    }

    /// The most combining marks kept on one cell (ncurses holds a handful per cell).
    static let maximumCombiningMarks = 4

    /// Columns `character` takes: 0 for controls and lone marks, 2 for wide and emoji, else 1.
    static func width(of character: Character) -> Int {
        safeCell(character).width
    }

    /// Total columns of `string`.
    static func width(of string: String) -> Int {
        string.reduce(0) { $0 + width(of: $1) }
    }

    /// The drawable form of `character`: controls, escapes, bidi overrides and invisible format
    /// characters become nothing; tabs a space; at most a few combining marks are kept.
    static func safeCell(_ character: Character) -> SafeCell {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return SafeCell(text: "", width: 0) }
        if first == "\t" { return SafeCell(text: " ", width: 1) }
        if isInvisible(first) { return SafeCell(text: "", width: 0) }
        var kept = String.UnicodeScalarView()
        kept.append(first)
        var marks = 0
        var emojiStyle = false
        for scalar in scalars.dropFirst() {
            if scalar.value == 0xFE0F { emojiStyle = true }
            if isInvisible(scalar) || marks >= maximumCombiningMarks { continue }
            if scalar.value == 0x200D { continue }
            kept.append(scalar)
            marks += 1
        }
        if isMark(first) { return SafeCell(text: " " + String(kept), width: 1) }
        let columns = (isWide(first) || (emojiStyle && first.properties.isEmoji)) ? 2 : 1
        return SafeCell(text: String(kept), width: columns)
    }

    /// Controls (C0, DEL, C1), bidi embedding/override/isolate marks and other format characters.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return true }
        if value == 0x200E || value == 0x200F || value == 0x061C || value == 0xFEFF { return true }
        if (0x200B...0x200D).contains(value) || value == 0x2060 { return true }
        switch scalar.properties.generalCategory {
        case .format, .control, .surrogate, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges, and emoji shown as pictures by default.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest head of `text` that fits `columns` (at least one grapheme), its width, and the rest.
    static func split(_ text: String, at columns: Int) -> (String, Int, String) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let columnsHere = width(of: text[index])
            if used + columnsHere > columns, index > text.startIndex { break }
            used += columnsHere
            index = text.index(after: index)
            if used >= columns { break }
        }
        return (String(text[..<index]), used, String(text[index...]))
    }
}

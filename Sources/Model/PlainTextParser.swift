import Foundation

/// Reads a plain-text or Markdown article: a headline on the first line, then paragraphs.
public enum PlainTextParser {
    /// The longest first line still read as a headline, in bytes.
    static let maximumTitleLength = 300

    /// Parses decoded `text` read from `id`; the whole text is what offsets count into.
    public static func parse(_ text: String, id: String, format: SourceFormat = .plainText) -> Article {
        let lines = lineRanges(in: text)
        var titleRange: Range<Int>?
        var title: String?
        let nonEmpty = lines.filter { !isBlank(text, $0) }
        if nonEmpty.count > 1, let first = nonEmpty.first, first.count <= maximumTitleLength {
            titleRange = first
            title = stripMarkdownHeading(substring(text, first))
        }
        let paragraphs = nonEmpty.filter { $0 != titleRange }.map { trimmed(text, $0) }
        return Article(
            id: id, title: title, text: text, textIsWholeFile: true, titleRange: titleRange,
            paragraphs: paragraphs, format: format)
    }

    /// Byte ranges of the lines of `text`, without their line breaks (CR LF and LF).
    public static func lineRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                let end = previous == 0x0D ? index - 1 : index
                ranges.append(start..<max(start, end))
                start = index + 1
            }
            previous = byte
            index += 1
        }
        if start < index { ranges.append(start..<index) }
        return ranges
    }

    static func isBlank(_ text: String, _ range: Range<Int>) -> Bool {
        substring(text, range).allSatisfy(\.isWhitespace)
    }

    /// `range` without leading and trailing white space.
    static func trimmed(_ text: String, _ range: Range<Int>) -> Range<Int> {
        let bytes = Array(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)..<text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)])
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
        return (range.lowerBound + start)..<(range.lowerBound + end)
    }

    static func substring(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    static func stripMarkdownHeading(_ line: String) -> String {
        String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
    }
}

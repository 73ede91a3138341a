import Foundation

/// Reads a plain-text or Markdown article: optional front matter, a headline on the first line
/// when it reads as one, then paragraphs (blank-line separated blocks, or single lines).
public enum PlainTextParser {
    /// The longest first line still read as a headline, in bytes.
    static let maximumTitleLength = 300
    /// The most words a headline may have.
    static let maximumTitleWords = 40

    /// Parses decoded `text` read from `id`; the whole text is what offsets count into.
    public static func parse(_ text: String, id: String, format: SourceFormat = .plainText) -> Article {
        let frontMatter = FrontMatter.parse(text)
        let start = frontMatter?.end ?? 0
        let lines = lineRanges(in: text).filter { $0.lowerBound >= start }
        let nonEmpty = lines.filter { !isBlank(text, $0) }.map { trimmed(text, $0) }
        var titleRange: Range<Int>?
        var title = frontMatter?.title
        if let first = nonEmpty.first {
            let line = substring(text, first)
            let heading = stripMarkdownHeading(line)
            if let given = title {
                if heading == given { titleRange = first }
            } else if nonEmpty.count > 1, readsAsHeadline(line, byteCount: first.count) {
                titleRange = first
                title = heading
            }
        }
        let paragraphs = paragraphRanges(text, lines: lines, excluding: titleRange)
        return Article(
            id: id, title: title, outlet: frontMatter?.outlet, date: frontMatter?.date, url: frontMatter?.url,
            author: frontMatter?.author, text: text, textIsWholeFile: true, titleRange: titleRange,
            paragraphs: paragraphs.isEmpty ? [start..<start] : paragraphs, format: format)
    }

    /// True for a short line that is not a byline, a list item or a quotation.
    static func readsAsHeadline(_ line: String, byteCount: Int) -> Bool {
        if line.hasPrefix("#") { return true }
        guard byteCount <= maximumTitleLength else { return false }
        let words = line.split(separator: " ")
        guard words.count <= maximumTitleWords, let firstWord = words.first else { return false }
        if firstWord.lowercased() == "by" { return false }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("\"") || line.hasPrefix("“") { return false }
        return true
    }

    /// Paragraph ranges: blocks separated by blank lines (their lines joined) when the text has
    /// blank lines between multi-line blocks, else one paragraph per non-empty line.
    static func paragraphRanges(_ text: String, lines: [Range<Int>], excluding title: Range<Int>?) -> [Range<Int>] {
        var blocks: [[Range<Int>]] = []
        var current: [Range<Int>] = []
        for line in lines {
            if let title, line.contains(title) || title.contains(line) {
                if !current.isEmpty { blocks.append(current) }
                current = []
                continue
            }
            if isBlank(text, line) {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(trimmed(text, line))
            }
        }
        if !current.isEmpty { blocks.append(current) }
        let hasWrappedBlocks = blocks.contains { $0.count > 1 } && blocks.count > 1
        if hasWrappedBlocks && !looksLikeList(text, blocks) {
            return blocks.map { $0.first!.lowerBound..<$0.last!.upperBound }
        }
        // Sized exactly: a corpus keeps every article's paragraph list for as long as it is open.
        var singleLines: [Range<Int>] = []
        singleLines.reserveCapacity(blocks.reduce(0) { $0 + $1.count })
        for block in blocks { singleLines.append(contentsOf: block) }
        return singleLines
    }

    /// True when multi-line blocks look like lists of short lines (headline + teaser + byline),
    /// which read better one line a paragraph.
    static func looksLikeList(_ text: String, _ blocks: [[Range<Int>]]) -> Bool {
        let multi = blocks.filter { $0.count > 1 }
        let shortLines = multi.flatMap { $0 }.filter { $0.count < 60 }.count
        let allLines = multi.reduce(0) { $0 + $1.count }
        return shortLines * 2 > allLines && allLines >= multi.count * 3
    }

    /// Byte ranges of the lines of `text`, without their line breaks (LF, CR LF or a lone CR).
    public static func lineRanges(in text: String, limit: Int = .max) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            var previous: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == 0x0A {
                    if previous != 0x0D { ranges.append(start..<index) }
                    start = index + 1
                    if ranges.count >= limit { return ranges }
                } else if byte == 0x0D {
                    ranges.append(start..<index)
                    start = index + 1
                    if ranges.count >= limit { return ranges }
                }
                previous = byte
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        }
    }

    static func isBlank(_ text: String, _ range: Range<Int>) -> Bool {
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        while index < end {
            let byte = utf8[index]
            if byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0C { return false }
            index = utf8.index(after: index)
        }
        return true
    }

    /// `range` without leading and trailing white space.
    static func trimmed(_ text: String, _ range: Range<Int>) -> Range<Int> {
        let utf8 = text.utf8
        var start = range.lowerBound
        var end = range.upperBound
        func byte(_ offset: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: offset)] }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        while start < end, isSpace(byte(start)) { start += 1 }
        while end > start, isSpace(byte(end - 1)) { end -= 1 }
        return start..<end
    }

    static func substring(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
    }

    static func stripMarkdownHeading(_ line: String) -> String {
        // Lines are trimmed already; only a heading mark leaves white space to remove.
        if !line.hasPrefix("#"), line.first?.isWhitespace != true, line.last?.isWhitespace != true { return line }
        return String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
    }
}

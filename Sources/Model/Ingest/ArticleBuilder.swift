/// Builds an article whose text we compose: the title, then paragraphs separated by blank lines.
public struct ArticleBuilder: Sendable {
    /// Metadata carried over unchanged.
    public var id: String
    public var title: String?
    public var outlet: String?
    public var date: String?
    public var url: String?
    public var author: String?
    public var format: SourceFormat
    /// Paragraph texts in reading order; blank ones are dropped.
    public var paragraphs: [String] = []

    /// Starts an article with the given id and format.
    public init(id: String, format: SourceFormat) {
        self.id = id
        self.format = format
    }

    /// Adds the paragraphs of a free-text body: split at blank lines, or at single newlines when it has none.
    public mutating func addBody(_ body: String) {
        paragraphs.append(contentsOf: Self.splitParagraphs(body))
    }

    /// Paragraphs of `body`: blank-line separated blocks (inner newlines become spaces), or lines.
    public static func splitParagraphs(_ body: String) -> [String] {
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let lines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        let hasBlankLine = lines.contains { $0.allSatisfy(\.isWhitespace) } && lines.count > 2
        var result: [String] = []
        if hasBlankLine {
            var current: [Substring] = []
            for line in lines {
                if line.allSatisfy(\.isWhitespace) {
                    if !current.isEmpty { result.append(collapse(current.joined(separator: " "))) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { result.append(collapse(current.joined(separator: " "))) }
        } else {
            result = lines.map { collapse(String($0)) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// `text` with runs of white space turned into one space and the ends trimmed.
    public static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) {
                continue
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The finished article: `text` is the title, a blank line, then the paragraphs.
    public func build() -> Article {
        var text = ""
        var titleRange: Range<Int>?
        var ranges: [Range<Int>] = []
        var offset = 0
        var body = paragraphs.map(Self.collapse).filter { !$0.isEmpty }
        let cleanTitle = title.map(Self.collapse).flatMap { $0.isEmpty ? nil : $0 }
        if let cleanTitle, let first = body.first, first == cleanTitle { body.removeFirst() }
        if let cleanTitle {
            text = cleanTitle
            offset = cleanTitle.utf8.count
            titleRange = 0..<offset
        }
        for paragraph in body {
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            text += paragraph
            let length = paragraph.utf8.count
            ranges.append(offset..<(offset + length))
            offset += length
        }
        return Article(
            id: id, title: cleanTitle, outlet: Self.clean(outlet), date: Self.clean(date), url: Self.clean(url),
            author: Self.clean(author), text: text, textIsWholeFile: false, titleRange: titleRange,
            paragraphs: ranges, format: format)
    }

    static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = collapse(value)
        return collapsed.isEmpty ? nil : collapsed
    }
}

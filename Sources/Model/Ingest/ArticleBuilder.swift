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
        var copy = body
        return copy.withUTF8 { bytes -> [String] in
            // Lines as byte ranges; CR LF and a lone CR end a line as LF does.
            var lines: [Range<Int>] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(start..<index)
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            lines.append(start..<bytes.count)
            let blank = lines.map { isBlank(bytes, $0) }
            let hasBlankLine = blank.contains(true) && lines.count > 2
            var result: [String] = []
            if hasBlankLine {
                var current: [Range<Int>] = []
                for (line, isBlankLine) in zip(lines, blank) {
                    if isBlankLine {
                        if !current.isEmpty { result.append(collapse(bytes, current)) }
                        current = []
                    } else {
                        current.append(line)
                    }
                }
                if !current.isEmpty { result.append(collapse(bytes, current)) }
            } else {
                result = lines.map { collapse(bytes, [$0]) }
            }
            return result.filter { !$0.isEmpty }
        }
    }

    /// `text` with runs of white space turned into one space and the ends trimmed; control
    /// characters other than white space are dropped.
    public static func collapse(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { collapse($0, [0..<$0.count]) }
    }

    /// The pieces of `bytes` joined by spaces and collapsed as `collapse(_:)` does.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, _ pieces: [Range<Int>]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        var pendingSpace = false
        for (number, piece) in pieces.enumerated() {
            if number > 0 { pendingSpace = !out.isEmpty }
            var index = piece.lowerBound
            while index < piece.upperBound {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = !out.isEmpty
                    } else if byte >= 0x20 && byte != 0x7F {
                        if pendingSpace { out.append(0x20) }
                        pendingSpace = false
                        out.append(byte)
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, piece.upperBound)
                let value = scalarValue(bytes, index, end)
                if isUnicodeWhitespace(value) {
                    pendingSpace = !out.isEmpty
                } else if !(value >= 0x80 && value < 0xA0) {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    for position in index..<end { out.append(bytes[position]) }
                }
                index = end
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the line holds only white space.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { return false }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(index + length, line.upperBound)
            guard isUnicodeWhitespace(scalarValue(bytes, index, end)) else { return false }
            index = end
        }
        return true
    }

    /// The code point of the UTF-8 sequence `bytes[start..<end]` (valid UTF-8 is assumed).
    @inline(__always)
    private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        let lead = UInt32(bytes[start])
        var value = end - start == 2 ? lead & 0x1F : end - start == 3 ? lead & 0x0F : lead & 0x07
        if end - start == 1 { return lead }
        for position in (start + 1)..<end { value = value << 6 | UInt32(bytes[position] & 0x3F) }
        return value
    }

    /// Unicode's White_Space property outside ASCII (U+0085, no-break and typographic spaces, separators).
    @inline(__always)
    private static func isUnicodeWhitespace(_ value: UInt32) -> Bool {
        value == 0x85 || value == 0xA0 || value == 0x1680 || (value >= 0x2000 && value <= 0x200A)
            || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F || value == 0x3000
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
        // The text's final size, so appending never leaves it holding up to twice its bytes.
        text.reserveCapacity((cleanTitle?.utf8.count ?? 0) + body.reduce(0) { $0 + $1.utf8.count + 2 })
        if let cleanTitle {
            text += cleanTitle
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

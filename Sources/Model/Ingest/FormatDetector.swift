/// Decides how to read an input: from what its content starts with, else from its file name.
public enum FormatDetector {
    /// The format of `text` read from `name`; content that clearly shows its format wins over the name.
    public static func detect(name: String, text: String) -> SourceFormat {
        let byName = format(forName: name)
        if let byContent = format(forContent: text, nameSuggests: byName) { return byContent }
        return byName ?? .plainText
    }

    /// The format a file extension names, or nil for an unknown one.
    public static func format(forName name: String) -> SourceFormat? {
        let lower = name.lowercased()
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .plainText
        case "md", "markdown", "mdown": return .markdown
        case "html", "htm", "xhtml", "shtml": return .html
        case "json": return .json
        case "jsonl", "ndjson", "jsonlines": return .jsonLines
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "rss": return .rss
        case "atom": return .atom
        case "xml": return .rss
        default: return nil
        }
    }

    /// The format the first bytes of `text` prove, or nil when they prove nothing.
    static func format(forContent text: String, nameSuggests: SourceFormat?) -> SourceFormat? {
        let head = prefixBytes(text, count: 2048)
        guard let first = head.firstIndex(where: { !isSpace($0) }) else { return nil }
        let start = Array(head[first...])
        if start.first == UInt8(ascii: "<") {
            let lowerStart = String(decoding: start.prefix(1024), as: UTF8.self).lowercased()
            if lowerStart.contains("<rss") || lowerStart.contains("<rdf:rdf") { return .rss }
            if lowerStart.contains("<feed") { return .atom }
            if lowerStart.hasPrefix("<!doctype html") || lowerStart.hasPrefix("<html") || lowerStart.contains("<body")
                || lowerStart.contains("<head") || lowerStart.contains("<article") || lowerStart.contains("<p>")
            { return .html }
            if nameSuggests == nil || nameSuggests == .plainText { return .html }
            return nameSuggests
        }
        if start.first == UInt8(ascii: "{") || start.first == UInt8(ascii: "[") {
            if nameSuggests == .jsonLines { return .jsonLines }
            if start.first == UInt8(ascii: "{"), secondLineStartsObject(text) { return .jsonLines }
            return .json
        }
        return nil
    }

    /// True when the first line is a whole JSON object and the next non-blank line starts another.
    static func secondLineStartsObject(_ text: String) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var firstLineDone = false
        var scanned = 0
        for byte in text.utf8 {
            scanned += 1
            if scanned > 16 * 1024 * 1024 { return false }
            if firstLineDone {
                if isSpace(byte) { continue }
                return byte == UInt8(ascii: "{")
            }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D: depth -= 1
            case 0x0A:
                guard depth == 0 else { return false }
                firstLineDone = true
            default: break
            }
        }
        return false
    }

    static func prefixBytes(_ text: String, count: Int) -> [UInt8] {
        var copy = text
        return copy.withUTF8 { Array($0.prefix(count)) }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

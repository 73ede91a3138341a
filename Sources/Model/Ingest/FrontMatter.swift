/// A `---` block of `key: value` lines at the top of a text or Markdown file (as static-site
/// generators write), giving the article's outlet, date, author, url and title.
public struct FrontMatter: Sendable, Equatable {
    /// The keys and values, keys lower-cased.
    public var values: [String: String]
    /// Where the article text starts: the byte after the closing `---` line.
    public var end: Int

    /// Reads the front matter at the start of `text`, or nil when there is none.
    public static func parse(_ text: String) -> FrontMatter? {
        // Most texts have none: look at the first line before reading more.
        guard let firstLine = PlainTextParser.lineRanges(in: text, limit: 1).first, firstLine.count <= 8 else { return nil }
        let lines = PlainTextParser.lineRanges(in: text, limit: 64)
        guard let first = lines.first, PlainTextParser.substring(text, first).trimmingCharacters(in: .whitespaces) == "---" else {
            return nil
        }
        var values: [String: String] = [:]
        for line in lines.dropFirst() {
            let content = PlainTextParser.substring(text, line)
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                var end = line.upperBound
                let bytes = text.utf8
                if end < bytes.count, bytes[bytes.index(bytes.startIndex, offsetBy: end)] == 0x0D { end += 1 }
                if end < bytes.count { end += 1 }
                return FrontMatter(values: values, end: end)
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else { return nil }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, !key.contains(" ") || key.count < 30 else { return nil }
            values[key] = value
        }
        return nil
    }

    /// The value of the first of `keys` present and not empty.
    public func value(_ keys: [String]) -> String? {
        for key in keys { if let value = values[key], !value.isEmpty { return value } }
        return nil
    }

    public var title: String? { value(["title", "headline"]) }
    public var outlet: String? { value(["outlet", "source", "publication", "publisher", "site", "domain"]) }
    public var date: String? { value(["date", "published", "publish_date", "pubdate"]) }
    public var author: String? { value(["author", "authors", "byline", "by"]) }
    public var url: String? { value(["url", "link", "source_url"]) }
}

import Foundation

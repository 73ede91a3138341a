import Foundation

/// Reads articles from JSON (one object, an array, or an object holding an array) and JSON Lines.
struct JSONArticleReader {
    /// Nesting deeper than this is refused before parsing (parsers may recurse per level).
    static let maximumDepth = 256

    /// Which key holds which field.
    var fieldMap: FieldMap

    /// Articles of a JSON document read from `name`; ids are `name#N` when it holds several records.
    func readDocument(_ text: String, name: String, into corpus: inout Corpus) {
        let data = Data(text.utf8)
        if let problem = Self.nestingProblem(data) {
            corpus.skipped.append(SkippedInput(location: name, reason: problem))
            return
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            corpus.skipped.append(SkippedInput(location: name, reason: "invalid JSON: \(Self.describe(error))"))
            return
        }
        let records = Self.records(in: object)
        guard let records else {
            corpus.skipped.append(SkippedInput(location: name, reason: "JSON holds no article object"))
            return
        }
        let converter = RecordArticle(fieldMap: fieldMap)
        let single = records.count == 1 && object is [String: Any]
        for (index, record) in records.enumerated() {
            let id = single ? name : "\(name)#\(index + 1)"
            switch converter.article(from: Self.flatten(record), id: id, format: .json) {
            case .success(let article): corpus.articles.append(article)
            case .failure(let reason): corpus.skipped.append(SkippedInput(location: id, reason: reason.message))
            }
        }
    }

    /// Articles of a JSON Lines text: one object per line; a broken line is skipped as `name:line`.
    func readLines(_ text: String, name: String, into corpus: inout Corpus) {
        let converter = RecordArticle(fieldMap: fieldMap)
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let data = Data(line)
            guard data.contains(where: { !FormatDetector.isSpace($0) }) else { continue }
            let location = "\(name):\(lineNumber)"
            if let problem = Self.nestingProblem(data) {
                corpus.skipped.append(SkippedInput(location: location, reason: problem))
                continue
            }
            guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
                corpus.skipped.append(SkippedInput(location: location, reason: "invalid JSON line"))
                continue
            }
            guard let record = object as? [String: Any] else {
                corpus.skipped.append(SkippedInput(location: location, reason: "JSON line is not an object"))
                continue
            }
            let id = "\(name)#\(lineNumber)"
            switch converter.article(from: Self.flatten(record), id: id, format: .jsonLines) {
            case .success(let article): corpus.articles.append(article)
            case .failure(let reason): corpus.skipped.append(SkippedInput(location: location, reason: reason.message))
            }
        }
    }

    /// A reason to refuse `data` when its brackets nest deeper than `maximumDepth` (strings skipped).
    static func nestingProblem(_ data: Data) -> String? {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B:
                depth += 1
                if depth > maximumDepth { return "JSON nested deeper than \(maximumDepth) levels" }
            case 0x7D, 0x5D: depth -= 1
            default: break
            }
        }
        return nil
    }

    /// The article objects in a parsed document: the object itself, an array's objects, or the
    /// largest array of objects among a wrapper object's values (`{"articles": [...]}`).
    static func records(in object: Any) -> [[String: Any]]? {
        if let array = object as? [Any] {
            let objects = array.compactMap { $0 as? [String: Any] }
            return objects.isEmpty ? nil : objects
        }
        guard let dictionary = object as? [String: Any] else { return nil }
        let nested = dictionary.values.compactMap { ($0 as? [Any])?.compactMap { $0 as? [String: Any] } }
            .filter { !$0.isEmpty }.max { $0.count < $1.count }
        let looksLikeArticle = dictionary.values.contains { ($0 as? String).map { $0.count > 200 } ?? false }
        if let nested, !looksLikeArticle, nested.count > 0 { return nested }
        return [dictionary]
    }

    /// A record's values as strings: lists joined with ", ", objects by their name, title or text.
    static func flatten(_ record: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in record {
            if let string = string(from: value) { result[key] = string }
        }
        return result
    }

    static func string(from value: Any, depth: Int = 0) -> String? {
        if depth > 4 { return nil }
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        case let array as [Any]:
            let parts = array.compactMap { string(from: $0, depth: depth + 1) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case let object as [String: Any]:
            for key in ["name", "title", "text", "value", "href", "url", "#text"] {
                if let inner = object[key], let found = string(from: inner, depth: depth + 1) { return found }
            }
            return nil
        default: return nil
        }
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(120))
    }
}

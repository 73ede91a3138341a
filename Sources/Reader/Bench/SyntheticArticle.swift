/// One generated account, with what went into it (for tests), and how it is written to a file.
struct SyntheticArticle: Sendable, Equatable {
    /// The number of the story it tells.
    var story: Int
    /// Index into `SyntheticVocabulary.outlets`.
    var outletIndex: Int
    var title: String
    var author: String
    /// YYYY-MM-DD.
    var date: String
    /// Body and furniture paragraphs in reading order, before any degradation.
    var paragraphs: [String]
    /// Written lower-cased with punctuation stripped, on one line.
    var degraded: Bool
    /// Direct quotations placed (partial and split quotations count once).
    var quotes: Int
    /// Furniture paragraphs placed (prompts, share lines, headline lists, bios, notices).
    var boilerplate: Int
    /// Words in the body, furniture left out.
    var words: Int

    var outlet: SyntheticVocabulary.Outlet { SyntheticVocabulary.outlets[outletIndex] }

    var url: String { "https://\(outlet.slug).example/\(date.prefix(7))/story-\(story)" }

    /// The body as the outlet's pages give it: paragraphs, or one degraded line.
    var body: String {
        degraded ? Self.degrade(paragraphs.joined(separator: " ")) : paragraphs.joined(separator: "\n\n")
    }

    /// A plain-text file: headline, byline, body (a degraded page is one line, headline included).
    var plainText: String {
        if degraded { return Self.degrade("\(title) by \(author) ") + body + "\n" }
        return "\(title)\n\nBy \(author)\n\n\(body)\n"
    }

    /// A Markdown file with front matter giving the metadata.
    var markdown: String {
        "---\ntitle: \"\(title.replacingOccurrences(of: "\"", with: "'"))\"\noutlet: \(outlet.name)\ndate: \(date)\nauthor: \(author)\nurl: \(url)\n---\n\n"
            + (degraded ? body + "\n" : "# \(title)\n\n\(body)\n")
    }

    /// One JSON Lines record (no trailing newline).
    var jsonLine: String {
        var line = "{"
        for (key, value) in [("title", title), ("text", body), ("source", outlet.name), ("date", date), ("author", author), ("url", url)] {
            if line.count > 1 { line += "," }
            line += "\"\(key)\":"
            Self.appendJSONString(value, to: &line)
        }
        return line + "}"
    }

    /// Lower-cases `text` and turns every character that is not a letter or digit into a space,
    /// collapsing runs: what some scrapers hand on ("russia s interference").
    static func degrade(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// Appends `value` as a JSON string literal.
    static func appendJSONString(_ value: String, to output: inout String) {
        output.unicodeScalars.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.unicodeScalars.append("\"")
    }
}

import Model

/// The readable, non-JSON form of `reader extract`: one block per article.
enum ExtractSummary {
    /// A block naming the article, its people with mention counts, and its quotations with speakers.
    static func render(article: Article, annotations: Annotations, story: String?) -> String {
        var lines: [String] = []
        lines.append("== \(article.id)")
        if let title = article.title { lines.append("title: \(title)") }
        if let outlet = article.outlet { lines.append("outlet: \(outlet)") }
        if let story { lines.append("story: \(story)") }
        if !article.degradation.isEmpty { lines.append("degraded: lower-cased or punctuation stripped; findings inferred from other accounts") }
        lines.append("people (\(annotations.people.count)):")
        for person in annotations.people {
            let inferred = person.inferred ? " (inferred)" : ""
            lines.append("  \(person.name) ×\(person.mentions.count)\(inferred)")
        }
        let speech = annotations.speech
        lines.append("quotes (\(speech.count)):")
        for quote in speech {
            var words = article.substring(quote.span).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if words.count > 100 { words = String(words.prefix(97)) + "..." }
            let speaker = quote.speaker ?? quote.source ?? quote.likelySpeaker.map { "possibly \($0)" } ?? "unknown speaker"
            let sureness = String(Int((quote.confidence * 100).rounded()))
            lines.append("  \u{201C}\(words)\u{201D} — \(speaker) (\(sureness)%\(quote.inferred ? ", inferred" : ""))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }
}

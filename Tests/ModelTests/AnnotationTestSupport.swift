@testable import Model

/// Helpers for annotation tests: fixtures are fictional articles written for these tests.
enum Fixture {
    /// Parses `text` (headline on the first line) and annotates it on its own.
    static func annotate(_ text: String) -> (Article, Annotations) {
        let article = PlainTextParser.parse(text, id: "fixture.txt")
        return (article, ArticleAnnotator.annotate(article))
    }

    /// The quoted words of every direct quotation.
    static func speech(_ text: String) -> [String] {
        let (article, annotations) = annotate(text)
        return annotations.speech.map { article.substring($0.span) }
    }

    /// Each direct quotation's words with its speaker.
    static func speakers(_ text: String) -> [String: String?] {
        let (article, annotations) = annotate(text)
        var result: [String: String?] = [:]
        for quote in annotations.speech { result[article.substring(quote.span)] = quote.speaker }
        return result
    }

    /// Each quotation's words with its speaker and its likely speaker (when no cue names one).
    static func attributions(_ text: String) -> [String: (speaker: String?, likely: String?)] {
        let (article, annotations) = annotate(text)
        var result: [String: (speaker: String?, likely: String?)] = [:]
        for quote in annotations.speech { result[article.substring(quote.span)] = (quote.speaker, quote.likelySpeaker) }
        return result
    }

    /// Each person's name with the text of every mention.
    static func people(_ text: String) -> [String: [String]] {
        let (article, annotations) = annotate(text)
        var result: [String: [String]] = [:]
        for person in annotations.people { result[person.name] = person.mentions.map(article.substring) }
        return result
    }
}

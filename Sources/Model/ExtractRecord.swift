import Foundation

/// One line of `reader extract --json`, exactly as `EXTRACT-SCHEMA.md` defines it.
///
/// Offsets are Unicode scalar offsets, `[start, end]`, end exclusive.
public struct ExtractRecord: Encodable, Sendable {
    public struct PersonEntry: Encodable, Sendable {
        public var name: String
        public var mentions: [[Int]]
        /// Extra field: true when recovered from other accounts of the story.
        public var inferred: Bool
    }

    public struct QuoteEntry: Encodable, Sendable {
        public var span: [Int]
        public var text: String
        public var speaker: String?
        /// Extra field: the organisation or description named as the source when it is no person.
        public var source: String?
        /// Extra field: the person the quote is likely by when no cue names one (`speaker` is then null).
        public var likelySpeaker: String?
        public var speakerMention: [Int]?
        public var cue: [Int]?
        /// Extra field: how sure the attribution is, 0 to 1.
        public var confidence: Double
        /// Extra field: true when found by matching another account.
        public var inferred: Bool

        enum CodingKeys: String, CodingKey {
            case span, text, speaker, source, likelySpeaker = "likely_speaker", speakerMention = "speaker_mention", cue, confidence, inferred
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(span, forKey: .span)
            try container.encode(text, forKey: .text)
            try container.encode(speaker, forKey: .speaker)
            try container.encodeIfPresent(source, forKey: .source)
            try container.encodeIfPresent(likelySpeaker, forKey: .likelySpeaker)
            try container.encode(speakerMention, forKey: .speakerMention)
            try container.encode(cue, forKey: .cue)
            try container.encode((confidence * 100).rounded() / 100, forKey: .confidence)
            try container.encode(inferred, forKey: .inferred)
        }
    }

    public var path: String
    public var title: String?
    public var outlet: String?
    public var story: String?
    public var text: String?
    public var body: [Int]
    public var boilerplate: [[Int]]
    public var people: [PersonEntry]
    public var quotes: [QuoteEntry]
    /// Extra fields: the article's date and how its text was degraded.
    public var date: String?
    public var degraded: [String]

    enum CodingKeys: String, CodingKey {
        case path, title, outlet, story, text, body, boilerplate, people, quotes, date, degraded
    }

    /// Builds the record for `article` with its annotations and story id.
    public init(article: Article, annotations: Annotations, story: String?) {
        let offsets = ScalarOffsets(article.text)
        path = article.id
        title = article.title
        outlet = article.outlet
        self.story = story
        text = article.textIsWholeFile ? nil : article.text
        body = offsets.pair(article.body)
        boilerplate = article.boilerplate.map(offsets.pair)
        people = annotations.people.map {
            PersonEntry(name: $0.name, mentions: $0.mentions.map(offsets.pair), inferred: $0.inferred)
        }
        let names = Set(annotations.people.map(\.name))
        quotes = annotations.speech.map {
            // The schema allows only a person's name as the speaker: any other source moves to `source`.
            let isPerson = $0.speaker.map(names.contains) ?? false
            return QuoteEntry(
                span: offsets.pair($0.span), text: article.substring($0.span), speaker: isPerson ? $0.speaker : nil,
                source: isPerson ? $0.source : ($0.source ?? $0.speaker),
                likelySpeaker: $0.likelySpeaker.flatMap { names.contains($0) ? $0 : nil },
                speakerMention: $0.speakerMention.map(offsets.pair), cue: $0.cue.map(offsets.pair),
                confidence: $0.confidence, inferred: $0.inferred)
        }
        date = article.date
        var flags: [String] = []
        if article.degradation.contains(.lowercased) { flags.append("lowercased") }
        if article.degradation.contains(.punctuationStripped) { flags.append("punctuation-stripped") }
        degraded = flags
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(story, forKey: .story)
        if let text { try container.encode(text, forKey: .text) }
        try container.encode(body, forKey: .body)
        try container.encode(boilerplate, forKey: .boilerplate)
        try container.encode(people, forKey: .people)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(date, forKey: .date)
        try container.encode(degraded, forKey: .degraded)
    }

    /// The record as one line of JSON, without a trailing newline.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

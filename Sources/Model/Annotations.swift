/// What the annotators found in one article: people, quotations and their speakers.
///
/// Ranges are UTF-8 byte offsets into the article's `text`.
public struct Annotations: Sendable, Equatable {
    /// One entry per distinct person, in order of first mention.
    public var people: [Person]
    /// Quotations in text order; scare quotes are included but flagged.
    public var quotes: [Quote]

    public init(people: [Person] = [], quotes: [Quote] = []) {
        self.people = people
        self.quotes = quotes
    }

    /// Direct quotations only (scare quotes left out), as the extract schema reports them.
    public var speech: [Quote] { quotes.filter { $0.kind == .direct } }
}

/// A person named in an article, with every proper-name mention of them.
public struct Person: Sendable, Equatable {
    /// The fullest form of the name seen (in the story, for a lower-cased account).
    public var name: String
    /// Proper-name mentions, titles excluded from the span.
    public var mentions: [Range<Int>]
    /// True when the person was recovered from other accounts rather than read off this text.
    public var inferred: Bool

    public init(name: String, mentions: [Range<Int>], inferred: Bool = false) {
        self.name = name
        self.mentions = mentions
        self.inferred = inferred
    }
}

/// A quotation and who said it.
public struct Quote: Sendable, Equatable {
    /// Whether the marks enclose speech or only set off a word or two.
    public enum Kind: String, Sendable, Equatable { case direct, scare }

    /// The quoted words, without the quotation marks.
    public var span: Range<Int>
    /// The speaker's `Person.name`; nil when the source is no named person or is unknown.
    public var speaker: String?
    /// The source named when it is not a person ("a ministry official", "the campaign"); nil otherwise.
    public var source: String?
    /// When nothing in the text says who spoke, the person the passage is about: a guess, kept
    /// apart from `speaker` (which stays nil) and weighed by `confidence`.
    public var likelySpeaker: String?
    /// Where the speaker is named for this quote.
    public var speakerMention: Range<Int>?
    /// The speech verb ("said", "told reporters").
    public var cue: Range<Int>?
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double
    /// Direct speech or a scare quote.
    public var kind: Kind
    /// True when found by matching another outlet's account (lower-cased text has no marks).
    public var inferred: Bool

    public init(
        span: Range<Int>, speaker: String? = nil, speakerMention: Range<Int>? = nil,
        cue: Range<Int>? = nil, confidence: Double = 0, kind: Kind = .direct, inferred: Bool = false,
        source: String? = nil
    ) {
        self.span = span
        self.speaker = speaker
        self.source = source
        self.speakerMention = speakerMention
        self.cue = cue
        self.confidence = confidence
        self.kind = kind
        self.inferred = inferred
    }
}

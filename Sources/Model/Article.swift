/// One news article as the reader knows it: its text, where the article proper lies in it, and metadata.
///
/// All ranges are UTF-8 byte offsets into `text` (see `ScalarOffsets` to convert them to the
/// code-point offsets of the extract schema at output time).
public struct Article: Sendable, Equatable, Identifiable {
    /// The input as given: a file path, or `file#N` for the N-th record of a multi-record file.
    public var id: String
    /// The headline, when one could be found.
    public var title: String?
    /// The publisher, from metadata or the text's own signatures; nil when unknown.
    public var outlet: String?
    /// Publication date as written in the source (ISO 8601 when it could be normalised).
    public var date: String?
    /// Link to the original, when the source gives one.
    public var url: String?
    /// Byline, when the source gives one.
    public var author: String?
    /// The text offsets count into: the whole decoded file for plain text, else title then body.
    public var text: String
    /// True when `text` is the decoded file itself (plain text, Markdown), so extract omits it.
    public var textIsWholeFile: Bool
    /// Where the headline sits in `text`, when it is part of it.
    public var titleRange: Range<Int>?
    /// The article's paragraphs in reading order, boilerplate included (see `boilerplate`).
    public var paragraphs: [Range<Int>]
    /// Spans judged not to be the article: prompts, headline lists, copyright lines.
    public var boilerplate: [Range<Int>]
    /// How the text was damaged before it reached us (lower-cased, punctuation stripped).
    public var degradation: Degradation
    /// The format the article was read from.
    public var format: SourceFormat

    /// Creates an article; `paragraphs` default to the whole text after the title.
    public init(
        id: String, title: String? = nil, outlet: String? = nil, date: String? = nil,
        url: String? = nil, author: String? = nil, text: String, textIsWholeFile: Bool,
        titleRange: Range<Int>? = nil, paragraphs: [Range<Int>]? = nil,
        boilerplate: [Range<Int>] = [], degradation: Degradation = [], format: SourceFormat = .plainText
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.url = url
        self.author = author
        self.text = text
        self.textIsWholeFile = textIsWholeFile
        self.titleRange = titleRange
        self.paragraphs = paragraphs ?? [((titleRange?.upperBound ?? 0)..<text.utf8.count)]
        self.boilerplate = boilerplate
        self.degradation = degradation
        self.format = format
    }

    /// From the start of the first paragraph after the title to the end of the last one.
    public var body: Range<Int> {
        guard let first = paragraphs.first, let last = paragraphs.last else {
            let start = titleRange?.upperBound ?? 0
            return start..<max(start, text.utf8.count)
        }
        return first.lowerBound..<last.upperBound
    }

    /// Paragraphs that are not boilerplate: the article proper.
    public var articleParagraphs: [Range<Int>] {
        paragraphs.filter { paragraph in !boilerplate.contains { $0.contains(paragraph) } }
    }

    /// The UTF-8 bytes of `range` as a string.
    public func substring(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.lowerBound, utf8.count)))
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.upperBound, utf8.count)))
        return String(text[start..<end])
    }

    /// Number of words in the article proper.
    public var wordCount: Int {
        articleParagraphs.reduce(0) { $0 + WordCounter.count(in: text.utf8, range: $1) }
    }
}

/// The ways a scraped text may have been flattened.
public struct Degradation: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Every letter is lower case: names carry no capitals.
    public static let lowercased = Degradation(rawValue: 1)
    /// Punctuation, quotation marks included, was removed.
    public static let punctuationStripped = Degradation(rawValue: 2)
}

/// The formats articles are read from.
public enum SourceFormat: String, Sendable, Equatable, Codable {
    case plainText = "text", markdown, html, json, jsonLines = "jsonl", csv, tsv, rss, atom
}

extension Range where Bound == Int {
    /// True when `other` lies inside this range.
    func contains(_ other: Range<Int>) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }
}

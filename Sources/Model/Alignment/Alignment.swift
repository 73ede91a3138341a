/// Two accounts of one event lined up passage by passage, ready to draw side by side.
///
/// Rows follow the LEFT article's reading order; passages only the right article has are slotted
/// in after the row of their nearest preceding right passage that has a partner. Every range is
/// a UTF-8 byte range into the `text` of the article on that side.
public struct Alignment: Sendable, Equatable {
    /// The rows, top to bottom.
    public var rows: [AlignmentRow]

    public init(rows: [AlignmentRow]) {
        self.rows = rows
    }

    /// The matched pairs, in row order.
    public var matches: [MatchedPassages] {
        rows.compactMap { if case .matched(let match) = $0 { match } else { nil } }
    }
}

/// One row of an alignment: a matched pair, or a passage only one account has.
public enum AlignmentRow: Sendable, Equatable {
    /// A passage of each account telling the same thing.
    case matched(MatchedPassages)
    /// A passage of the left account with no partner on the right.
    case leftOnly(Range<Int>)
    /// A passage of the right account with no partner on the left.
    case rightOnly(Range<Int>)
}

/// A passage of each account that tell the same thing, with their word-level differences.
public struct MatchedPassages: Sendable, Equatable {
    /// Byte range of the passage in the left article's text.
    public var left: Range<Int>
    /// Byte range of the passage in the right article's text.
    public var right: Range<Int>
    /// How alike the two passages are, 0 to 1 (weighted share of words in common).
    public var score: Double
    /// The passages word by word, in reading order: same, added, removed or changed runs.
    public var differences: [WordDifference]
    /// What happened to a quotation between the two accounts, when something did.
    public var quoteChanges: [QuoteChange]

    public init(
        left: Range<Int>, right: Range<Int>, score: Double, differences: [WordDifference],
        quoteChanges: [QuoteChange] = []
    ) {
        self.left = left
        self.right = right
        self.score = score
        self.differences = differences
        self.quoteChanges = quoteChanges
    }
}

/// A run of words that is the same in both passages, or differs.
public struct WordDifference: Sendable, Equatable {
    /// How the run differs.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// The same words on both sides (case and punctuation aside).
        case same
        /// Words only the right passage has (the left range is empty, where they would go).
        case added
        /// Words only the left passage has (the right range is empty, where they would go).
        case removed
        /// Words replaced by other words.
        case changed
    }

    public var kind: Kind
    /// Byte range in the left text (empty for `added`).
    public var left: Range<Int>
    /// Byte range in the right text (empty for `removed`).
    public var right: Range<Int>
    /// The run lies inside a quotation on either side.
    public var inQuotation: Bool

    public init(kind: Kind, left: Range<Int>, right: Range<Int>, inQuotation: Bool) {
        self.kind = kind
        self.left = left
        self.right = right
        self.inQuotation = inQuotation
    }
}

/// What one account did to a quotation that the other carries.
public struct QuoteChange: Sendable, Equatable {
    /// The kinds of change.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// One side stops (or starts) the quotation earlier: it carries only part of it.
        case cutShort = "cut-short"
        /// Words inside the quotation differ.
        case reworded
        /// The quotation is given to someone else.
        case otherSpeaker = "other-speaker"
    }

    /// Which account carries the shorter quotation, for `cutShort`.
    public enum Side: String, Sendable, Equatable, Codable { case left, right }

    public var kind: Kind
    /// For `cutShort`: the account that carries less. Otherwise nil.
    public var shorterSide: Side?
    /// The difference run that shows the change (an index into `differences`).
    public var differenceIndex: Int

    public init(kind: Kind, shorterSide: Side? = nil, differenceIndex: Int) {
        self.kind = kind
        self.shorterSide = shorterSide
        self.differenceIndex = differenceIndex
    }
}

/// One token of an article's text: a word, a number, a quotation mark or another punctuation mark.
///
/// `start..<end` are UTF-8 byte offsets into the article's text.
struct Token: Sendable, Equatable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        case word, number, quote, punctuation
    }

    // Stored fields widest first, offsets and the paragraph in 32 bits and the two space flags in
    // one byte: 32 bytes a token instead of 56, so every pass over the tokens reads less memory and
    // two tokens share a cache line.

    /// For words and numbers, `TokenHash` of the lower-cased text; 0 otherwise.
    var hash: UInt64
    /// `hash` of the word without a possessive 's (equal to `hash` when there is none).
    var bareHash: UInt64
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedParagraph: Int32
    var kind: Kind
    /// For `.quote` tokens, which mark; otherwise `.none`.
    var mark: QuoteMark
    /// For `.punctuation` tokens, the first byte of the mark (`.`, `,`, `:` …); 0 otherwise.
    var byte: UInt8
    /// `spaceBefore` and `spaceAfter` (`SpaceFlag` bits).
    private var spaces: UInt8

    init(start: Int, end: Int, kind: Kind, mark: QuoteMark, byte: UInt8, paragraph: Int, spaceBefore: Bool,
         spaceAfter: Bool, hash: UInt64 = 0, bareHash: UInt64 = 0) {
        self.hash = hash
        self.bareHash = bareHash
        storedStart = Int32(start)
        storedEnd = Int32(end)
        storedParagraph = Int32(paragraph)
        self.kind = kind
        self.mark = mark
        self.byte = byte
        spaces = (spaceBefore ? SpaceFlag.before : 0) | (spaceAfter ? SpaceFlag.after : 0)
    }

    /// A token written by the tokenizer, which has checked that every offset and paragraph index of
    /// the text fits 32 bits; `spaceAfter` starts set (the tokenizer clears it when a token follows
    /// with no space between).
    @inline(__always)
    init(precheckedStart start: Int, end: Int, kind: Kind, mark: QuoteMark, byte: UInt8, paragraph: Int, spaceBefore: Bool,
         hash: UInt64 = 0, bareHash: UInt64 = 0) {
        self.hash = hash
        self.bareHash = bareHash
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedParagraph = Int32(truncatingIfNeeded: paragraph)
        self.kind = kind
        self.mark = mark
        self.byte = byte
        spaces = spaceBefore ? SpaceFlag.before | SpaceFlag.after : SpaceFlag.after
    }

    /// The bits of `spaces`.
    private enum SpaceFlag {
        static let before: UInt8 = 1
        static let after: UInt8 = 2
    }

    /// True when white space (or the paragraph start) comes right before the token.
    var spaceBefore: Bool {
        get { spaces & SpaceFlag.before != 0 }
        set { spaces = newValue ? spaces | SpaceFlag.before : spaces & ~SpaceFlag.before }
    }

    /// True when white space (or the paragraph end) comes right after the token.
    var spaceAfter: Bool {
        get { spaces & SpaceFlag.after != 0 }
        set { spaces = newValue ? spaces | SpaceFlag.after : spaces & ~SpaceFlag.after }
    }

    /// UTF-8 offset of the token's first byte.
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }

    /// UTF-8 offset just past the token's last byte.
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    /// Index of the paragraph the token belongs to.
    var paragraph: Int {
        get { Int(storedParagraph) }
        set { storedParagraph = Int32(newValue) }
    }

    /// The token's byte range.
    var range: Range<Int> { start..<end }
}

/// The quotation marks the scanner knows, including the apostrophe-like single marks.
enum QuoteMark: UInt8, Sendable {
    case none
    case straightDouble, leftDouble, rightDouble, lowDouble, leftGuillemet, rightGuillemet
    case straightSingle, leftSingle, rightSingle, leftSingleGuillemet, rightSingleGuillemet

    /// True for the single-stroke marks (' ‘ ’ ‹ ›).
    var isSingle: Bool {
        switch self {
        case .straightSingle, .leftSingle, .rightSingle, .leftSingleGuillemet, .rightSingleGuillemet: true
        default: false
        }
    }
}

/// One token of an article's text: a word, a number, a quotation mark or another punctuation mark.
///
/// `start..<end` are UTF-8 byte offsets into the article's text.
struct Token: Sendable, Equatable {
    /// What a token is.
    enum Kind: UInt8, Sendable {
        case word, number, quote, punctuation
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// For `.quote` tokens, which mark; otherwise `.none`.
    var mark: QuoteMark
    /// For `.punctuation` tokens, the first byte of the mark (`.`, `,`, `:` …); 0 otherwise.
    var byte: UInt8
    /// Index of the paragraph the token belongs to.
    var paragraph: Int
    /// True when white space (or the paragraph start) comes right before the token.
    var spaceBefore: Bool
    /// True when white space (or the paragraph end) comes right after the token.
    var spaceAfter: Bool

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

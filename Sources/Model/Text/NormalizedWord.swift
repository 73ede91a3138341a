/// One word of a text as matching sees it: case folded, punctuation dropped, with where it sits.
///
/// Two words compare equal for matching when their `hash` values are equal, so "Putin's" in one
/// account and "putin s" in a lower-cased, punctuation-stripped one give the same words.
public struct NormalizedWord: Sendable, Equatable {
    /// UTF-8 byte range of the word in the text it was read from.
    public var range: Range<Int>
    /// FNV-1a hash of the case-folded bytes.
    public var hash: UInt64
    /// The word starts with a capital letter.
    public var isCapitalised: Bool
    /// The word lies between quotation marks (double quotes only; reset at each line break).
    public var isQuoted: Bool
    /// Only spaces separate this word from the previous one (no punctuation, no line break).
    public var followsSpaceOnly: Bool
    /// A sentence mark (. ! ?), a line break or the end of the scanned range follows this word.
    public var endsSentence: Bool

    public init(
        range: Range<Int>, hash: UInt64, isCapitalised: Bool = false, isQuoted: Bool = false,
        followsSpaceOnly: Bool = true, endsSentence: Bool = false
    ) {
        self.range = range
        self.hash = hash
        self.isCapitalised = isCapitalised
        self.isQuoted = isQuoted
        self.followsSpaceOnly = followsSpaceOnly
        self.endsSentence = endsSentence
    }
}

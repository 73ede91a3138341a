/// The words of a name candidate (at most five) as numbers, kept inline so that a candidate owns
/// no heap memory: each word's lexicon hash and the key two names are compared by.
///
/// A word's hash is its token's `TokenHash` (the bare form for a last word that drops its
/// possessive): what the word lists and the text's vocabularies are asked. Its key equals the hash
/// for ASCII words; for other words it is the standard-library hash of the lower-cased `String`,
/// which, unlike a hash of the bytes, agrees with `String` equality (canonically equivalent
/// spellings match), so comparing keys answers what comparing the lower-cased words answered.
struct NameWords: Sendable {
    /// The most words a name candidate holds.
    static let capacity = 5

    private var hashes = InlineArray<5, UInt64>(repeating: 0)
    private var keys = InlineArray<5, UInt64>(repeating: 0)
    /// The number of words.
    private(set) var count = 0

    /// The lexicon hash of the word at `position`.
    @inline(__always)
    func hash(_ position: Int) -> UInt64 { hashes[position] }

    /// The comparison key of the word at `position`.
    @inline(__always)
    func key(_ position: Int) -> UInt64 { keys[position] }

    /// The lexicon hash of the last word.
    var lastHash: UInt64 { hashes[count - 1] }

    /// The comparison key of the last word.
    var lastKey: UInt64 { keys[count - 1] }

    /// Adds a word after the others (at most `capacity` words).
    mutating func append(hash: UInt64, key: UInt64) {
        hashes[count] = hash
        keys[count] = key
        count += 1
    }

    /// True when the lexicon hash of some word is in `set`.
    func anyHash(in set: WordSet) -> Bool {
        for position in 0..<count where set.contains(hashes[position]) { return true }
        return false
    }

    /// The first `count` words.
    func prefix(_ count: Int) -> NameWords {
        var copy = self
        copy.count = count
        return copy
    }

    /// True when the keys of the first words equal `keys`, one for one.
    func startsWith(keys other: [UInt64]) -> Bool {
        guard other.count <= count else { return false }
        for position in other.indices where keys[position] != other[position] { return false }
        return true
    }

    /// The key of a name word whose token is `token` and lexicon hash `hash`; `bare` drops a
    /// possessive 's.
    static func key(of token: Token, bare: Bool, hash: UInt64, in text: TokenizedText) -> UInt64 {
        if isASCII(token, bare: bare, text) { return hash }
        var hasher = Hasher()
        hasher.combine(lowercasedWord(token, bare: bare, text))
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }

    /// `key(of:bare:hash:in:)` with the text's bytes at hand.
    @inline(__always)
    static func key(of token: Token, bare: Bool, hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, in text: TokenizedText) -> UInt64 {
        if isASCII(token, bare: bare, bytes) { return hash }
        return key(of: token, bare: bare, hash: hash, in: text)
    }

    /// True when the word of `token` (without its possessive 's when `bare`) is all ASCII.
    static func isASCII(_ token: Token, bare: Bool, _ text: TokenizedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { isASCII(token, bare: bare, $0) }
    }

    /// `isASCII(_:bare:_:)` over the text's bytes.
    @inline(__always)
    static func isASCII(_ token: Token, bare: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bare ? token.end - TokenizedText.possessiveLength(bytes, token) : token.end
        var union: UInt8 = 0
        for index in token.start..<end { union |= bytes[index] }
        return union < 0x80
    }

    /// The word of `token` lower-cased, without its possessive 's when `bare`.
    static func lowercasedWord(_ token: Token, bare: Bool, _ text: TokenizedText) -> String {
        let word = text.lower(token)
        guard bare else { return word }
        if word.hasSuffix("'s") { return String(word.dropLast(2)) }
        if word.hasSuffix("\u{2019}s") { return String(word.dropLast(2)) }
        return word
    }
}

/// One word of a phrase in the candidate reader's scratch memory: its token and the lexicon facts
/// of its word, looked up once per phrase.
struct PhraseWord {
    /// The token index.
    var token: Int
    /// The facts of the token's `hash`.
    var facts: NameWordFacts
    /// The facts of the token's `bareHash` (the word without a possessive 's).
    var bareFacts: NameWordFacts
}

/// The token indices of a phrase's words, with their lexicon facts, in scratch memory the caller
/// owns: a window that shrinks from either end without copying, so building a name candidate
/// allocates no array per phrase and looks no word up twice.
struct WordIndexList: RandomAccessCollection {
    private let storage: UnsafeMutableBufferPointer<PhraseWord>
    private var first = 0
    private var end: Int

    /// The word tokens of `range`, written into `storage` (at least `range.count` long).
    @inline(__always)
    init(wordsOf range: Range<Int>, in text: CandidateText, storage: UnsafeMutableBufferPointer<PhraseWord>) {
        precondition(range.count <= storage.count, "scratch memory for every token of the phrase")
        self.storage = storage
        var count = 0
        for index in range where text.tokens[index].kind == .word {
            let token = text.tokens[index]
            let facts = text.facts(token.hash)
            storage[count] = PhraseWord(token: index, facts: facts, bareFacts: token.bareHash == token.hash ? facts : text.facts(token.bareHash))
            count += 1
        }
        end = count
    }

    @inline(__always) var startIndex: Int { 0 }
    @inline(__always) var endIndex: Int { end - first }

    /// The token index of the word at `position`.
    @inline(__always)
    subscript(position: Int) -> Int { storage[first + position].token }

    /// The facts of the word at `position`.
    @inline(__always)
    func facts(_ position: Int) -> NameWordFacts { storage[first + position].facts }

    /// The facts of the word at `position` without a possessive 's.
    @inline(__always)
    func bareFacts(_ position: Int) -> NameWordFacts { storage[first + position].bareFacts }

    /// Drops the first `count` words.
    mutating func removeFirst(_ count: Int = 1) { first += count }

    /// Drops the last word.
    mutating func removeLast() { end -= 1 }

    /// Keeps only the first `count` words.
    mutating func keepFirst(_ count: Int) { end = first + count }
}

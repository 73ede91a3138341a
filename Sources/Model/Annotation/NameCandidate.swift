/// A capitalised phrase that may name a person, with what speaks for it.
struct NameCandidate: Sendable {
    /// Token indices of the name proper (titles excluded).
    var tokens: Range<Int>
    /// Byte span of the name proper, possessive 's excluded.
    var span: Range<Int>
    /// The name's words (its word tokens in `tokens`; initials without their full stop) as hashes
    /// and comparison keys.
    var words: NameWords
    /// The last word drops its possessive 's ("Smith's" is the word "smith").
    var lastWordIsBare: Bool
    /// A title or role stands before the name ("Mr.", "President", "pollster").
    var titled: Bool
    /// The gender a title implies (Mr, Mrs, Ms).
    var titleGender: PronounGender?
    /// A speech verb or an appositive ("X, a lawyer,") sits next to the name.
    var speechOrApposition: Bool
    /// The name's first word starts a sentence.
    var sentenceInitial: Bool
    /// The phrase lies in a headline-style line where every word is capitalised.
    var inTitleCaseLine: Bool
    /// Indices (in `words`) of one-letter initials.
    var initials: WordPositions
    /// Softer context cues for a full name: an agent noun before it ("musician", "photographers"),
    /// a picture credit label ("Image:"), an owner's possessive ("the party's"), or a given name
    /// written as hyphenated syllables ("Kwok Ka-ki").
    var contextCue: Bool = false
    /// The name was cut from the front of a longer capitalised phrase naming something else
    /// ("Andy Warhol" of "Andy Warhol Foundation").
    var cutFromLongerPhrase: Bool = false
    /// A place preposition (in, at, from) stands right before the phrase.
    var afterPlacePreposition: Bool = false
    /// "the" stands right before the phrase ("the Velvet Underground").
    var afterDeterminer: Bool = false
    /// The first word is written in lower case elsewhere in the text (an everyday word).
    var startsWithCommonWord: Bool = false
    /// The facts of every word of `words` together.
    var wordFacts: NameWordFacts = []
    /// The facts of the first word.
    var firstWordFacts: NameWordFacts = []
    /// The facts of the last word.
    var lastWordFacts: NameWordFacts = []

    /// The comparison key of the surname: the last word.
    var lastKey: UInt64 { words.lastKey }

    /// True when the first word is a first name: the name has two words or more and does not
    /// start with an initial.
    var hasFirstName: Bool { words.count > 1 && !initials.contains(0) }

    /// True when every word but the last is an initial or a listed first name.
    var startsWithFirstName: Bool {
        guard words.count >= 2 else { return false }
        if initials.contains(0) { return true }
        return firstWordFacts.contains(.firstName)
    }

    /// The name's words lower-cased, as strings: made only for the people kept.
    func wordStrings(in text: TokenizedText) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        for index in tokens where text.tokens[index].kind == .word {
            let bare = lastWordIsBare && result.count == words.count - 1
            result.append(NameWords.lowercasedWord(text.tokens[index], bare: bare, text))
        }
        return result
    }

    /// The word at `position` lower-cased, as a string.
    func wordString(_ position: Int, in text: TokenizedText) -> String {
        var seen = 0
        for index in tokens where text.tokens[index].kind == .word {
            if seen == position {
                return NameWords.lowercasedWord(text.tokens[index], bare: lastWordIsBare && position == words.count - 1, text)
            }
            seen += 1
        }
        preconditionFailure("no word at \(position)")
    }
}

/// A small set of word positions (0 to 31) in a name, kept as bits.
struct WordPositions: Sendable, Equatable {
    private var bits: UInt32 = 0

    /// True when `position` is in the set.
    @inline(__always)
    func contains(_ position: Int) -> Bool { position >= 0 && position < 32 && bits & (1 << UInt32(position)) != 0 }

    /// Adds `position` (below 32).
    @inline(__always)
    mutating func insert(_ position: Int) { if position >= 0 && position < 32 { bits |= 1 << UInt32(position) } }

    /// Number of positions held.
    @inline(__always)
    var count: Int { bits.nonzeroBitCount }

    /// True when no position is held.
    var isEmpty: Bool { bits == 0 }

    /// The positions below `limit`.
    func below(_ limit: Int) -> WordPositions {
        var copy = self
        if limit < 32 { copy.bits &= (1 << UInt32(max(limit, 0))) &- 1 }
        return copy
    }
}

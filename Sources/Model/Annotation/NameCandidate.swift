/// A capitalised phrase that may name a person, with what speaks for it.
struct NameCandidate: Sendable {
    /// Token indices of the name proper (titles excluded).
    var tokens: Range<Int>
    /// Byte span of the name proper, possessive 's excluded.
    var span: Range<Int>
    /// The name's words, lower-cased, initials without their full stop.
    var words: [String]
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
    var initials: Set<Int>
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

    /// The surname: the last word.
    var last: String { words[words.count - 1] }

    /// The first word when it is not an initial.
    var first: String? { words.count > 1 && !initials.contains(0) ? words[0] : nil }

    /// True when every word but the last is an initial or a listed first name.
    var startsWithFirstName: Bool {
        guard words.count >= 2 else { return false }
        if initials.contains(0) { return true }
        return NameLexicon.isFirstName(words[0])
    }
}

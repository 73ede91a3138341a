/// Speech-verb forms that are also nouns ("his remarks", "the claims"): used as a noun they
/// report nothing, and the quotation's speaker is found elsewhere.
extension SpeakerAttributor {
    /// Speech-verb forms that read as plural nouns after a determiner or possessive.
    static let nounLikeCues = WordSet([
        "remarks", "claims", "notes", "calls", "charges", "promises", "tweets", "answers", "replies", "jokes",
        "quips", "vows", "urges", "states", "laments", "demands", "hints", "counters", "posts", "comments",
    ])

    /// Determiners and possessives that make the next word a noun ("the claims", "her remarks").
    private static let nounDeterminers = WordSet(["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "these", "those"])

    /// Possessives that make a word two places on a noun ("her opening remarks").
    private static let possessives = WordSet(["his", "her", "their", "its", "my", "our", "your"])

    /// True when the cue word at `index` is a noun: a noun-like form right after a determiner or
    /// possessive ("his remarks"), or after a possessive and an adjective ("her opening remarks").
    static func isNounUse(_ index: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard nounLikeCues.contains(tokens[index].hash), index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.paragraph == tokens[index].paragraph else { return false }
        if nounDeterminers.contains(previous.hash) { return true }
        guard index > 1, tokens[index - 2].kind == .word, possessives.contains(tokens[index - 2].hash),
              !text.isCapitalized(previous) else { return false }
        // "her opening remarks" but not "her team calls it …": the word between must read as an adjective.
        return adjectivesBeforeNoun.contains(previous.hash) || endsInIng(previous, text)
            || text.bytes[previous.start..<previous.end].contains(UInt8(ascii: "-"))  // "his anti-tax remarks"
    }

    /// Adjectives that sit between a possessive and a noun ("his recent remarks", "her own claims").
    private static let adjectivesBeforeNoun = WordSet([
        "recent", "own", "new", "past", "first", "last", "latest", "earlier", "later", "final", "public", "private",
        "many", "several", "previous", "prepared", "initial", "early",
    ])
}

/// Colons that open a quotation: "Haan added about Kovac: “…”" names the object, not the speaker,
/// right before the colon, and "…, to which Haan replied: “…”" has the cue that introduces it.
extension SpeakerAttributor {
    /// Prepositions that make the name after them an object ("wrote to Kovac", "with Kovac").
    private static let objectPrepositions = WordSet([
        "about", "of", "to", "with", "on", "for", "at", "from", "against", "toward", "towards", "than", "like", "into",
        "regarding", "concerning", "over", "upon",
    ])

    /// True when the word right before `mention` is a preposition or a speech verb, so the name
    /// is what the sentence talks about or to ("added about Kovac:", "told Kovac:").
    static func isObjectOfCue(_ mention: PersonMention, _ text: TokenizedText) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > 0 else { return false }
        let previous = text.tokens[start - 1]
        guard previous.kind == .word, previous.paragraph == text.tokens[start].paragraph else { return false }
        return objectPrepositions.contains(previous.hash) || NameLexicon.Hashed.speechVerbs.contains(previous.hash)
    }

    /// True when the cue at `cue` is followed only by a colon before the opening mark at `quoteOpen`
    /// ("Haan replied: “…”"), so it introduces this quotation and outranks any report around it.
    static func introducesWithColon(cue: Int, quoteOpen: Int, _ text: TokenizedText) -> Bool {
        guard cue + 2 == quoteOpen else { return false }
        let colon = text.tokens[cue + 1]
        return colon.kind == .punctuation && colon.byte == UInt8(ascii: ":")
    }
}

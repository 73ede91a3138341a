/// "said former Varna Gov. and Harbour Board Chairman Nadia Kovac.": a speaker named at the end
/// of a long chain of titles after the cue, longer than the usual title before a name.
extension SpeakerAttributor {
    /// How many tokens a chain of titles may run before the name.
    static let titleChainLimit = 14

    private static let chainJoiners = WordSet(["and", "of", "the"])

    /// Lower-case words of time before a role that the function-word list holds ("former", "then").
    private static let roleTimeWords = WordSet(["former", "then", "late", "onetime", "erstwhile"])

    /// The person named after a chain of titles starting at `index`: only capitalised words,
    /// at most two lower-case role words, "and"/"of", numbers, stops of abbreviations, slashes and hyphens
    /// come before the name, and the sentence (or a comma) ends right after it.
    static func titledNameChain(startingAt index: Int, _ text: TokenizedText, _ people: PeopleFinding) -> PersonMention? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let paragraph = tokens[index].paragraph
        var cursor = index
        var lowerCaseWords = 0
        while cursor < min(tokens.count, index + titleChainLimit), tokens[cursor].paragraph == paragraph {
            if let mention = people.mention(atToken: cursor) {
                guard mention.tokens.lowerBound == cursor, endsPhrase(after: mention, text) else { return nil }
                return mention
            }
            let token = tokens[cursor]
            switch token.kind {
            case .number:
                break
            case .punctuation:
                let byte = token.byte
                if byte == UInt8(ascii: ".") {
                    if isSentenceEnd(cursor, text) { return nil }
                } else if byte != UInt8(ascii: "/") && byte != UInt8(ascii: "-") {
                    return nil
                }
            case .word:
                let word = token.hash
                if NameLexicon.Hashed.speechVerbs.contains(word) { return nil }
                if !text.isCapitalized(token), !chainJoiners.contains(word) {
                    // "said voters liked Kovac": a chain of roles holds at most two lower-case words ("former", "widow").
                    lowerCaseWords += 1
                    if lowerCaseWords > 2 || (NameLexicon.Hashed.functionWords.contains(word) && !roleTimeWords.contains(word)) { return nil }
                }
            case .quote:
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// True when a sentence end, a comma, a quotation mark or the paragraph's end follows `mention`.
    private static func endsPhrase(after mention: PersonMention, _ text: TokenizedText) -> Bool {
        let next = mention.tokens.upperBound
        guard next < text.tokens.count else { return true }
        let token = text.tokens[next]
        if token.paragraph != text.tokens[mention.tokens.lowerBound].paragraph || token.kind == .quote { return true }
        guard token.kind == .punctuation else { return false }
        return token.byte == UInt8(ascii: ",") || isSentenceEnd(next, text)
    }
}

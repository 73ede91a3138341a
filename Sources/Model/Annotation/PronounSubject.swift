/// Pronouns in news prose mostly stand for the subject of the passage: the person its sentence
/// or its paragraph opened with, rather than whoever was named last.
extension SpeakerAttributor {
    /// The first person of a fitting gender named before `index` in its sentence, else in the
    /// sentence before (within the paragraph); possessives ("Kovac's aide") and names used as modifiers are stepped over.
    static func paragraphSubject(_ gender: PronounGender, before index: Int, _ text: TokenizedText, _ people: PeopleFinding) -> FoundPerson? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let paragraph = tokens[index].paragraph
        let sentenceStart = sentenceBeginning(before: index, text)
        let previousStart = sentenceStart > 0 && tokens[sentenceStart - 1].paragraph == paragraph
            ? sentenceBeginning(before: sentenceStart - 1, text) : sentenceStart
        var inPreviousSentence: FoundPerson?
        for mention in people.mentions where mention.tokens.lowerBound >= previousStart {
            guard mention.tokens.upperBound <= index else { break }
            let last = tokens[mention.tokens.upperBound - 1]
            if last.bareHash != last.hash || modifiedName(after: mention, text, people) != nil { continue }
            let person = people.people[mention.person]
            guard person.gender == nil || person.gender == gender else { continue }
            if mention.tokens.lowerBound >= sentenceStart { return person }
            if inPreviousSentence == nil { inPreviousSentence = person }
        }
        return inPreviousSentence
    }

    /// The first token of the sentence holding `index`: after the last full stop, question or
    /// exclamation mark before it in its paragraph (quotation marks open no sentence here).
    private static func sentenceBeginning(before index: Int, _ text: TokenizedText) -> Int {
        let tokens = text.tokens
        var start = index
        while start > 0, tokens[start - 1].paragraph == tokens[index].paragraph,
              !(tokens[start - 1].kind == .punctuation && isSentenceEnd(start - 1, text)) { start -= 1 }
        return start
    }
}

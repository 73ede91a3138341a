/// Pronouns in news prose mostly stand for the subject of the passage: the person its sentence
/// or its paragraph opened with, rather than whoever was named last.
extension SpeakerAttributor {
    /// The first person of a fitting gender named before `index` in its sentence, else in the
    /// sentence before (within the paragraph); possessives ("Kovac's aide") and names used as modifiers are stepped over.
    static func paragraphSubject(_ gender: PronounGender, before index: Int, _ text: TokenizedText, _ people: PeopleFinding) -> FoundPerson? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        let paragraph = tokens[index].paragraph
        var sentenceStart = index
        while sentenceStart > 0, tokens[sentenceStart - 1].paragraph == paragraph, !text.sentenceStart[sentenceStart] { sentenceStart -= 1 }
        var previousStart = sentenceStart
        if previousStart > 0, tokens[previousStart - 1].paragraph == paragraph { previousStart -= 1 }
        while previousStart > 0, tokens[previousStart - 1].paragraph == paragraph, !text.sentenceStart[previousStart] { previousStart -= 1 }
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
}

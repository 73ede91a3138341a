/// The last resort of `SpeakerAttributor`: a quotation with no cue, no lead-in and no subject in
/// its sentence is most often the words of the person the surrounding text is about.
extension SpeakerAttributor {
    /// The person named first in the quotation's paragraph before its opening mark, else the one
    /// named first in the paragraph before, else the latest person named before the quotation.
    static func nearbyPerson(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        var latest: PersonMention?
        var firstInPrevious: PersonMention?
        for mention in people.mentions {
            guard mention.tokens.upperBound <= item.openToken else { break }
            let paragraph = tokens[mention.tokens.lowerBound].paragraph
            if paragraph == item.paragraph {
                return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.3)
            }
            if paragraph == item.paragraph - 1, firstInPrevious == nil { firstInPrevious = mention }
            latest = mention
        }
        guard let mention = firstInPrevious ?? latest else { return nil }
        return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil,
                           confidence: firstInPrevious == nil ? 0.15 : 0.25)
    }
}

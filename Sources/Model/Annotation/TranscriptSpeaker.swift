/// Transcript lines: a paragraph opening with a speaker's surname in capitals and a colon
/// ("PENCE: Well, …") gives the quotations in it to the person of that surname.
extension SpeakerAttributor {
    /// The person named by the capitalised label opening the quotation's paragraph, if any.
    static func transcriptSpeaker(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        var start = item.openToken
        while start > 0, tokens[start - 1].paragraph == item.paragraph { start -= 1 }
        while start < tokens.count, tokens[start].kind == .quote, tokens[start].paragraph == item.paragraph { start += 1 }
        var label = start
        while label < min(tokens.count, start + 3), tokens[label].kind == .word, text.isAllCaps(tokens[label]),
              tokens[label].end - tokens[label].start >= 2 { label += 1 }
        guard label > start, label < tokens.count, label <= item.openToken + 3, tokens[label].kind == .punctuation,
              tokens[label].byte == UInt8(ascii: ":") else { return nil }
        let surname = text.lower(tokens[label - 1])
        guard let person = people.people.first(where: { $0.last == surname }) else { return nil }
        return Attribution(speaker: person.name, mention: nil, cue: nil, confidence: 0.7)
    }
}

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

    /// "“…” ¶ – Nadia Kovac.": a paragraph of a dash and a name signing the quotation that ends
    /// the paragraph before.
    static func signatureAfter(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        guard let close = item.closeToken else { return nil }
        var index = close + 1
        while index < tokens.count, tokens[index].paragraph == item.paragraph {
            guard tokens[index].kind == .punctuation || tokens[index].kind == .quote else { return nil }
            index += 1
        }
        guard index + 1 < tokens.count, tokens[index].paragraph == item.paragraph + 1, isDash(index, text) else { return nil }
        if let mention = people.mention(atToken: index + 1) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.7)
        }
        // "– Kovac.": a surname alone signs for the one person of that surname.
        guard tokens[index + 1].paragraph == item.paragraph + 1, text.isCapitalized(tokens[index + 1]),
              let person = person(withSurname: tokens[index + 1], text, people) else { return nil }
        return Attribution(speaker: person.name, mention: tokens[index + 1].range, cue: nil, confidence: 0.6)
    }

    /// "Brel announced the sale on Monday. “We are done here.”": a quotation right after a
    /// sentence (in its paragraph, or ending the paragraph before) whose subject is a person and
    /// whose verb reports speech carries that report on.
    static func paraphraseBefore(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        let stop = item.openToken - 1
        guard stop > 0, tokens[stop].kind == .punctuation, isSentenceEnd(stop, text),
              tokens[stop].paragraph == item.paragraph || tokens[stop].paragraph == item.paragraph - 1 else { return nil }
        let paragraph = tokens[stop].paragraph
        var start = stop
        while start > 0, tokens[start - 1].paragraph == paragraph,
              !(tokens[start - 1].kind == .punctuation && isSentenceEnd(start - 1, text)) {
            // A sentence holding a quotation of its own is no paraphrase.
            if isMark(start - 1, text) || stop - start > 80 { return nil }
            start -= 1
        }
        // The subject comes early ("Brel said …", "If anything, Brel argued …"): a person named in
        // the sentence's first six tokens, its verb within four words reporting speech ("Brel
        // said", "Brel was quick to add").
        var position = start
        while position < min(stop, start + 6) {
            guard let mention = people.mention(atToken: position) else { position += 1; continue }
            position = mention.tokens.upperBound
            let last = tokens[mention.tokens.upperBound - 1]
            guard last.bareHash == last.hash, modifiedName(after: mention, text, people) == nil else { continue }
            var index = mention.tokens.upperBound
            while index < min(stop, mention.tokens.upperBound + 5), tokens[index].kind == .word {
                let word = tokens[index].hash
                if NameLexicon.Hashed.speechVerbs.contains(word) || word == addHash {
                    return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: tokens[index].range, confidence: 0.5)
                }
                index += 1
            }
            // "Brel distanced himself from the plan by saying …": a participle of saying later in
            // the sentence, no other person named before it, reports the subject's words.
            index = mention.tokens.upperBound
            while index < stop {
                if people.mention(atToken: index) != nil { break }
                if tokens[index].kind == .word, participleCues.contains(tokens[index].hash) {
                    return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: tokens[index].range, confidence: 0.45)
                }
                index += 1
            }
            break
        }
        return nil
    }

    private static let addHash = TokenHash.of("add")

    /// "…, Kovac said. “…”": the sentence right before the opening mark ends in a cue naming a
    /// person, and the quotation carries the report on.
    static func reportBefore(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        let stop = item.openToken - 1
        guard stop > 0, tokens[stop].paragraph == item.paragraph, tokens[stop].kind == .punctuation,
              isSentenceEnd(stop, text), tokens[stop].byte == UInt8(ascii: ".") else { return nil }
        var index = stop - 1
        while index >= max(0, stop - 4), tokens[index].kind == .word, tokens[index].paragraph == item.paragraph {
            if NameLexicon.Hashed.speechVerbs.contains(tokens[index].hash) {
                if let mention = people.mention(atToken: index - 1) ?? people.mention(atToken: index + 1) {
                    return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: tokens[index].range, confidence: 0.6)
                }
                return nil
            }
            index -= 1
        }
        return nil
    }
}

/// Finds who said each quotation: a speech cue next to the marks, then the person, pronoun,
/// organisation or description that goes with the cue.
///
/// Looks after the closing mark first ("…," Tillerson said / said Mr. Tillerson), then before the
/// opening mark (Tillerson added: "…" / According to Lavrov, "…"); a pronoun goes to the latest
/// person of its gender mentioned before; a quotation reopened in the next paragraph, or following
/// another of the same speaker in its paragraph, keeps that speaker; a paragraph ending in
/// "X said:" gives the next paragraph's quotation its speaker. When nothing fits, the speaker is
/// nil and the confidence says how little is known.
enum SpeakerAttributor {
    /// How far (in tokens) to look for a cue before and after a quotation.
    static let window = 20
    /// How far back to look for a cue before the opening mark, within the sentence.
    static let windowBefore = 40

    /// Quotes with speakers for the scanned quotations of `text`.
    static func attribute(_ scanned: [ScannedQuote], in text: TokenizedText, people: PeopleFinding) -> [Quote] {
        var quotes: [Quote] = []
        quotes.reserveCapacity(scanned.count)
        // The index of the last direct quotation: `quotes` and `scanned` share indices, and an
        // appended quote is not changed again inside the loop.
        var previousIndex: Int?
        for item in scanned {
            let previous = previousIndex.map { scanned[$0] }
            var quote = Quote(span: item.span)
            if item.depth > 0 {
                quote.kind = .scare  // a quotation inside another belongs to the outer one
                quotes.append(quote)
                continue
            }
            if var found = transcriptSpeaker(item, text, people) ?? cue(for: item, text, people) {
                // "Massie now said Trump had “…”": a speech verb whose speaker phrase names no one
                // belongs to the subject of the sentence it stands in.
                if found.speaker == nil, found.source == nil, found.mention == nil,
                   let subject = sentenceSubject(endingBefore: item.openToken, text, people, within: Int.max), subject.speaker != nil {
                    found = Attribution(speaker: subject.speaker, mention: subject.mention, cue: found.cue, confidence: subject.confidence * 0.8)
                }
                quote.speaker = found.speaker
                quote.source = found.source
                quote.speakerMention = found.mention
                quote.cue = found.cue
                quote.confidence = found.confidence
            } else if let previous, let close = previous.closeToken, close < item.openToken,
                      sentenceEnds(between: close, and: item.openToken, text),
                      let found = sentenceSubject(item, text, people), found.speaker != nil {
                // "…,” Kovac said. Haan dismissed that as “…”": a new sentence's own subject outranks the last speaker.
                quote.speaker = found.speaker
                quote.speakerMention = found.mention
                quote.confidence = found.confidence
            } else if let previous, let close = previous.closeToken, close < item.openToken,
                      previous.paragraph == item.paragraph,
                      let found = joinedClauseSubject(after: close, before: item.openToken, text, people) {
                // "Kovac calls him “Mr. Haan,” while Haan calls her “Nadia.”": a joined clause's own subject.
                quote.speaker = found.speaker
                quote.speakerMention = found.mention
                quote.confidence = found.confidence
            } else if let previous, let previousIndex,
                      quotes[previousIndex].speaker != nil || quotes[previousIndex].source != nil,
                      (item.continuesPrevious && previous.closeToken == nil)
                        || (previous.paragraph == item.paragraph)
                        || (item.paragraph == previous.paragraph + 1 && startsParagraph(item, text)
                            && onlyQuoteInParagraph(item, text)) {
                quote.speaker = quotes[previousIndex].speaker
                quote.source = quotes[previousIndex].source
                quote.confidence = item.continuesPrevious ? 0.8 : 0.6
            } else if let found = colonLeadIn(item, text, people) ?? sentenceSubject(item, text, people) {
                quote.speaker = found.speaker
                quote.source = found.source
                quote.speakerMention = found.mention
                quote.cue = found.cue
                quote.confidence = found.confidence
            } else {
                quote.confidence = 0.1
            }
            if quote.speaker == nil, quote.source == nil,
               let found = signatureAfter(item, text, people) ?? reportBefore(item, text, people)
                ?? paraphraseBefore(item, text, people) {
                quote.speaker = found.speaker
                quote.speakerMention = found.mention
                quote.cue = found.cue
                quote.confidence = found.confidence
            }
            // No cue, lead-in or subject: the person the passage is about is only a likely
            // speaker, offered beside a null `speaker` (a guess is never shown as fact).
            if quote.speaker == nil, quote.source == nil, item.wordCount > 2, let found = nearbyPerson(item, text, people) {
                quote.likelySpeaker = found.speaker
                quote.confidence = found.confidence
            }
            if item.wordCount <= 2 && quote.speaker == nil && quote.source == nil && quote.likelySpeaker == nil { quote.kind = .scare }
            quotes.append(quote)
            if quote.kind == .direct { previousIndex = quotes.count - 1 }
        }
        // A quotation running over paragraphs: a speaker named at its end goes back to its start.
        for index in quotes.indices.reversed() where index + 1 < quotes.count {
            if scanned[index].closeToken == nil, scanned[index + 1].continuesPrevious,
               quotes[index].speaker == nil, quotes[index].source == nil, let speaker = quotes[index + 1].speaker {
                quotes[index].speaker = speaker
                quotes[index].confidence = 0.7
            }
        }
        attributeBetweenSameSpeaker(&quotes, scanned, text, people)
        return quotes
    }

    /// A speaker found for a quote.
    struct Attribution {
        /// The person's `name`, when the source is a person found in the text.
        var speaker: String?
        /// The organisation or description named instead of a person.
        var source: String?
        var mention: Range<Int>?
        var cue: Range<Int>?
        var confidence: Double
    }

    /// True when a sentence ends between the tokens `start` and `end` of one paragraph.
    private static func sentenceEnds(between start: Int, and end: Int, _ text: TokenizedText) -> Bool {
        guard text.tokens[start].paragraph == text.tokens[end].paragraph else { return false }
        return (start..<end).contains { text.tokens[$0].kind == .punctuation && isSentenceEnd($0, text) }
    }

    private static func startsParagraph(_ item: ScannedQuote, _ text: TokenizedText) -> Bool {
        item.openToken == 0 || text.tokens[item.openToken - 1].paragraph != item.paragraph
    }

    private static func onlyQuoteInParagraph(_ item: ScannedQuote, _ text: TokenizedText) -> Bool {
        guard let close = item.closeToken else { return true }
        var index = close + 1
        while index < text.tokens.count, text.tokens[index].paragraph == item.paragraph {
            if text.tokens[index].kind == .word { return false }
            index += 1
        }
        return true
    }

    /// The cue after the quote, else the one before; a bare cue after it (a verb with no speaker
    /// found) gives way to a cue before it that names one, and a description after it to a person
    /// named before it.
    private static func cue(for item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let after = cueAfter(item, text, people)
        let before = cueBefore(item, text, people)
        // "Cruz said he'd make sand “…,” and Trump vowed …": a cue after a joining word opens a clause of its own.
        if let after, after.speaker != nil, opensNewClause(after, item, text) {
            if let before, before.speaker != nil { return before }
            if let subject = sentenceSubject(endingBefore: item.openToken, text, people, within: Int.max), subject.speaker != nil { return subject }
        }
        if let after, after.speaker != nil { return after }
        // "Cross said he “…”. The GOP speechwriter said …": a person named before outranks a description after.
        if let after, after.source != nil { return before?.speaker != nil ? before : after }
        if let before, before.speaker != nil || before.source != nil || after == nil { return before }
        return after
    }

    /// Words after a quotation that open a clause of its own ("…,” and Trump vowed").
    private static let clauseOpeners = WordSet([
        "and", "but", "while", "whereas", "because", "although", "though", "yet", "until", "when", "after", "before",
        "unless", "since",
    ])

    /// True when a joining word stands between the closing mark and the speaker found after it.
    private static func opensNewClause(_ found: Attribution, _ item: ScannedQuote, _ text: TokenizedText) -> Bool {
        guard let close = item.closeToken, let mention = found.mention else { return false }
        var index = close + 1
        while index < text.tokens.count, text.tokens[index].start < mention.lowerBound {
            if text.tokens[index].kind == .word, clauseOpeners.contains(text.tokens[index].hash) { return true }
            index += 1
        }
        return false
    }

    /// A cue in the words after the closing mark, up to the end of the sentence.
    private static func cueAfter(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        guard let close = item.closeToken else { return nil }
        let tokens = text.tokens
        var index = close + 1
        // "…a special case,''' Mr. Putin said": an inner quotation's mark closing at the same place.
        while index < tokens.count, tokens[index].kind == .quote, !tokens[index].spaceBefore, tokens[index].paragraph == item.paragraph { index += 1 }
        // After a quotation ending in a full stop, a cue must follow at once ("…." he said).
        let endsSentence = close > 0 && tokens[close - 1].kind == .punctuation && tokens[close - 1].byte == UInt8(ascii: ".")
        var limit = min(tokens.count, close + 1 + (endsSentence ? 4 : window))
        // "“…,” Kovac, the harbour master since 2009 and … , said": a name set off by a comma right
        // after the closing mark waits for its cue past a long aside.
        if !endsSentence, index < tokens.count, let mention = people.mention(atToken: index), mention.tokens.lowerBound == index,
           mention.tokens.upperBound < tokens.count, tokens[mention.tokens.upperBound].kind == .punctuation,
           tokens[mention.tokens.upperBound].byte == UInt8(ascii: ",") {
            limit = min(tokens.count, close + 1 + 2 * windowBefore)
        }
        // "“…” — Nadia Kovac": a dash and a name after the closing mark.
        if index + 1 < tokens.count, isDash(index, text), tokens[index + 1].paragraph == item.paragraph,
           let mention = people.mention(atToken: index + 1) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.75)
        }
        while index < limit, tokens[index].paragraph == item.paragraph {
            let token = tokens[index]
            if isMark(index, text) { break }
            if token.kind == .punctuation, index > close + 1, isSentenceEnd(index, text) { break }
            if token.kind == .word, let attribution = attribution(atCue: index, text, people, quoteOpen: item.openToken, after: true) {
                // After a closed sentence ("…." He warns that …), a cue opening a sentence of its own is no attribution.
                if endsSentence, opensReport(after: index, text) || opensReportedClause(attribution, after: index, text, people) { return nil }
                return attribution
            }
            index += 1
        }
        return nil
    }

    /// A cue in the words before the opening mark, back to the start of the sentence.
    private static func cueBefore(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        var index = item.openToken - 1
        let limit = max(0, item.openToken - windowBefore)
        // "Tillerson: “…”", "More from Kovac: “…”": a person right before a colon that opens the quote.
        if index > 0, tokens[index].kind == .punctuation, tokens[index].byte == UInt8(ascii: ":"),
           tokens[index - 1].paragraph == item.paragraph, let mention = people.mention(atToken: index - 1),
           !isObjectOfCue(mention, text) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.75)
        }
        var found: Attribution?
        var clauseBreak = false  // the speaker found opens a main clause after a comma
        while index >= limit, tokens[index].paragraph == item.paragraph {
            let token = tokens[index]
            if isMark(index, text) { break }
            if token.kind == .punctuation, isSentenceEnd(index, text) { break }
            // The found speaker opens the main clause right after the comma (", Ross said “…”") or a
            // clause joined after it (", while Ross said “…”").
            if token.kind == .punctuation, token.byte == UInt8(ascii: ","), let mention = found?.mention, found?.speaker != nil,
               index + 2 < tokens.count,
               tokens[index + 1].start == mention.lowerBound
                || (clauseJoiners.contains(tokens[index + 1].hash) && tokens[index + 2].start == mention.lowerBound) { clauseBreak = true }
            if token.kind == .word, let attribution = attribution(atCue: index, text, people, quoteOpen: item.openToken, after: false) {
                // "Ross said Brel had told them “…”": the report's outermost speaker is the source,
                // unless the earlier cue stands in an opening clause ("After Brel argued …, Ross said “…”").
                guard let current = found, current.speaker != nil else {
                    // "…, to which Haan replied: “…”": a cue right before the colon opening the quote introduces it.
                    if attribution.speaker != nil, introducesWithColon(cue: index, quoteOpen: item.openToken, text) { return attribution }
                    // "Haan said the crowd that said “…”": a cue with no speaker gives way to one before it.
                    if found == nil || attribution.speaker != nil { found = attribution }
                    if attribution.source != nil { break }
                    index -= 1
                    continue
                }
                if clauseBreak { return current }
                if attribution.speaker != nil, let mention = attribution.mention, mention.upperBound <= token.start { return attribution }
            }
            index -= 1
        }
        return found
    }

    /// The previous paragraph ends with "X said:" (or "X added:"), introducing this quotation.
    private static func colonLeadIn(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        guard startsParagraph(item, text), item.openToken > 0 else { return nil }
        let tokens = text.tokens
        let last = item.openToken - 1
        guard tokens[last].kind == .punctuation, tokens[last].byte == UInt8(ascii: ":") else { return nil }
        var index = last - 1
        let paragraph = tokens[last].paragraph
        while index >= max(0, last - window), tokens[index].paragraph == paragraph {
            if isMark(index, text) { break }
            if tokens[index].kind == .punctuation, isSentenceEnd(index, text) { break }
            if tokens[index].kind == .word, var found = attribution(atCue: index, text, people, quoteOpen: item.openToken, after: false) {
                found.confidence *= 0.9
                if found.speaker != nil || found.source != nil { return found }
                break
            }
            index -= 1
        }
        // "Kovac issued the following statement:": a lead-in ending in a colon introduces the
        // words of its subject, with or without a verb of saying.
        if let subject = sentenceSubject(endingBefore: last, text, people, within: 12), subject.speaker != nil {
            return Attribution(speaker: subject.speaker, mention: subject.mention, cue: nil, confidence: subject.confidence * 0.8)
        }
        return nil
    }

    /// No cue: a quotation inside a sentence is most often the words of the sentence's subject,
    /// the first person named (or the pronoun) in the sentence before the opening mark, earlier
    /// quotations of the sentence left out.
    private static func sentenceSubject(_ item: ScannedQuote, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        guard var found = sentenceSubject(endingBefore: item.openToken, text, people, within: Int.max) else { return nil }
        found.confidence *= 0.65
        return found
    }

    /// True when the punctuation token at `index` ends a sentence (not the stop of "Mr." or "W.").
    static func isSentenceEnd(_ index: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        if token.byte == UInt8(ascii: "?") || token.byte == UInt8(ascii: "!") || token.byte == UInt8(ascii: ";") { return true }
        guard token.byte == UInt8(ascii: ".") else { return false }
        // "Cambridge, Mass., said": a stop followed by a comma abbreviates.
        if index + 1 < text.tokens.count, text.tokens[index + 1].kind == .punctuation,
           text.tokens[index + 1].byte == UInt8(ascii: ",") { return false }
        // "GunBroker.com", "Kovac.org": a stop with a word stuck to it ends no sentence.
        if index + 1 < text.tokens.count, text.tokens[index + 1].kind == .word, !text.tokens[index + 1].spaceBefore,
           text.tokens[index + 1].paragraph == token.paragraph { return false }
        guard index > 0 else { return true }
        let previous = text.tokens[index - 1]
        guard previous.kind == .word, previous.end == token.start else { return true }
        if previous.end - previous.start == 1, text.isCapitalized(previous) { return false }
        return !TokenizedText.abbreviations.contains(previous.hash)
    }

    /// The speaker that goes with the cue word at `index`, if it is one.
    private static func attribution(
        atCue index: Int, _ text: TokenizedText, _ people: PeopleFinding, quoteOpen: Int, after: Bool
    ) -> Attribution? {
        let tokens = text.tokens
        let word = tokens[index].hash
        var cueRange = tokens[index].range
        if word == KnownWord.according, index + 1 < tokens.count, tokens[index + 1].hash == KnownWord.to {
            cueRange = tokens[index].start..<tokens[index + 1].end
            guard let found = phrase(startingAt: index + 2, text, people, quoteOpen: quoteOpen) else { return nil }
            return Attribution(speaker: found.speaker, source: found.source, mention: found.mention, cue: cueRange, confidence: found.confidence)
        }
        // "Haan shot back": a verb of hitting back reports speech.
        if word == backHash, index > 1, backVerbs.contains(tokens[index - 1].hash), tokens[index - 1].paragraph == tokens[index].paragraph {
            guard let found = phrase(endingBefore: index - 1, text, people, quoteOpen: quoteOpen) else { return nil }
            return Attribution(speaker: found.speaker, source: found.source, mention: found.mention,
                               cue: tokens[index - 1].start..<tokens[index].end, confidence: found.confidence)
        }
        guard NameLexicon.Hashed.speechVerbs.contains(word), !isNounUse(index, text) else { return nil }
        // "the United States", "Field Notes": a capitalised word inside a sentence is a name, not a verb.
        if text.isCapitalized(tokens[index]), !text.sentenceStart[index], index > 0, tokens[index - 1].kind == .word,
           text.isCapitalized(tokens[index - 1]) { return nil }
        // "Haan was asked by host Ruth Calder": a passive cue's speaker is its agent after "by".
        // ("interjected by hitting Brel" is no agent.)
        if index + 2 < tokens.count, tokens[index + 1].hash == KnownWord.by, tokens[index + 1].paragraph == tokens[index].paragraph,
           !endsInIng(tokens[index + 2], text), let found = phrase(startingAt: index + 2, text, people, quoteOpen: quoteOpen), found.speaker != nil {
            return Attribution(speaker: found.speaker, mention: found.mention, cue: cueRange, confidence: found.confidence)
        }
        // "…, with Haan noting “…”": a participle with a person of its own right before it.
        if participleCues.contains(word), index > 0, let mention = people.mention(atToken: index - 1),
           tokens[mention.tokens.upperBound - 1].bareHash == tokens[mention.tokens.upperBound - 1].hash {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: cueRange, confidence: 0.8)
        }
        // "Kovac issued a statement, saying …": a participle's speaker is the sentence's subject.
        if participleCues.contains(word) || (index > 0 && clauseJoinsBeforeCue.contains(tokens[index - 1].hash)),
           let subject = sentenceSubject(endingBefore: index, text, people, within: 8)
            ?? sentenceSubject(endingBefore: index, text, people, within: Int.max) {
            return Attribution(speaker: subject.speaker, mention: subject.mention, cue: cueRange, confidence: subject.confidence)
        }
        // "“…” for Calder, said Kovac": a name right after the cue outranks one closing a phrase before the comma.
        let commaBefore = index > 0 && tokens[index - 1].kind == .punctuation && tokens[index - 1].byte == UInt8(ascii: ",")
        let afterFirst = after && commaBefore && people.mention(atToken: index + 1) != nil
        for step in 0..<2 {
            let side = (step == 0) == afterFirst ? 1 : -1
            var found = side < 0
                ? phrase(endingBefore: index, text, people, quoteOpen: quoteOpen)
                : phrase(startingAt: index + 1, text, people, quoteOpen: quoteOpen)
            // Before the quote, a name after the verb is its object ("Haan says Kovac “…”"),
            // unless a comma or colon sets it off as the speaker ("said Kovac: “…”").
            if side > 0, !after, let mention = found?.mention, !setOffBeforeQuote(after: mention, text) { found = nil }
            if let found {
                return Attribution(speaker: found.speaker, source: found.source, mention: found.mention, cue: cueRange, confidence: found.confidence)
            }
        }
        return Attribution(speaker: nil, mention: nil, cue: cueRange, confidence: 0.2)
    }

    /// A speaker phrase whose last word sits right before `index` (skipping "also", "has" …).
    private static func phrase(endingBefore index: Int, _ text: TokenizedText, _ people: PeopleFinding, quoteOpen: Int) -> Attribution? {
        let tokens = text.tokens
        var end = index - 1
        while end >= 0, tokens[end].kind == .word,
              adverbsBeforeCue.contains(tokens[end].hash) {
            end -= 1
        }
        guard end >= 0, tokens[end].paragraph == tokens[index].paragraph else { return nil }
        if tokens[end].kind == .punctuation, tokens[end].byte == UInt8(ascii: ","), end > 0 {
            // "Sanders's campaign manager, Jeff Weaver, said": the name right before the comma.
            // "Tillerson, who attended the talks, said": the speaker sits before the clause.
            // Several commas may sit inside ("McConnell, R-Ky., said"; "Daniloff, now 81 and retired
            // in Cambridge, Mass., said"): the nearest person named right before one of them.
            // A person opening the sentence right before the first comma of the chain outranks one
            // inside the aside ("Ana Ruiz, curator at the University of Arkansas, Fayetteville, said").
            var back = end
            var firstComma: Int?
            var nearest: PersonMention?
            while back >= max(0, end - 30), tokens[back].kind != .quote, tokens[back].paragraph == tokens[end].paragraph {
                if tokens[back].kind == .punctuation, isSentenceEnd(back, text) { break }
                if tokens[back].kind == .punctuation, tokens[back].byte == UInt8(ascii: ","), back > 0 {
                    if firstComma == nil, back < end { firstComma = back }
                    if let mention = people.mention(atToken: back - 1) {
                        // Opening the sentence, or right after the closing mark ("“…,” Ana Ruiz, a columnist for …, wrote").
                        let opensSentence = text.sentenceStart[mention.tokens.lowerBound]
                            || (mention.tokens.lowerBound > 0 && tokens[mention.tokens.lowerBound - 1].paragraph != tokens[end].paragraph)
                            || (mention.tokens.lowerBound > 0 && isMark(mention.tokens.lowerBound - 1, text))
                        if nearest == nil || opensSentence { nearest = mention }
                        if opensSentence { break }
                    } else if text.sentenceStart[back - 1], text.isCapitalized(tokens[back - 1]),
                              let person = person(withSurname: tokens[back - 1], text, people) {
                        // "Zimmerman, who lives in Varna, told …": a surname the finder missed, opening the sentence.
                        return Attribution(speaker: person.name, mention: tokens[back - 1].range, cue: nil, confidence: 0.7)
                    }
                }
                back -= 1
            }
            if let nearest {
                return Attribution(speaker: people.people[nearest.person].name, mention: nearest.span, cue: nil, confidence: 0.8)
            }
            guard let firstComma, firstComma > 0 else { return nil }
            end = firstComma - 1
        }
        guard end >= 0, tokens[end].kind == .word else { return nil }
        if let mention = people.mention(atToken: end) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.9)
        }
        if let gender = NameLexicon.Hashed.pronouns[tokens[end].hash] {
            return pronoun(gender, at: tokens[end].range, before: end, text, people)
        }
        return description(endingAt: end, text, people)
    }

    /// A speaker phrase starting at `index` ("said Mr. Tillerson", "said a spokesman").
    private static func phrase(startingAt index: Int, _ text: TokenizedText, _ people: PeopleFinding, quoteOpen: Int) -> Attribution? {
        let tokens = text.tokens
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .number, let mention = titledNameChain(startingAt: index, text, people) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.8)
        }
        guard tokens[index].kind == .word else { return nil }
        // Skip a title before the name: "said Secretary of State Rex Tillerson".
        var cursor = index
        while cursor < min(tokens.count, index + 6) {
            if var mention = people.mention(atToken: cursor) {
                // "said Clinton ally James Carville": a later name after a role word is the speaker.
                var ahead = mention.tokens.upperBound
                while ahead < min(tokens.count, mention.tokens.upperBound + 5), tokens[ahead].kind == .word,
                      !text.isCapitalized(tokens[ahead]) || people.mention(atToken: ahead) != nil {
                    if let later = people.mention(atToken: ahead) { mention = later; break }
                    ahead += 1
                }
                return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.9)
            }
            let word = tokens[cursor].hash
            guard tokens[cursor].kind == .word || tokens[cursor].kind == .number
                    || (tokens[cursor].kind == .punctuation && tokens[cursor].byte == UInt8(ascii: ".")),
                  tokens[cursor].kind != .word || NameLexicon.Hashed.titles.contains(word) || NameLexicon.Hashed.officeWords.contains(word)
                    || roleModifiers.contains(word) || text.isCapitalized(tokens[cursor])
                    || (cursor == index && descriptionStarts.contains(word))
                    || isDescriptorWord(word) else { break }
            cursor += 1
        }
        if let mention = titledNameChain(startingAt: index, text, people) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.8)
        }
        if let gender = NameLexicon.Hashed.pronouns[tokens[index].hash] {
            return pronoun(gender, at: tokens[index].range, before: index, text, people)
        }
        return description(startingAt: index, text, people)
    }

    /// A pronoun speaker: the first person of a fitting gender named earlier in the pronoun's
    /// sentence, else in the sentence before (the subject the passage is about), else the latest
    /// person of that gender mentioned before.
    static func pronoun(_ gender: PronounGender, at range: Range<Int>, before index: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        guard gender == .male || gender == .female else {
            return Attribution(speaker: nil, mention: nil, cue: nil, confidence: 0.3)
        }
        if let subject = paragraphSubject(gender, before: index, text, people) {
            return Attribution(speaker: subject.name, mention: range, cue: nil, confidence: subject.gender == gender ? 0.75 : 0.6)
        }
        for mention in people.mentions.reversed() where mention.tokens.upperBound <= index {
            let person = people.people[mention.person]
            if person.gender == nil || person.gender == gender {
                return Attribution(speaker: person.name, mention: range, cue: nil, confidence: person.gender == gender ? 0.75 : 0.6)
            }
        }
        return Attribution(speaker: nil, mention: nil, cue: nil, confidence: 0.3)
    }

    /// True when the word ends in "ing" (a participle or gerund).
    static func endsInIng(_ token: Token, _ text: TokenizedText) -> Bool {
        guard token.kind == .word, token.end - token.start > 4 else { return false }
        let bytes = text.bytes
        return bytes[token.end - 3] | 0x20 == UInt8(ascii: "i") && bytes[token.end - 2] | 0x20 == UInt8(ascii: "n")
            && bytes[token.end - 1] | 0x20 == UInt8(ascii: "g")
    }

    /// The only person of the article whose surname is the word `token`.
    static func person(withSurname token: Token, _ text: TokenizedText, _ people: PeopleFinding) -> FoundPerson? {
        guard token.end - token.start > 1 else { return nil }
        let word = text.lower(token)
        var found: FoundPerson?
        for person in people.people where person.last == word && person.words.count > 1 {
            if found != nil { return nil }
            found = person
        }
        return found
    }

    /// A common noun or adjective of a role before a name ("said retired neurosurgeon Ana Ruiz",
    /// "said election lawyer Ana Ruiz"): no function word, speech verb or clause word.
    private static func isDescriptorWord(_ word: UInt64) -> Bool {
        !NameLexicon.Hashed.functionWords.contains(word) && !NameLexicon.Hashed.speechVerbs.contains(word)
            && !descriptionEnds.contains(word) && !clauseWords.contains(word) && !timeWords.contains(word)
    }

    private static let backHash = TokenHash.of("back")

    /// Verbs that report a retort with "back" ("shot back", "fired back", "hit back").
    private static let backVerbs = WordSet(["shot", "fired", "hit", "pushed", "snapped", "wrote", "struck", "lashed"])

    /// Lower-case words of a role before a name after the cue ("said former Kovac adviser Piet Haan").
    private static let roleModifiers = WordSet([
        "former", "then", "longtime", "veteran", "top", "senior", "retired", "acting", "interim", "fellow", "campaign",
        "party", "state", "city", "county", "federal", "local", "national", "policy", "communications", "political",
    ])

    /// Words that make a description of a speaker ("a White House official", "the company").
    private static let descriptionStarts = WordSet(["a", "an", "the", "another", "one", "two", "several", "some", "many", "his", "her", "their", "its"])

    /// Words between a speaker and the cue verb ("Smith also said", "Smith had told").
    private static let adverbsBeforeCue = WordSet([
        "also", "has", "had", "later", "then", "have", "once", "previously", "recently", "reportedly", "further", "simply",
        "would", "will", "even", "again", "publicly", "privately", "repeatedly", "often", "frequently", "now", "just",
        "first", "originally", "subsequently", "quickly", "immediately", "still", "flatly", "famously", "angrily",
        "bluntly", "openly", "once", "since", "always", "never", "already", "actually", "specifically", "explicitly",
    ])

    /// Words that break off a description before the cue ("and", "but", "that").
    private static let descriptionBreaks = WordSet(["and", "but", "that"])

    /// Verbs that make a run of words a clause ("a hardship fund would be"), never a speaker's description.
    private static let clauseWords = WordSet([
        "would", "will", "could", "should", "can", "may", "might", "must", "be", "been", "being", "is", "are",
        "was", "were", "am", "has", "have", "had", "need", "needs", "do", "does", "did",
        "want", "wants", "wanted", "hope", "hopes", "hoped", "expect", "expects", "expected", "plan", "plans",
        "planned", "think", "thinks", "believe", "believes", "know", "knows", "called", "calls", "described",
    ])

    /// True when the words from `start` through `end` read as a clause rather than a noun phrase.
    private static func isClause(_ start: Int, _ end: Int, _ text: TokenizedText) -> Bool {
        (start...end).contains { clauseWords.contains(text.tokens[$0].hash) }
    }

    /// Words that end a description after the cue ("said a spokesman for …").
    private static let descriptionEnds = WordSet(["who", "that", "which", "in", "on", "at", "during", "after", "before", "to", "of", "for", "with"])

    /// A description ending at `end`: back to its determiner, at most six words.
    private static func description(endingAt end: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        var start = end
        var capitalised = text.isCapitalized(tokens[end])
        while start > 0, end - start < 6, tokens[start - 1].kind == .word, tokens[start - 1].paragraph == tokens[end].paragraph {
            let word = tokens[start - 1].hash
            if NameLexicon.Hashed.speechVerbs.contains(word) || descriptionBreaks.contains(word) { break }
            start -= 1
            if descriptionStarts.contains(word) { break }
            if text.isCapitalized(tokens[start]) { capitalised = true }
        }
        guard descriptionStarts.contains(tokens[start].hash) || capitalised else { return nil }
        // "the Times reported": a capitalised time word is a name (an outlet), not a time.
        if NameLexicon.Hashed.functionWords.contains(tokens[end].hash)
            || (timeWords.contains(tokens[end].hash) && !text.isCapitalized(tokens[end]))
            || isClause(start, end, text) { return nil }
        return describedSource(start, end, text, people)
    }

    /// A description starting at `start` ("said a spokesman for the campaign").
    private static func description(startingAt start: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution? {
        let tokens = text.tokens
        guard descriptionStarts.contains(tokens[start].hash) || text.isCapitalized(tokens[start]) else { return nil }
        var end = start
        while end + 1 < tokens.count, end - start < 5, tokens[end + 1].kind == .word, tokens[end + 1].paragraph == tokens[start].paragraph {
            if descriptionEnds.contains(tokens[end + 1].hash) { break }
            end += 1
        }
        if NameLexicon.Hashed.functionWords.contains(tokens[end].hash) || timeWords.contains(tokens[end].hash)
            || isClause(start, end, text) { return nil }
        // "said the bureau's director, Jane Roe": the name set off after the description.
        if end + 2 < tokens.count, tokens[end + 1].kind == .punctuation, tokens[end + 1].byte == UInt8(ascii: ","),
           let mention = people.mention(atToken: end + 2) {
            return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.8)
        }
        return describedSource(start, end, text, people)
    }

    /// Words of time that end no speaker's description ("earlier in the day", "a few days later").
    private static let timeWords = WordSet([
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "morning", "afternoon",
        "evening", "night", "weekend", "hour", "hours", "minute", "minutes", "moment", "later", "earlier", "ago", "past",
    ])

    /// The source described by the words `start...end`: the person named last inside it ("his
    /// campaign manager Jeff Weaver"), else the description itself as a non-person source.
    private static func describedSource(_ start: Int, _ end: Int, _ text: TokenizedText, _ people: PeopleFinding) -> Attribution {
        let tokens = text.tokens
        for index in stride(from: end, through: start, by: -1) {
            if let mention = people.mention(atToken: index) {
                return Attribution(speaker: people.people[mention.person].name, mention: mention.span, cue: nil, confidence: 0.6)
            }
        }
        let range = tokens[start].start..<tokens[end].end
        // "Small, who attended the rally, said": a lone capitalised word that is the surname of
        // exactly one person of the article is a second reference to that person.
        if end - start < 2, text.isCapitalized(tokens[end]), let person = person(withSurname: tokens[end], text, people) {
            return Attribution(speaker: person.name, mention: tokens[end].range, cue: nil, confidence: 0.6)
        }
        return Attribution(speaker: nil, source: text.string(range), mention: range, cue: nil, confidence: 0.5)
    }
}

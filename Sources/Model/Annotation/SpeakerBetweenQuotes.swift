/// "“…,” Kovac notes. ¶ “…” ¶ “…,” Kovac adds.": quoted sentences with no cue of their own
/// between two quotations of the same person are that person's words too.
extension SpeakerAttributor {
    /// How many paragraphs the two quotations of the same person may lie apart.
    static let betweenQuotesParagraphs = 6

    /// Gives the quoted sentences of each run of cue-less quotations the speaker of the quotations
    /// on both sides of it, when both are the same person and no one else is named outside
    /// quotation marks between them (or the passage is about that person: the likely speaker).
    static func attributeBetweenSameSpeaker(_ quotes: inout [Quote], _ scanned: [ScannedQuote], _ text: TokenizedText, _ people: PeopleFinding) {
        let direct = quotes.indices.filter { quotes[$0].kind == .direct }
        var position = 0
        while position < direct.count {
            guard isBare(quotes[direct[position]]) else { position += 1; continue }
            let first = position
            while position + 1 < direct.count, isBare(quotes[direct[position + 1]]) { position += 1 }
            let last = position
            position += 1
            guard first > 0, last + 1 < direct.count else { continue }
            let before = direct[first - 1]
            let after = direct[last + 1]
            guard let speaker = quotes[before].speaker, quotes[after].speaker == speaker, let close = scanned[before].closeToken,
                  scanned[after].paragraph - scanned[before].paragraph <= betweenQuotesParagraphs else { continue }
            let othersNamed = namesSomeoneElse(than: speaker, from: close, to: scanned[after].openToken,
                                               quotations: scanned[(before + 1)..<after], people)
            // Only a quoted sentence of its own: a quotation inside a sentence belongs to that sentence ("The crowd chanted “…”").
            // After a lead-in colon that named no one ("The committee issued a statement:"), the lead-in's subject spoke.
            for index in direct[first...last] where standsAlone(scanned[index], text) && !followsColon(scanned[index], text)
                && (!othersNamed || quotes[index].likelySpeaker == speaker) {
                quotes[index].speaker = speaker
                quotes[index].likelySpeaker = nil
                quotes[index].confidence = 0.5
            }
        }
    }

    /// True for a quotation with no speaker, source or cue.
    private static func isBare(_ quote: Quote) -> Bool {
        quote.speaker == nil && quote.source == nil && quote.cue == nil
    }

    /// True when only a paragraph break, another quotation's mark or a sentence's end comes before
    /// the opening mark, and a paragraph break, a mark or the quotation's own full stop ends it.
    private static func standsAlone(_ item: ScannedQuote, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard let close = item.closeToken else { return false }
        let open = item.openToken
        let opensAlone = open == 0 || tokens[open - 1].paragraph != item.paragraph || tokens[open - 1].kind == .quote
            || (tokens[open - 1].kind == .punctuation && isSentenceEnd(open - 1, text))
        let closesAlone = close + 1 == tokens.count || tokens[close + 1].paragraph != item.paragraph
            || tokens[close + 1].kind == .quote
            || (close > 0 && tokens[close - 1].kind == .punctuation && isSentenceEnd(close - 1, text))
        return opensAlone && closesAlone
    }

    /// True when a colon comes right before the opening mark (at the end of the paragraph before, or in its own).
    private static func followsColon(_ item: ScannedQuote, _ text: TokenizedText) -> Bool {
        guard item.openToken > 0 else { return false }
        let previous = text.tokens[item.openToken - 1]
        return previous.kind == .punctuation && previous.byte == UInt8(ascii: ":")
    }

    /// True when a person other than `speaker` is named between the tokens `start` and `end`
    /// outside the `quotations`.
    private static func namesSomeoneElse(
        than speaker: String, from start: Int, to end: Int, quotations: ArraySlice<ScannedQuote>, _ people: PeopleFinding
    ) -> Bool {
        for mention in people.mentions where mention.tokens.lowerBound > start && mention.tokens.upperBound <= end {
            guard people.people[mention.person].name != speaker else { continue }
            let quoted = quotations.contains { item in
                mention.tokens.lowerBound > item.openToken && mention.tokens.lowerBound < (item.closeToken ?? end)
            }
            if !quoted { return true }
        }
        return false
    }
}

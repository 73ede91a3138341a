/// Words that are titles or organisation words elsewhere but name a person where they stand:
/// surnames that are titles ("Charlie King", "Mr. King"), first names that are organisation words
/// ("Bill Clinton"), and the affiliation in front of a name ("House Republican Thomas Massie").
extension NameCandidateReader {
    /// Honorifics after which the next word is always a surname.
    static let honorifics = WordSet(["mr", "mrs", "ms", "miss", "mx", "dr"])

    /// True when the title word ending `words` is a surname: after a first name, after an
    /// honorific (`titleBefore`), or alone right before or after a verb of saying ("King said").
    static func titleIsSurname(_ words: WordIndexList, titleBefore: UInt64?, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let last = words[words.count - 1]
        if words.count >= 2 { return NameLexicon.isFirstName(tokens[words[words.count - 2]].hash) }
        if let titleBefore { return honorifics.contains(titleBefore) }
        guard !text.sentenceStart[last], last > 0, tokens[last - 1].kind == .word,
              !NameLexicon.Hashed.functionWords.contains(tokens[last - 1].hash) || tokens[last - 1].hash == saidHash else { return false }
        let before = tokens[last - 1].hash
        let after = last + 1 < tokens.count && tokens[last + 1].kind == .word ? tokens[last + 1].hash : 0
        return NameLexicon.Hashed.sayingVerbs.contains(before) || NameLexicon.Hashed.sayingVerbs.contains(after)
    }

    private static let saidHash = TokenHash.of("said")

    /// True when the organisation word leading a two-word phrase is a first name ("Bill Clinton",
    /// "Christian Pardo"): a listed first name followed by a word of no organisation or place.
    static func organisationWordIsFirstName(_ words: WordIndexList, _ buffers: CandidateText, _ text: TokenizedText) -> Bool {
        guard words.count == 2 else { return false }
        return words.facts(0).contains(.anyFirstName) && words.bareFacts(1).isDisjoint(with: [.organisationWord, .placeWord, .title])
            && buffers.isCapitalized(buffers.tokens[words[1]], text)
    }

    /// The position of the first name after leading organisation or party words ("House
    /// Republican Thomas Massie" → 2), when a first name and one or two more words end the phrase.
    static func firstNameAfterAffiliation(_ words: WordIndexList) -> Int? {
        guard words.count >= 3 else { return nil }
        for position in 1..<(words.count - 1) where words.facts(position).contains(.firstName) {
            guard words.count - position <= 3 else { return nil }
            for rest in position..<words.count where !words.bareFacts(rest).isDisjoint(with: [.organisationWord, .placeWord, .title]) {
                return nil
            }
            return position
        }
        return nil
    }
}

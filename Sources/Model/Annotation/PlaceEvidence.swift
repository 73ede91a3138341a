/// What marks a single capitalised word as a place, a body or a group rather than a person: the
/// article's own usage ("the town of Velm", "Ardran" beside "Ardra", "the Ministry for Roads")
/// and the lexicon's group nouns ("Police said").
enum PlaceEvidence {
    /// Hashes of the words the text itself shows to be places: those after "town of", "port of"
    /// and the like, and those whose adjective in -n is written too ("Ardra" beside "Ardran").
    static func placeNames(in text: TokenizedText) -> WordSet {
        var result = WordSet()
        let tokens = text.tokens
        var capitalised = WordSet()
        for token in tokens where token.kind == .word && text.isCapitalized(token) { capitalised.insert(token.bareHash) }
        for index in tokens.indices where tokens[index].kind == .word && text.isCapitalized(tokens[index]) {
            let token = tokens[index]
            if index >= 2, tokens[index - 1].hash == KnownWord.of, tokens[index - 2].kind == .word,
               NameLexicon.Hashed.placeHeads.contains(tokens[index - 2].hash), !text.isCapitalized(tokens[index - 2]) {
                result.insert(token.bareHash)
            }
            // "Ardra" is a place when "Ardran" (its adjective) is written too.
            // (FNV hashing goes byte by byte: extending the word's hash by "n" hashes the adjective.)
            if token.end - token.start >= 4, text.bytes[token.end - 1] == UInt8(ascii: "a"), token.bareHash == token.hash,
               capitalised.contains((token.hash ^ UInt64(UInt8(ascii: "n"))) &* TokenHash.prime) {
                result.insert(token.hash)
            }
        }
        return result
    }

    /// True when a one-word candidate is a place the text shows, a group noun, or the tail of a
    /// body's name ("the Department for Fisheries said").
    static func namesNoPerson(_ candidate: NameCandidate, places: WordSet, _ text: TokenizedText) -> Bool {
        let word = candidate.hashes[candidate.hashes.count - 1]
        if places.contains(word) || NameLexicon.Hashed.groupWords.contains(word) { return true }
        if looksLikeCountry(candidate, text) { return true }
        let first = candidate.tokens.lowerBound
        let tokens = text.tokens
        guard first >= 2, tokens[first - 1].hash == KnownWord.of || tokens[first - 1].hash == forHash,
              tokens[first - 2].kind == .word, text.isCapitalized(tokens[first - 2]) else { return false }
        let head = tokens[first - 2].hash
        return NameLexicon.Hashed.organisationWords.contains(head) || NameLexicon.Hashed.titles.contains(head)
    }

    /// True when a lone word of six letters or more ends in "-ia" and is no first name ("Astrenia
    /// says"): a country's name, since a surname alone rarely ends so.
    static func looksLikeCountry(_ candidate: NameCandidate, _ text: TokenizedText) -> Bool {
        let token = text.tokens[candidate.tokens.upperBound - 1]
        let end = token.start + candidate.words[candidate.words.count - 1].utf8.count
        guard candidate.words.count == 1, end - token.start >= 6, end <= text.bytes.count,
              text.bytes[end - 2] == UInt8(ascii: "i"), text.bytes[end - 1] == UInt8(ascii: "a") else { return false }
        return !NameLexicon.Hashed.anyFirstNames.contains(candidate.hashes[0])
    }

    private static let forHash = TokenHash.of("for")
}

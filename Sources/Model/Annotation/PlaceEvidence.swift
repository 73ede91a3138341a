/// What marks a single capitalised word as a place, a body or a group rather than a person: the
/// article's own usage ("the town of Velm", "Ardran" beside "Ardra", "the Ministry for Roads")
/// and the lexicon's group nouns ("Police said").
enum PlaceEvidence {
    /// Hashes of the words the text itself shows to be places: those after "town of", "port of"
    /// and the like, and those whose adjective in -n is written too ("Ardra" beside "Ardran").
    static func placeNames(in text: TokenizedText, capitalised: CapitalisedWords) -> WordSet {
        text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { bytes in placeNames(tokens, bytes, capitalised, text) }
        }
    }

    /// `placeNames(in:capitalised:)` over the text's tokens and bytes.
    private static func placeNames(
        _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ capitalised: CapitalisedWords, _ text: TokenizedText
    ) -> WordSet {
        var result = WordSet()
        let of = KnownWord.of, placeHead = NameWordFacts.placeHead
        let letterN = UInt8(ascii: "n"), letterA = UInt8(ascii: "a")
        // Only a capitalised word ending in "n" can be the adjective of a place in "-a".
        var adjectives = WordSet()
        var placesInA: [Int] = []
        // Every kind of evidence is a capitalised word.
        for index in capitalised.indices {
            let token = tokens[index]
            let last = bytes[token.end - 1]
            if last == letterA {
                placesInA.append(index)
            } else if last == letterN || token.bareHash != token.hash {
                // The adjective may carry a possessive ("Ardran's"): its bare form ends in "n".
                let bareEnd = token.end - TokenizedText.possessiveLength(bytes, token)
                if bareEnd > token.start, bytes[bareEnd - 1] == letterN { adjectives.insert(token.bareHash) }
            }
            // "the town of Velm": a place head, "of", and the capitalised name.
            if index >= 2, tokens[index - 1].hash == of {
                let head = tokens[index - 2]
                if head.kind == .word, NameWordFacts.of(head.hash).contains(placeHead), !text.isCapitalized(head) { result.insert(token.bareHash) }
            }
        }
        // "Ardra" is a place when "Ardran" (its adjective) is written too.
        // (FNV hashing goes byte by byte: extending the word's hash by "n" hashes the adjective.)
        for index in placesInA {
            let token = tokens[index]
            guard token.end - token.start >= 4 && token.bareHash == token.hash else { continue }
            if adjectives.contains((token.hash ^ UInt64(letterN)) &* TokenHash.prime) { result.insert(token.hash) }
        }
        return result
    }

    /// True when a one-word candidate is a place the text shows, a group noun, or the tail of a
    /// body's name ("the Department for Fisheries said").
    static func namesNoPerson(_ candidate: NameCandidate, places: WordSet, _ text: TokenizedText) -> Bool {
        let word = candidate.words.lastHash
        if places.contains(word) || candidate.lastWordFacts.contains(.groupWord) { return true }
        if looksLikeCountry(candidate, text) { return true }
        let first = candidate.tokens.lowerBound
        let tokens = text.tokens
        guard first >= 2, tokens[first - 1].hash == KnownWord.of || tokens[first - 1].hash == forHash,
              tokens[first - 2].kind == .word, text.isCapitalized(tokens[first - 2]) else { return false }
        let head = tokens[first - 2].hash
        return !NameWordFacts.of(head).isDisjoint(with: [.organisationWord, .title])
    }

    /// True when a lone word of six letters or more ends in "-ia" and is no first name ("Astrenia
    /// says"): a country's name, since a surname alone rarely ends so.
    static func looksLikeCountry(_ candidate: NameCandidate, _ text: TokenizedText) -> Bool {
        guard candidate.words.count == 1 else { return false }
        let token = text.tokens[candidate.tokens.upperBound - 1]
        let end = token.start + loweredByteCount(candidate, token, text)
        guard end - token.start >= 6, end <= text.bytes.count,
              text.bytes[end - 2] == UInt8(ascii: "i"), text.bytes[end - 1] == UInt8(ascii: "a") else { return false }
        return !candidate.firstWordFacts.contains(.anyFirstName)
    }

    /// The UTF-8 length of a one-word candidate's word lower-cased (its token `token`); ASCII
    /// keeps its length when lower-cased, other text may not.
    private static func loweredByteCount(_ candidate: NameCandidate, _ token: Token, _ text: TokenizedText) -> Int {
        guard NameWords.isASCII(token, bare: candidate.lastWordIsBare, text) else { return candidate.wordString(0, in: text).utf8.count }
        return token.end - token.start - (candidate.lastWordIsBare ? NameCandidateReader.possessiveLength(token, text) : 0)
    }

    private static let forHash = TokenHash.of("for")
}

/// Reads capitalised phrases off the tokens and turns them into name candidates: titles split off,
/// possessives dropped, organisations, places and all-capital acronyms left out.
enum NameCandidateReader {
    /// Lower-case particles that may sit inside a name (Claudio De Vincenti, Ludwig van Beethoven).
    static let particleWords = "de da del della di du van von der den la le al bin ibn el ben dos das st"

    /// Honorifics that tell a gender.
    static let genderedTitles = WordMap<PronounGender>([
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "sir": .male, "dame": .female,
        "lord": .male, "lady": .female, "king": .male, "queen": .female, "prince": .male,
        "princess": .female, "congressman": .male, "congresswoman": .female, "spokesman": .male,
        "spokeswoman": .female, "chairman": .male, "chairwoman": .female, "father": .male,
        "sister": .female, "brother": .male, "actress": .female, "councilwoman": .female, "councilman": .male,
    ])

    /// Every candidate in the text, in order.
    /// `capitalised` holds the text's capitalised words, where phrases start.
    static func candidates(in text: TokenizedText, capitalised: CapitalisedWords, titleCaseParagraphs: Set<Int>) -> [NameCandidate] {
        let tokens = text.tokens
        var result: [NameCandidate] = []
        result.reserveCapacity(tokens.count / 16)
        var scratch = [Int](repeating: 0, count: 32)
        var titleCaseLine = [Bool](repeating: false, count: (tokens.last?.paragraph ?? 0) + 1)
        for paragraph in titleCaseParagraphs where paragraph < titleCaseLine.count { titleCaseLine[paragraph] = true }
        var index = 0
        for start in capitalised.indices where start >= index {
            index = start
            let phraseEnd = phraseEnd(from: index, text)
            let inTitleCase = titleCaseLine[tokens[index].paragraph]
            if inTitleCase {
                // Headline-style lines: every word is capitalised, so split at ordinary words.
                var start = index
                var cursor = index
                while cursor <= phraseEnd.last {
                    if tokens[cursor].kind == .word, isOrdinaryWord(cursor, text) {
                        if start < cursor {
                            appendCandidate(start..<cursor, phraseEnd.possessive && false, text, true, scratch: &scratch, to: &result)
                        }
                        start = cursor + 1
                    }
                    cursor += 1
                }
                if start <= phraseEnd.last {
                    appendCandidate(start..<(phraseEnd.last + 1), phraseEnd.possessive, text, true, scratch: &scratch, to: &result)
                }
            } else {
                appendCandidate(index..<(phraseEnd.last + 1), phraseEnd.possessive, text, false, scratch: &scratch, to: &result)
            }
            index = phraseEnd.last + 1
        }
        return result
    }

    /// A word that is no name part in a headline-style line: one used in lower case elsewhere.
    private static func isOrdinaryWord(_ index: Int, _ text: TokenizedText) -> Bool {
        let word = text.tokens[index].hash
        let facts = NameWordFacts.of(word)
        if facts.contains(.firstName) || facts.contains(.title) { return false }
        return facts.contains(.functionWord) || text.lowercaseVocabulary.contains(word)
    }

    /// The last token of the capitalised phrase starting at `start`, and whether it ends in 's.
    private static func phraseEnd(from start: Int, _ text: TokenizedText) -> (last: Int, possessive: Bool) {
        text.tokens.withUnsafeBufferPointer { phraseEnd(from: start, $0, text) }
    }

    /// `phraseEnd(from:_:)` over the text's tokens.
    private static func phraseEnd(from start: Int, _ tokens: UnsafeBufferPointer<Token>, _ text: TokenizedText) -> (last: Int, possessive: Bool) {
        var last = start
        var sawTitle = NameWordFacts.of(tokens[start].hash).contains(.title)
        if hasPossessive(tokens[start], text) { return (start, true) }
        var index = start + 1
        while index < tokens.count, tokens[index].paragraph == tokens[start].paragraph {
            let token = tokens[index]
            let previous = tokens[index - 1]
            // A full stop right after an initial or an abbreviated title belongs to it.
            if token.kind == .punctuation, token.byte == UInt8(ascii: "."), token.start == previous.end,
               previous.kind == .word, index == last + 1,
               previous.end - previous.start == 1 || NameWordFacts.of(previous.hash).contains(.title) {
                index += 1
                continue
            }
            guard token.kind == .word, token.spaceBefore || previous.kind == .punctuation else { break }
            if text.isCapitalized(token) || isPrefixedNamePart(token, text) {
                last = index
                if NameWordFacts.of(token.hash).contains(.title) { sawTitle = true }
                if hasPossessive(token, text) { return (last, true) }
                index += 1
                continue
            }
            let word = token.hash
            let nextIsCapitalised = index + 1 < tokens.count && tokens[index + 1].paragraph == token.paragraph
                && text.isCapitalized(tokens[index + 1])
            if nextIsCapitalised && (NameWordFacts.of(word).contains(.particle) || (sawTitle && (word == KnownWord.of || word == KnownWord.the))) {
                index += 1
                continue
            }
            break
        }
        return (last, false)
    }

    private static func hasPossessive(_ token: Token, _ text: TokenizedText) -> Bool {
        possessiveLength(token, text) > 0
    }

    /// Byte length of a trailing 's or ’s on the token, 0 when there is none.
    static func possessiveLength(_ token: Token, _ text: TokenizedText) -> Int {
        text.bytes.withUnsafeBufferPointer { TokenizedText.possessiveLength($0, token) }
    }

    /// Adds the candidate for the phrase `range` of tokens to `result` when the phrase holds a
    /// name; `scratch` is memory for the phrase's word indices, grown as needed.
    private static func appendCandidate(
        _ range: Range<Int>, _ possessive: Bool, _ text: TokenizedText, _ inTitleCase: Bool,
        scratch: inout [Int], to result: inout [NameCandidate]
    ) {
        if scratch.count < range.count { scratch = [Int](repeating: 0, count: range.count * 2) }
        text.tokens.withUnsafeBufferPointer { tokens in
            scratch.withUnsafeMutableBufferPointer { storage in
                appendCandidate(range, WordIndexList(wordsOf: range, in: text.tokens, storage: storage), possessive, tokens, text,
                                inTitleCase, to: &result)
            }
        }
    }

    /// Adds the candidate for the phrase `range` of tokens, given its word tokens, to `result`
    /// when the phrase holds a name (built in place, not copied through an optional).
    private static func appendCandidate(
        _ range: Range<Int>, _ phraseWords: WordIndexList, _ possessive: Bool, _ tokens: UnsafeBufferPointer<Token>,
        _ text: TokenizedText, _ inTitleCase: Bool, to result: inout [NameCandidate]
    ) {
        var words = phraseWords
        guard !words.isEmpty else { return }
        // Split off titles: the name starts after the last title followed by more name words.
        var titled = false
        var titleGender: PronounGender?
        if let before = previousWord(range.lowerBound, text), NameWordFacts.of(tokens[before].hash).contains(.title),
           !text.isCapitalized(tokens[before]) {
            titled = true
            titleGender = genderedTitles[tokens[before].hash]
        }
        var lastTitle: Int?
        for (position, index) in words.enumerated() where position < words.count - 1 {
            let word = tokens[index].bareHash
            let facts = NameWordFacts.of(word)
            // A title that is also a first name ("Dean Kamen") opens a two-word name.
            if position == 0, words.count == 2, facts.contains(.firstName) { continue }
            if facts.contains(.title) {
                lastTitle = position
                titleGender = genderedTitles[word] ?? titleGender
            }
        }
        var titleBefore: UInt64?
        if let lastTitle {
            titleBefore = tokens[words[lastTitle]].bareHash
            titled = true
            var first = lastTitle + 1
            while first < words.count - 1, NameWordFacts.of(tokens[words[first]].hash).contains(.officeWord) { first += 1 }
            words.removeFirst(first)
        } else {
            // Drop ordinary leading words: function words, and sentence-initial common words.
            while words.count > 0 {
                let index = words[0]
                let word = tokens[index].hash
                let facts = NameWordFacts.of(word)
                let initial = text.sentenceStart[index] || index == range.lowerBound && isAfterColonOrQuote(index, text)
                let adverb = initial && words.count > 1 && endsInLy(tokens[index], text)
                if facts.contains(.functionWord) || adverb
                    || (initial && !facts.contains(.firstName) && text.lowercaseVocabulary.contains(word))
                    || (initial && words.count > 2 && !facts.contains(.firstName) && NameWordFacts.of(tokens[words[1]].hash).contains(.firstName)) {
                    words.removeFirst()
                } else { break }
            }
        }
        guard !words.isEmpty else { return }
        // A name at the front of an organisation's or a place's name ("Andy Warhol Foundation").
        var possessive = possessive
        var cut = false
        if NameWordFacts.of(tokens[words[0]].hash).contains(.organisationWord), let position = firstNameAfterAffiliation(words, text) {
            words.removeFirst(position)
        }
        let organisationFirstName = organisationWordIsFirstName(words, text)
        if !organisationFirstName, let position = words.firstIndex(where: { NameWordFacts.of(tokens[$0].bareHash).contains(.organisationWord) }) {
            let isSurname = position == words.count - 1 && position == 1
                && NameWordFacts.of(tokens[words[position]].bareHash).contains(.surnameLikeOrganisationWord)
                && NameWordFacts.of(tokens[words[0]].hash).contains(.firstName)
            if !isSurname {
                guard position > 0 else { return }
                words.keepFirst(position)
                possessive = false
                cut = true
                // Only a first name and a surname make a person out of the front of a longer name.
                if words.count > 2, NameWordFacts.of(tokens[words[0]].hash).contains(.firstName) { words.keepFirst(2) }
            }
        }
        // Places in front of a name ("Texas Arlington Amneh Jafari") are not part of it.
        while words.count > 2, NameWordFacts.of(tokens[words[0]].hash).contains(.placeWord) { words.removeFirst() }
        // Function words never end a name ("Regina Ip In the ...").
        while words.count > 1, NameWordFacts.of(tokens[words[words.count - 1]].hash).contains(.trailingFunctionWord) {
            words.removeLast()
            possessive = false
        }
        guard !words.isEmpty, words.count <= NameWords.capacity else { return }
        // A bare title ("the President said") names nobody.
        if NameWordFacts.of(tokens[words[words.count - 1]].bareHash).contains(.title),
           !titleIsSurname(words, titleBefore: titleBefore, text) { return }
        var nameWords = NameWords()
        var initials = WordPositions()
        var firstWordFacts: NameWordFacts = []
        var lastWordFacts: NameWordFacts = []
        var wordFacts: NameWordFacts = []
        for (position, index) in words.enumerated() {
            let token = tokens[index]
            let bare = position == words.count - 1 && possessive
            let word = bare ? token.bareHash : token.hash
            let facts = NameWordFacts.of(word)
            if position == 0 { firstWordFacts = facts }
            lastWordFacts = facts
            wordFacts.formUnion(facts)
            if token.end - token.start == 1, text.isCapitalized(token) { initials.insert(position) }
            else if text.isAllCaps(token) && !(possessive && position == words.count - 1 && isAllCapsBeforePossessive(token, text)) { return }
            else if possessive, position == words.count - 1, isAllCapsBeforePossessive(token, text) { return }
            if !cut, facts.contains(.organisationWord), !(position == 1 && facts.contains(.surnameLikeOrganisationWord)),
               !(position == 0 && organisationFirstName) { return }
            if !text.isCapitalized(token) && !facts.contains(.particle) && !isPrefixedNamePart(token, text) { return }
            nameWords.append(hash: word, key: NameWords.key(of: token, bare: bare, hash: word, in: text))
        }
        guard initials.count < nameWords.count else { return }
        if initials.contains(nameWords.count - 1) { return }
        let firstToken = tokens[words[0]]
        let lastToken = tokens[words[words.count - 1]]
        var end = lastToken.end
        if possessive && words.last == range.upperBound - 1 { end -= possessiveLength(lastToken, text) }
        result.append(NameCandidate(
            tokens: words[0]..<(words[words.count - 1] + 1), span: firstToken.start..<end, words: nameWords,
            lastWordIsBare: possessive, titled: titled, titleGender: titleGender,
            speechOrApposition: hasSpeechOrApposition(words[0], words[words.count - 1], text),
            sentenceInitial: text.sentenceStart[words[0]], inTitleCaseLine: inTitleCase, initials: initials,
            contextCue: hasContextCue(words[0], words[words.count - 1], nameWords, lastWordIsBare: possessive,
                                      anyNonPersonWord: !wordFacts.isDisjoint(with: .nonPersonWord), text),
            cutFromLongerPhrase: cut, afterPlacePreposition: isAfterPlacePreposition(words[0], text),
            afterDeterminer: previousWord(words[0], text).map { tokens[$0].hash == KnownWord.the } ?? false,
            startsWithCommonWord: !firstWordFacts.contains(.firstName) && text.lowercaseVocabulary.contains(nameWords.hash(0)),
            wordFacts: wordFacts, firstWordFacts: firstWordFacts, lastWordFacts: lastWordFacts))
    }

    /// The candidate made of the first `count` words of `candidate`.
    static func prefix(of candidate: NameCandidate, words count: Int, in text: TokenizedText) -> NameCandidate {
        let wordTokens = candidate.tokens.filter { text.tokens[$0].kind == .word }
        let lastToken = wordTokens[count - 1]
        var copy = candidate
        copy.tokens = candidate.tokens.lowerBound..<(lastToken + 1)
        copy.span = candidate.span.lowerBound..<(text.tokens[lastToken].end - possessiveLength(text.tokens[lastToken], text))
        copy.words = candidate.words.prefix(count)
        copy.wordFacts = []
        for position in 0..<count { copy.wordFacts.formUnion(NameWordFacts.of(copy.words.hash(position))) }
        copy.lastWordFacts = NameWordFacts.of(copy.words.lastHash)
        copy.lastWordIsBare = candidate.lastWordIsBare && count == candidate.words.count
        copy.initials = candidate.initials.below(count)
        copy.cutFromLongerPhrase = true
        return copy
    }

    /// A lower-case name prefix joined to a capitalised part: d'Ettorre, al-Amr, el-Sisi, O'Brien.
    static func isPrefixedNamePart(_ token: Token, _ text: TokenizedText) -> Bool {
        guard token.kind == .word else { return false }
        let bytes = text.bytes
        let start = token.start
        func upper(_ at: Int) -> Bool { at < token.end && bytes[at] >= 0x41 && bytes[at] <= 0x5A }
        if token.end - start >= 3, bytes[start] == UInt8(ascii: "d"), bytes[start + 1] == 0x27, upper(start + 2) { return true }
        if token.end - start >= 4, bytes[start + 2] == UInt8(ascii: "-"), upper(start + 3),
           (bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "l"))
            || (bytes[start] == UInt8(ascii: "e") && bytes[start + 1] == UInt8(ascii: "l")) { return true }
        return false
    }

    /// Words that end a capitalised run without being part of a name ("Regina Ip In the ...").
    static let trailingFunctionWordList = "in the of at on and a an to for from with image photo"

    /// Picture-credit labels after which a name follows a colon.
    static let creditLabelWords = "image images photo photos photograph picture video credit illustration photographer"

    /// Agent-noun endings of occupations written before a name ("musician", "illustrator").
    private static let agentSuffixes: [[UInt8]] = ["ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ant", "ants", "ent", "ents"].map { Array($0.utf8) }

    /// True when a softer context cue stands by a name of two or more words: an occupation noun in
    /// lower case before it, a picture-credit label, an owner's possessive, hyphenated syllables.
    /// `anyNonPersonWord` tells whether some word of `words` is an organisation or place word.
    private static func hasContextCue(
        _ first: Int, _ last: Int, _ words: NameWords, lastWordIsBare: Bool, anyNonPersonWord: Bool, _ text: TokenizedText
    ) -> Bool {
        let tokens = text.tokens
        if words.count >= 2, words.count <= 3, text.bytes[tokens[last].start..<tokens[last].end].contains(UInt8(ascii: "-")),
           hyphenatedSyllables(first..<(last + 1), lastWordIsBare: lastWordIsBare, text) { return true }
        guard first > 0, tokens[first - 1].paragraph == tokens[first].paragraph else { return false }
        let previous = tokens[first - 1]
        if previous.kind == .punctuation, previous.byte == UInt8(ascii: ":"), first >= 2, tokens[first - 2].kind == .word,
           NameWordFacts.of(tokens[first - 2].hash).contains(.creditLabel) {
            return !anyNonPersonWord
        }
        guard words.count >= 2 else { return false }
        if anyNonPersonWord { return false }
        // A verb in the past tense right after the name ("Nacer Chadli replaced ...").
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].paragraph == tokens[last].paragraph,
           text.bytes[tokens[last + 1].start] >= 0x61 {
            let next = tokens[last + 1]
            if next.end - next.start >= 5, endsWith(next, "ed", text), !NameWordFacts.of(next.hash).contains(.functionWord) { return true }
        }
        guard previous.kind == .word else { return false }
        if possessiveLength(previous, text) > 0 { return true }
        if previous.hash == KnownWord.by { return true }
        guard text.bytes[previous.start] >= 0x61, previous.end - previous.start >= 5,
              !NameWordFacts.of(previous.hash).contains(.functionWord) else { return false }
        return agentSuffixes.contains { endsWith(previous, $0, text) }
    }

    /// True when the token ends in the lower-case ASCII `suffix`, ignoring case.
    private static func endsWith(_ token: Token, _ suffix: [UInt8], _ text: TokenizedText) -> Bool {
        let length = suffix.count
        guard token.end - token.start >= length else { return false }
        for offset in 0..<length where text.bytes[token.end - length + offset] | 0x20 != suffix[offset] { return false }
        return true
    }

    private static func endsWith(_ token: Token, _ suffix: StaticString, _ text: TokenizedText) -> Bool {
        endsWith(token, Array(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)), text)
    }

    /// A sentence-initial adverb ("Finally", "Separately"): more than four letters ending in "ly".
    private static func endsInLy(_ token: Token, _ text: TokenizedText) -> Bool {
        token.end - token.start > 4 && text.bytes[token.end - 1] | 0x20 == UInt8(ascii: "y")
            && text.bytes[token.end - 2] | 0x20 == UInt8(ascii: "l")
    }

    /// True when every word of the tokens `range` (lower-cased; the last without its possessive 's
    /// when `lastWordIsBare`) is a syllable word.
    private static func hyphenatedSyllables(_ range: Range<Int>, lastWordIsBare: Bool, _ text: TokenizedText) -> Bool {
        let wordTokens = range.filter { text.tokens[$0].kind == .word }
        return wordTokens.indices.allSatisfy { position in
            let token = text.tokens[wordTokens[position]]
            let bare = lastWordIsBare && position == wordTokens.count - 1
            return isSyllableWord(NameWords.lowercasedWord(token, bare: bare, text))
        }
    }

    /// A word of one to three short syllables joined by hyphens, as romanised East Asian given
    /// names are written ("ka-ki", "kwok-hung", "joo-ho"), or a plain short word.
    private static func isSyllableWord(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 3 else { return false }
        return parts.allSatisfy { $0.count >= 1 && $0.count <= 6 && $0.allSatisfy { $0.isLetter } }
    }

    /// Prepositions before a place's name.
    static let placePrepositionWords = "in at from near across to"

    /// True when "in", "at", "from", "near", "across" or "to" stands right before the token.
    private static func isAfterPlacePreposition(_ index: Int, _ text: TokenizedText) -> Bool {
        guard let before = previousWord(index, text) else { return false }
        return NameWordFacts.of(text.tokens[before].hash).contains(.placePreposition)
    }

    private static func isAllCapsBeforePossessive(_ token: Token, _ text: TokenizedText) -> Bool {
        let length = possessiveLength(token, text)
        guard length > 0 else { return false }
        let trimmed = Token(start: token.start, end: token.end - length, kind: .word, mark: .none, byte: 0,
                            paragraph: token.paragraph, spaceBefore: true, spaceAfter: true)
        return text.isAllCaps(trimmed)
    }

    private static func isAfterColonOrQuote(_ index: Int, _ text: TokenizedText) -> Bool {
        guard index > 0 else { return true }
        let previous = text.tokens[index - 1]
        return previous.kind == .quote || (previous.kind == .punctuation && previous.byte == UInt8(ascii: ":"))
    }

    /// The index of the word before `index` in the same paragraph, skipping nothing else.
    private static func previousWord(_ index: Int, _ text: TokenizedText) -> Int? {
        guard index > 0, text.tokens[index - 1].paragraph == text.tokens[index].paragraph,
              text.tokens[index - 1].kind == .word else { return nil }
        return index - 1
    }

    /// Words that may stand between a name and its verb of saying ("Smith later said").
    static let auxiliaryWords = "has had later also then"
    /// Lower-case words that open an appositive after a name and a comma ("Smith, a lawyer").
    static let appositionStartWords = "a an the who whose his her its said says told former"

    /// True when a speech verb sits right before or after the name, or an appositive follows it.
    private static func hasSpeechOrApposition(_ first: Int, _ last: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        if first > 0, tokens[first - 1].kind == .word, NameWordFacts.of(tokens[first - 1].hash).contains(.sayingVerb) {
            return true
        }
        // "according to X"
        if first > 1, tokens[first - 1].hash == KnownWord.to, tokens[first - 2].hash == KnownWord.according { return true }
        var next = last + 1
        while next < tokens.count, tokens[next].kind == .punctuation, tokens[next].byte == UInt8(ascii: ".") { next += 1 }
        guard next < tokens.count, tokens[next].paragraph == tokens[last].paragraph else { return false }
        if tokens[next].kind == .word {
            let word = tokens[next].hash
            let facts = NameWordFacts.of(word)
            if facts.contains(.sayingVerb) { return true }
            if facts.contains(.auxiliaryBeforeSaying), next + 1 < tokens.count, tokens[next + 1].kind == .word,
               NameWordFacts.of(tokens[next + 1].hash).contains(.sayingVerb) { return true }
            return false
        }
        if tokens[next].kind == .punctuation, tokens[next].byte == UInt8(ascii: ","), next + 1 < tokens.count,
           tokens[next + 1].kind == .word || tokens[next + 1].kind == .number {
            let word = tokens[next + 1].hash
            if tokens[next + 1].kind == .number { return true }
            guard text.bytes[tokens[next + 1].start] >= 0x61 || tokens[next + 1].kind == .number else { return false }
            return !NameWordFacts.of(word).isDisjoint(with: [.appositionStart, .title])
        }
        return false
    }
}

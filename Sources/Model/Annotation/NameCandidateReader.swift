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
        CandidateText.with(text) { buffers in candidates(buffers, text, capitalised: capitalised, titleCaseParagraphs: titleCaseParagraphs) }
    }

    /// `candidates(in:capitalised:titleCaseParagraphs:)` over the text's buffers.
    private static func candidates(
        _ buffers: CandidateText, _ text: TokenizedText, capitalised: CapitalisedWords, titleCaseParagraphs: Set<Int>
    ) -> [NameCandidate] {
        let tokens = buffers.tokens
        var result: [NameCandidate] = []
        // Fewer than one candidate in two capitalised words, as a rule.
        result.reserveCapacity(capitalised.indices.count / 2 + 8)
        var scratch = UnsafeMutableBufferPointer<PhraseWord>.allocate(capacity: 32)
        defer { scratch.deallocate() }
        var titleCaseLine = [Bool](repeating: false, count: (tokens.last?.paragraph ?? 0) + 1)
        for paragraph in titleCaseParagraphs where paragraph < titleCaseLine.count { titleCaseLine[paragraph] = true }
        /// Adds the candidate of the phrase `range`, its scratch memory grown as needed.
        func append(_ range: Range<Int>, _ possessive: Bool, inTitleCase: Bool) {
            if scratch.count < range.count {
                scratch.deallocate()
                scratch = .allocate(capacity: range.count * 2)
            }
            appendCandidate(range, WordIndexList(wordsOf: range, in: buffers, storage: scratch), possessive, buffers, text,
                            inTitleCase, to: &result)
        }
        var index = 0
        for start in capitalised.indices where start >= index {
            index = start
            let phraseEnd = phraseEnd(from: index, buffers, text)
            let inTitleCase = titleCaseLine[tokens[index].paragraph]
            if inTitleCase {
                // Headline-style lines: every word is capitalised, so split at ordinary words.
                var start = index
                var cursor = index
                while cursor <= phraseEnd.last {
                    if tokens[cursor].kind == .word, isOrdinaryWord(cursor, text) {
                        if start < cursor { append(start..<cursor, false, inTitleCase: true) }
                        start = cursor + 1
                    }
                    cursor += 1
                }
                if start <= phraseEnd.last { append(start..<(phraseEnd.last + 1), phraseEnd.possessive, inTitleCase: true) }
            } else {
                append(index..<(phraseEnd.last + 1), phraseEnd.possessive, inTitleCase: false)
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
    private static func phraseEnd(from start: Int, _ buffers: CandidateText, _ text: TokenizedText) -> (last: Int, possessive: Bool) {
        let tokens = buffers.tokens
        var last = start
        if buffers.possessiveLength(tokens[start]) > 0 { return (start, true) }
        var index = start + 1
        let paragraph = tokens[start].paragraph
        while index < tokens.count, tokens[index].paragraph == paragraph {
            let token = tokens[index]
            let previous = tokens[index - 1]
            // A full stop right after an initial or an abbreviated title belongs to it.
            if token.kind == .punctuation, token.byte == UInt8(ascii: "."), token.start == previous.end,
               previous.kind == .word, index == last + 1,
               previous.end - previous.start == 1 || buffers.facts(previous.hash).contains(.title) {
                index += 1
                continue
            }
            guard token.kind == .word, token.spaceBefore || previous.kind == .punctuation else { break }
            if buffers.isCapitalized(token, text) || isPrefixedNamePart(token, buffers.bytes) {
                last = index
                if buffers.possessiveLength(token) > 0 { return (last, true) }
                index += 1
                continue
            }
            let word = token.hash
            let nextIsCapitalised = index + 1 < tokens.count && tokens[index + 1].paragraph == paragraph
                && buffers.isCapitalized(tokens[index + 1], text)
            if nextIsCapitalised && (buffers.facts(word).contains(.particle)
                                     || ((word == buffers.of || word == buffers.the) && phraseHasTitle(start..<index, buffers, text))) {
                index += 1
                continue
            }
            break
        }
        return (last, false)
    }

    /// True when a word the phrase `range` has taken in so far is a title ("Secretary" before "of
    /// State"): its first word or a later capitalised or prefixed word.
    private static func phraseHasTitle(_ range: Range<Int>, _ buffers: CandidateText, _ text: TokenizedText) -> Bool {
        for index in range {
            let token = buffers.tokens[index]
            guard index == range.lowerBound || buffers.isCapitalized(token, text) || isPrefixedNamePart(token, buffers.bytes) else { continue }
            if buffers.facts(token.hash).contains(.title) { return true }
        }
        return false
    }

    /// Byte length of a trailing 's or ’s on the token, 0 when there is none.
    static func possessiveLength(_ token: Token, _ text: TokenizedText) -> Int {
        text.bytes.withUnsafeBufferPointer { TokenizedText.possessiveLength($0, token) }
    }

    /// Adds the candidate for the phrase `range` of tokens, given its word tokens, to `result`
    /// when the phrase holds a name (built in place, not copied through an optional).
    private static func appendCandidate(
        _ range: Range<Int>, _ phraseWords: WordIndexList, _ possessive: Bool, _ buffers: CandidateText,
        _ text: TokenizedText, _ inTitleCase: Bool, to result: inout [NameCandidate]
    ) {
        let tokens = buffers.tokens
        var words = phraseWords
        guard !words.isEmpty else { return }
        // Split off titles: the name starts after the last title followed by more name words.
        var titled = false
        var titleGender: PronounGender?
        if let before = buffers.previousWord(range.lowerBound), buffers.facts(tokens[before].hash).contains(.title),
           !buffers.isCapitalized(tokens[before], text) {
            titled = true
            titleGender = genderedTitles[tokens[before].hash]
        }
        var lastTitle: Int?
        for position in 0..<(words.count - 1) {
            let facts = words.bareFacts(position)
            // A title that is also a first name ("Dean Kamen") opens a two-word name.
            if position == 0, words.count == 2, facts.contains(.firstName) { continue }
            if facts.contains(.title) {
                lastTitle = position
                titleGender = genderedTitles[tokens[words[position]].bareHash] ?? titleGender
            }
        }
        var titleBefore: UInt64?
        if let lastTitle {
            titleBefore = tokens[words[lastTitle]].bareHash
            titled = true
            var first = lastTitle + 1
            while first < words.count - 1, words.facts(first).contains(.officeWord) { first += 1 }
            words.removeFirst(first)
        } else {
            // Drop ordinary leading words: function words, and sentence-initial common words.
            while words.count > 0 {
                let index = words[0]
                let word = tokens[index].hash
                let facts = words.facts(0)
                let initial = buffers.sentenceStart[index] || index == range.lowerBound && isAfterColonOrQuote(index, tokens)
                let adverb = initial && words.count > 1 && endsInLy(tokens[index], buffers.bytes)
                if facts.contains(.functionWord) || adverb
                    || (initial && !facts.contains(.firstName) && text.lowercaseVocabulary.contains(word))
                    || (initial && words.count > 2 && !facts.contains(.firstName) && words.facts(1).contains(.firstName)) {
                    words.removeFirst()
                } else { break }
            }
        }
        guard !words.isEmpty else { return }
        // A name at the front of an organisation's or a place's name ("Andy Warhol Foundation").
        var possessive = possessive
        var cut = false
        if words.facts(0).contains(.organisationWord), let position = firstNameAfterAffiliation(words) {
            words.removeFirst(position)
        }
        let organisationFirstName = organisationWordIsFirstName(words, buffers, text)
        if !organisationFirstName, let position = firstOrganisationWord(words) {
            let isSurname = position == words.count - 1 && position == 1
                && words.bareFacts(position).contains(.surnameLikeOrganisationWord)
                && words.facts(0).contains(.firstName)
            if !isSurname {
                guard position > 0 else { return }
                words.keepFirst(position)
                possessive = false
                cut = true
                // Only a first name and a surname make a person out of the front of a longer name.
                if words.count > 2, words.facts(0).contains(.firstName) { words.keepFirst(2) }
            }
        }
        // Places in front of a name ("Texas Arlington Amneh Jafari") are not part of it.
        while words.count > 2, words.facts(0).contains(.placeWord) { words.removeFirst() }
        // Function words never end a name ("Regina Ip In the ...").
        while words.count > 1, words.facts(words.count - 1).contains(.trailingFunctionWord) {
            words.removeLast()
            possessive = false
        }
        guard !words.isEmpty, words.count <= NameWords.capacity else { return }
        // A bare title ("the President said") names nobody.
        if words.bareFacts(words.count - 1).contains(.title),
           !titleIsSurname(words, titleBefore: titleBefore, text) { return }
        var nameWords = NameWords()
        var initials = WordPositions()
        var firstWordFacts: NameWordFacts = []
        var lastWordFacts: NameWordFacts = []
        var wordFacts: NameWordFacts = []
        let lastPosition = words.count - 1
        for position in 0...lastPosition {
            let token = tokens[words[position]]
            let bare = position == lastPosition && possessive
            let word = bare ? token.bareHash : token.hash
            let facts = bare ? words.bareFacts(position) : words.facts(position)
            if position == 0 { firstWordFacts = facts }
            lastWordFacts = facts
            wordFacts.formUnion(facts)
            let capitalised = buffers.isCapitalized(token, text)
            if token.end - token.start == 1, capitalised { initials.insert(position) }
            else if buffers.isAllCaps(token) && !(possessive && position == lastPosition && isAllCapsBeforePossessive(token, buffers)) { return }
            else if possessive, position == lastPosition, isAllCapsBeforePossessive(token, buffers) { return }
            if !cut, facts.contains(.organisationWord), !(position == 1 && facts.contains(.surnameLikeOrganisationWord)),
               !(position == 0 && organisationFirstName) { return }
            if !capitalised && !facts.contains(.particle) && !isPrefixedNamePart(token, buffers.bytes) { return }
            nameWords.append(hash: word, key: NameWords.key(of: token, bare: bare, hash: word, buffers.bytes, in: text))
        }
        guard initials.count < nameWords.count else { return }
        if initials.contains(nameWords.count - 1) { return }
        let firstIndex = words[0], lastIndex = words[lastPosition]
        let firstToken = tokens[firstIndex]
        let lastToken = tokens[lastIndex]
        var end = lastToken.end
        if possessive && lastIndex == range.upperBound - 1 { end -= buffers.possessiveLength(lastToken) }
        let before = buffers.previousWord(firstIndex)
        result.append(NameCandidate(
            tokens: firstIndex..<(lastIndex + 1), span: firstToken.start..<end, words: nameWords,
            lastWordIsBare: possessive, titled: titled, titleGender: titleGender,
            speechOrApposition: hasSpeechOrApposition(firstIndex, lastIndex, buffers),
            sentenceInitial: buffers.sentenceStart[firstIndex], inTitleCaseLine: inTitleCase, initials: initials,
            contextCue: hasContextCue(firstIndex, lastIndex, nameWords, lastWordIsBare: possessive,
                                      anyNonPersonWord: !wordFacts.isDisjoint(with: .nonPersonWord), buffers, text),
            cutFromLongerPhrase: cut,
            afterPlacePreposition: before.map { buffers.facts(tokens[$0].hash).contains(.placePreposition) } ?? false,
            afterDeterminer: before.map { tokens[$0].hash == buffers.the } ?? false,
            startsWithCommonWord: !firstWordFacts.contains(.firstName) && text.lowercaseVocabulary.contains(nameWords.hash(0)),
            wordFacts: wordFacts, firstWordFacts: firstWordFacts, lastWordFacts: lastWordFacts))
    }

    /// The position of the first organisation word of `words` (its possessive dropped), if any.
    @inline(__always)
    private static func firstOrganisationWord(_ words: WordIndexList) -> Int? {
        for position in 0..<words.count where words.bareFacts(position).contains(.organisationWord) { return position }
        return nil
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
    static func isPrefixedNamePart(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word else { return false }
        let start = token.start
        func upper(_ at: Int) -> Bool { at < token.end && bytes[at] &- 0x41 < 26 }
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
        _ first: Int, _ last: Int, _ words: NameWords, lastWordIsBare: Bool, anyNonPersonWord: Bool, _ buffers: CandidateText,
        _ text: TokenizedText
    ) -> Bool {
        let tokens = buffers.tokens
        if words.count >= 2, words.count <= 3, buffers.contains(UInt8(ascii: "-"), in: tokens[last]),
           hyphenatedSyllables(first..<(last + 1), lastWordIsBare: lastWordIsBare, text) { return true }
        guard first > 0, tokens[first - 1].paragraph == tokens[first].paragraph else { return false }
        let previous = tokens[first - 1]
        if previous.kind == .punctuation, previous.byte == UInt8(ascii: ":"), first >= 2, tokens[first - 2].kind == .word,
           buffers.facts(tokens[first - 2].hash).contains(.creditLabel) {
            return !anyNonPersonWord
        }
        guard words.count >= 2 else { return false }
        if anyNonPersonWord { return false }
        // A verb in the past tense right after the name ("Nacer Chadli replaced ...").
        if last + 1 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 1].paragraph == tokens[last].paragraph,
           buffers.bytes[tokens[last + 1].start] >= 0x61 {
            let next = tokens[last + 1]
            if next.end - next.start >= 5, endsWith(next, "ed", buffers.bytes), !buffers.facts(next.hash).contains(.functionWord) { return true }
        }
        guard previous.kind == .word else { return false }
        if buffers.possessiveLength(previous) > 0 { return true }
        if previous.hash == buffers.by { return true }
        guard buffers.bytes[previous.start] >= 0x61, previous.end - previous.start >= 5,
              !buffers.facts(previous.hash).contains(.functionWord) else { return false }
        return agentSuffixes.contains { endsWith(previous, $0, buffers.bytes) }
    }

    /// True when the token ends in the lower-case ASCII `suffix`, ignoring case.
    private static func endsWith(_ token: Token, _ suffix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = suffix.count
        guard token.end - token.start >= length else { return false }
        for offset in 0..<length where bytes[token.end - length + offset] | 0x20 != suffix[offset] { return false }
        return true
    }

    private static func endsWith(_ token: Token, _ suffix: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        endsWith(token, Array(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)), bytes)
    }

    /// A sentence-initial adverb ("Finally", "Separately"): more than four letters ending in "ly".
    private static func endsInLy(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end - token.start > 4 && bytes[token.end - 1] | 0x20 == UInt8(ascii: "y")
            && bytes[token.end - 2] | 0x20 == UInt8(ascii: "l")
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

    /// True when the token without its possessive 's is written all in capitals ("NPR's").
    private static func isAllCapsBeforePossessive(_ token: Token, _ buffers: CandidateText) -> Bool {
        let length = buffers.possessiveLength(token)
        guard length > 0 else { return false }
        let trimmed = Token(start: token.start, end: token.end - length, kind: .word, mark: .none, byte: 0,
                            paragraph: token.paragraph, spaceBefore: true, spaceAfter: true)
        return buffers.isAllCaps(trimmed)
    }

    /// True when the token at `index` opens the text or follows a quotation mark or a colon.
    private static func isAfterColonOrQuote(_ index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .quote || (previous.kind == .punctuation && previous.byte == UInt8(ascii: ":"))
    }

    /// Words that may stand between a name and its verb of saying ("Smith later said").
    static let auxiliaryWords = "has had later also then"
    /// Lower-case words that open an appositive after a name and a comma ("Smith, a lawyer").
    static let appositionStartWords = "a an the who whose his her its said says told former"

    /// True when a speech verb sits right before or after the name, or an appositive follows it.
    private static func hasSpeechOrApposition(_ first: Int, _ last: Int, _ buffers: CandidateText) -> Bool {
        let tokens = buffers.tokens
        if first > 0, tokens[first - 1].kind == .word, buffers.facts(tokens[first - 1].hash).contains(.sayingVerb) {
            return true
        }
        // "according to X"
        if first > 1, tokens[first - 1].hash == buffers.to, tokens[first - 2].hash == buffers.according { return true }
        var next = last + 1
        while next < tokens.count, tokens[next].kind == .punctuation, tokens[next].byte == UInt8(ascii: ".") { next += 1 }
        guard next < tokens.count, tokens[next].paragraph == tokens[last].paragraph else { return false }
        if tokens[next].kind == .word {
            let facts = buffers.facts(tokens[next].hash)
            if facts.contains(.sayingVerb) { return true }
            if facts.contains(.auxiliaryBeforeSaying), next + 1 < tokens.count, tokens[next + 1].kind == .word,
               buffers.facts(tokens[next + 1].hash).contains(.sayingVerb) { return true }
            return false
        }
        if tokens[next].kind == .punctuation, tokens[next].byte == UInt8(ascii: ","), next + 1 < tokens.count,
           tokens[next + 1].kind == .word || tokens[next + 1].kind == .number {
            let word = tokens[next + 1].hash
            if tokens[next + 1].kind == .number { return true }
            guard buffers.bytes[tokens[next + 1].start] >= 0x61 else { return false }
            return !buffers.facts(word).isDisjoint(with: [.appositionStart, .title])
        }
        return false
    }
}

/// An article's bytes with their tokens, sentence starts and lower-cased vocabulary: what every
/// annotator reads.
struct TokenizedText: Sendable {
    let bytes: [UInt8]
    let tokens: [Token]
    /// For each token, true when it begins a sentence (or a paragraph).
    let sentenceStart: [Bool]
    /// Hashes of the words written in lower case somewhere in the text: capitalised at a sentence
    /// start, they are ordinary words, not names.
    let lowercaseVocabulary: WordSet
    /// Paragraphs of three or more words, seven in ten of them capitalised: headline-style lines.
    let headlineStyleParagraphs: Set<Int>
    /// The capitalised word tokens, where names can start.
    let capitalisedWords: CapitalisedWords
    /// Indices of the quotation-mark tokens, in order.
    let quoteTokens: [Int]

    /// Abbreviations after which a full stop does not end the sentence.
    static let abbreviations = WordSet([
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
        "prof", "rev", "no", "vs", "inc", "corp", "co", "ltd", "maj", "adm", "cmdr", "ft", "mt", "u.s",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "a.m", "p.m",
    ])

    init(bytes: [UInt8], paragraphs: [Range<Int>]) {
        self.bytes = bytes
        let tokens = Tokenizer.tokenize(bytes, paragraphs: paragraphs)
        var starts = [Bool](repeating: false, count: tokens.count)
        var vocabulary = WordSet(capacity: min(1024, tokens.count / 4 + 16))
        var wordsInParagraph = [Int](repeating: 0, count: paragraphs.count)
        var capitalisedInParagraph = [Int](repeating: 0, count: paragraphs.count)
        var capitalisedIndices: [Int] = [], quoteIndices: [Int] = []
        capitalisedIndices.reserveCapacity(tokens.count / 4)
        tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { text in
                starts.withUnsafeMutableBufferPointer { starts in
                    wordsInParagraph.withUnsafeMutableBufferPointer { words in
                        capitalisedInParagraph.withUnsafeMutableBufferPointer { capitalised in
                            Self.note(tokens, in: text, bytes, starts: starts, words: words, capitalised: capitalised,
                                      capitalisedIndices: &capitalisedIndices, quoteIndices: &quoteIndices, vocabulary: &vocabulary)
                        }
                    }
                }
            }
        }
        var headlineStyle = Set<Int>()
        for index in paragraphs.indices
        where wordsInParagraph[index] >= 3 && capitalisedInParagraph[index] * 10 >= wordsInParagraph[index] * 7 {
            headlineStyle.insert(index)
        }
        self.tokens = tokens
        self.sentenceStart = starts
        self.lowercaseVocabulary = vocabulary
        self.headlineStyleParagraphs = headlineStyle
        self.capitalisedWords = CapitalisedWords(indices: capitalisedIndices)
        self.quoteTokens = quoteIndices
    }

    /// How many lower-case words' hashes `note` gathers before adding them to the vocabulary at once.
    private static let vocabularyBatch = 256

    /// One pass over the tokens: marks sentence starts, collects the words written in lower case,
    /// counts each paragraph's words and capitalised words, and lists the capitalised words and
    /// the quotation marks.
    private static func note(
        _ tokens: UnsafeBufferPointer<Token>, in text: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8],
        starts: UnsafeMutableBufferPointer<Bool>, words: UnsafeMutableBufferPointer<Int>,
        capitalised: UnsafeMutableBufferPointer<Int>, capitalisedIndices: inout [Int], quoteIndices: inout [Int],
        vocabulary: inout WordSet
    ) {
        let abbreviations = Self.abbreviations
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: vocabularyBatch) { batch in
            var batched = 0
            // Tokens come paragraph by paragraph: each paragraph's counts are kept here until it ends.
            var paragraph = -1
            var wordCount = 0, capitalisedCount = 0
            var pendingEnd = true
            var afterSpacedQuote = false  // the previous token is a quotation mark with space before it
            for index in tokens.indices {
                let token = tokens.baseAddress! + index
                let kind = token.pointee.kind
                if token.pointee.paragraph != paragraph {
                    if paragraph >= 0 {
                        words[paragraph] = wordCount
                        capitalised[paragraph] = capitalisedCount
                    }
                    paragraph = token.pointee.paragraph
                    wordCount = 0
                    capitalisedCount = 0
                    pendingEnd = true
                }
                if kind == .word {
                    let first = text[token.pointee.start]
                    if first &- 0x61 < 26 {
                        batch[batched] = token.pointee.hash
                        batched &+= 1
                        if batched == vocabularyBatch {
                            vocabulary.insert(contentsOf: UnsafeBufferPointer(batch))
                            batched = 0
                        }
                    } else if first &- 0x41 < 26 || (first >= 0x80 && Self.isCapitalizedBeyondASCII(bytes, token.pointee)) {
                        capitalisedCount &+= 1
                        capitalisedIndices.append(index)
                    }
                    wordCount &+= 1
                    // A word right after an opening quotation mark starts a sentence of its own.
                    if pendingEnd || afterSpacedQuote { starts[index] = true }
                    pendingEnd = false
                } else if kind == .punctuation {
                    let byte = token.pointee.byte
                    if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                        pendingEnd = true
                    } else if byte == UInt8(ascii: "."), index > 0 {
                        let previous = tokens[index - 1]
                        let isInitial = previous.kind == .word && previous.end - previous.start == 1
                            && text[previous.start] >= 0x41 && text[previous.start] <= 0x5A
                        let isAbbreviation = previous.kind == .word && previous.end == token.pointee.start
                            && abbreviations.contains(previous.hash)
                        if !isInitial && !isAbbreviation { pendingEnd = true }
                    }
                } else if kind == .number {
                    if pendingEnd { starts[index] = true }
                    pendingEnd = false
                } else {
                    quoteIndices.append(index)
                }
                afterSpacedQuote = kind == .quote && token.pointee.spaceBefore
            }
            if paragraph >= 0 {
                words[paragraph] = wordCount
                capitalised[paragraph] = capitalisedCount
            }
            vocabulary.insert(contentsOf: UnsafeBufferPointer(rebasing: batch[0..<batched]))
        }
    }

    /// Byte length of a trailing 's or ’s on a word token, 0 when there is none.
    static func possessiveLength(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        let end = token.end
        guard end - token.start >= 3, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") else { return 0 }
        if bytes[end - 2] == UInt8(ascii: "'") { return 2 }
        if end - token.start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 { return 4 }
        return 0
    }

    /// The token's text as written.
    func string(_ token: Token) -> String { string(token.start..<token.end) }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.lowerBound..<range.upperBound], as: UTF8.self)
    }

    /// The token's text, lower-cased.
    func lower(_ token: Token) -> String { Self.lowercased(bytes, token) }

    /// True when the word's first letter is upper case.
    @inline(__always)
    func isCapitalized(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let first = bytes[token.start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return isCapitalizedBeyondASCII(token)
    }

    /// `isCapitalized` for a word whose first byte is not ASCII.
    private func isCapitalizedBeyondASCII(_ token: Token) -> Bool { Self.isCapitalizedBeyondASCII(bytes, token) }

    /// True when the first letter of `token`, whose first byte is not ASCII, is upper case.
    @inline(never)
    private static func isCapitalizedBeyondASCII(_ bytes: [UInt8], _ token: Token) -> Bool {
        guard let scalar = String(decoding: bytes[token.start..<min(token.end, token.start + 4)], as: UTF8.self)
            .unicodeScalars.first else { return false }
        return scalar.properties.isUppercase
    }

    /// True when a word of two or more letters is written all in capitals (NPR, BBC).
    func isAllCaps(_ token: Token) -> Bool {
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        var letters = 0
        for byte in bytes[token.start..<token.end] {
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// ASCII lower-casing of a token (non-ASCII letters pass through Swift's lower-casing).
    static func lowercased(_ bytes: [UInt8], _ token: Token) -> String {
        var ascii = true
        for byte in bytes[token.start..<token.end] where byte >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: token.end - token.start) { buffer in
                var i = 0
                for byte in bytes[token.start..<token.end] {
                    buffer[i] = (byte >= 0x41 && byte <= 0x5A) ? byte + 32 : byte
                    i += 1
                }
                return i
            }
        }
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
    }

    /// True when the token is the punctuation mark `ascii`.
    func isPunctuation(_ index: Int, _ ascii: Character) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return tokens[index].kind == .punctuation && tokens[index].byte == ascii.asciiValue!
    }
}

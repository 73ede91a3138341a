/// A text as the name candidate reader reads it: its token, byte and sentence-start buffers and
/// the lexicon table, fetched once per text so the per-phrase code reads no globals, retains no
/// arrays and checks no bounds twice. Valid only inside `CandidateText.with(_:_:)`.
struct CandidateText {
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// For each token, true when it begins a sentence (`TokenizedText.sentenceStart`).
    let sentenceStart: UnsafeBufferPointer<Bool>
    /// The people finder's word lists (`NameWordFactTable.shared`).
    let lexicon: NameWordFactTable
    /// `KnownWord` hashes the reader compares tokens with.
    let the = KnownWord.the, of = KnownWord.of, to = KnownWord.to, according = KnownWord.according, by = KnownWord.by

    /// Calls `body` with the buffers of `text`.
    static func with<Result>(_ text: TokenizedText, _ body: (CandidateText) -> Result) -> Result {
        precondition(text.sentenceStart.count == text.tokens.count, "a sentence-start flag for every token")
        return text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                text.sentenceStart.withUnsafeBufferPointer { starts in
                    body(CandidateText(tokens: tokens, bytes: bytes, sentenceStart: starts, lexicon: NameWordFactTable.shared))
                }
            }
        }
    }

    /// The facts of the word hashed `hash`.
    @inline(__always)
    func facts(_ hash: UInt64) -> NameWordFacts { lexicon[hash] }

    /// `TokenizedText.isCapitalized`, its ASCII test inlined.
    @inline(__always)
    func isCapitalized(_ token: Token, _ text: TokenizedText) -> Bool {
        guard token.kind == .word else { return false }
        let first = bytes[token.start]
        if first < 0x80 { return first &- 0x41 < 26 }
        return text.isCapitalized(token)
    }

    /// Byte length of a trailing 's or ’s on the token, 0 when there is none.
    @inline(__always)
    func possessiveLength(_ token: Token) -> Int { TokenizedText.possessiveLength(bytes, token) }

    /// `TokenizedText.isAllCaps` over the buffer: a word of two or more letters written all in capitals.
    @inline(__always)
    func isAllCaps(_ token: Token) -> Bool {
        guard token.kind == .word, token.end - token.start >= 2 else { return false }
        // Most names have a lower-case second letter ("Smith"): no need to read on.
        if bytes[token.start + 1] &- 0x61 < 26 { return false }
        return isAllCapsAfterSecondByte(token)
    }

    /// `isAllCaps(_:)` for a word of two bytes or more whose second byte is no lower-case letter.
    private func isAllCapsAfterSecondByte(_ token: Token) -> Bool {
        var letters = 0
        for index in token.start..<token.end {
            let byte = bytes[index]
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { letters += 1 }
        }
        return letters >= 2
    }

    /// The index of the word before `index` in the same paragraph, skipping nothing else.
    @inline(__always)
    func previousWord(_ index: Int) -> Int? {
        guard index > 0, tokens[index - 1].paragraph == tokens[index].paragraph, tokens[index - 1].kind == .word else { return nil }
        return index - 1
    }

    /// True when the token's bytes hold `byte`.
    func contains(_ byte: UInt8, in token: Token) -> Bool {
        for index in token.start..<token.end where bytes[index] == byte { return true }
        return false
    }
}

/// Splits an article's paragraphs into tokens by walking UTF-8 bytes.
///
/// Apostrophes inside words (don't, O'Brien) and before decade digits ('90s) stay in the word;
/// hyphens between letters join words (Chung-tai); every other mark is its own token.
enum Tokenizer {
    /// Tokens of every paragraph of `bytes`, in order.
    static func tokenize(_ bytes: [UInt8], paragraphs: [Range<Int>]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        for (index, paragraph) in paragraphs.enumerated() {
            tokenize(bytes, range: paragraph, paragraph: index, into: &tokens)
        }
        return tokens
    }

    /// Appends the tokens of `range` (one paragraph) to `tokens`.
    static func tokenize(_ bytes: [UInt8], range: Range<Int>, paragraph: Int, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        var spaceBefore = true
        while i < end {
            let (kind, length, mark) = classify(bytes, at: i, end: end)
            if kind == .space {
                spaceBefore = true
                i += length
                continue
            }
            if kind == .letter || kind == .digit {
                let wordEnd = wordEnd(bytes, from: i, end: end)
                let tokenKind: Token.Kind = kind == .digit ? .number : .word
                append(&tokens, Token(start: i, end: wordEnd, kind: tokenKind, mark: .none, byte: 0,
                                      paragraph: paragraph, spaceBefore: spaceBefore, spaceAfter: false))
                i = wordEnd
            } else if kind == .quote {
                // An apostrophe before decade digits ('90s) belongs to the number.
                if (mark == .straightSingle || mark == .rightSingle), spaceBefore, i + length < end,
                   isDigit(bytes[i + length]), decadeFollows(bytes, from: i + length, end: end) {
                    let wordEnd = wordEnd(bytes, from: i + length, end: end)
                    append(&tokens, Token(start: i, end: wordEnd, kind: .number, mark: .none, byte: 0,
                                          paragraph: paragraph, spaceBefore: spaceBefore, spaceAfter: false))
                    i = wordEnd
                } else {
                    append(&tokens, Token(start: i, end: i + length, kind: .quote, mark: mark, byte: 0,
                                          paragraph: paragraph, spaceBefore: spaceBefore, spaceAfter: false))
                    i += length
                }
            } else {
                append(&tokens, Token(start: i, end: i + length, kind: .punctuation, mark: .none,
                                      byte: bytes[i], paragraph: paragraph, spaceBefore: spaceBefore,
                                      spaceAfter: false))
                i += length
            }
            spaceBefore = false
        }
        if let last = tokens.last, last.paragraph == paragraph { tokens[tokens.count - 1].spaceAfter = true }
    }

    private static func append(_ tokens: inout [Token], _ token: Token) {
        if token.spaceBefore, let last = tokens.last, last.paragraph == token.paragraph {
            tokens[tokens.count - 1].spaceAfter = true
        }
        tokens.append(token)
    }

    /// The end of a word starting at `start`: letters, digits, inner apostrophes, hyphens and
    /// digit separators.
    static func wordEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var i = start
        while i < end {
            let (kind, length, mark) = classify(bytes, at: i, end: end)
            if kind == .letter || kind == .digit {
                i += length
                continue
            }
            // Inner apostrophe or hyphen, or a digit separator: only between word characters.
            let joins: Bool
            if kind == .quote { joins = mark == .straightSingle || mark == .rightSingle }
            else if kind == .punctuation {
                let byte = bytes[i]
                joins = byte == UInt8(ascii: "-") || ((byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."))
                    && i > start && isDigit(bytes[i - 1]) && i + 1 < end && isDigit(bytes[i + 1]))
            } else { joins = false }
            guard joins, i > start, i + length < end else { break }
            let (nextKind, _, _) = classify(bytes, at: i + length, end: end)
            guard nextKind == .letter || nextKind == .digit else { break }
            i += length
        }
        return i
    }

    private static func decadeFollows(_ bytes: [UInt8], from start: Int, end: Int) -> Bool {
        var i = start
        while i < end, isDigit(bytes[i]) { i += 1 }
        return i - start == 2 && i < end && bytes[i] == UInt8(ascii: "s")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Character classes the tokenizer tells apart.
    enum CharacterClass { case letter, digit, space, quote, punctuation }

    /// The class and byte length of the character at `i`, and its quotation mark if it is one.
    static func classify(_ bytes: [UInt8], at i: Int, end: Int) -> (CharacterClass, Int, QuoteMark) {
        let byte = bytes[i]
        if byte < 0x80 {
            switch byte {
            case 0x61...0x7A, 0x41...0x5A: return (.letter, 1, .none)
            case 0x30...0x39: return (.digit, 1, .none)
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return (.space, 1, .none)
            case 0x22: return (.quote, 1, .straightDouble)
            case 0x27:
                // Two apostrophes stand for a double mark in some archives ('' … '').
                if i + 1 < end, bytes[i + 1] == 0x27 { return (.quote, 2, .straightDouble) }
                return (.quote, 1, .straightSingle)
            case 0x60:
                if i + 1 < end, bytes[i + 1] == 0x60 { return (.quote, 2, .leftDouble) }
                return (.punctuation, 1, .none)
            default: return (.punctuation, 1, .none)
            }
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard i + length <= end else { return (.punctuation, 1, .none) }
        if byte == 0xC2 {
            switch bytes[i + 1] {
            case 0xAB: return (.quote, 2, .leftGuillemet)
            case 0xBB: return (.quote, 2, .rightGuillemet)
            case 0xA0: return (.space, 2, .none)
            case 0xAA, 0xB5, 0xBA: return (.letter, 2, .none)
            default: return (.punctuation, 2, .none)
            }
        }
        if byte == 0xC3, bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7 { return (.punctuation, 2, .none) }
        if byte == 0xE2, bytes[i + 1] == 0x80 {
            switch bytes[i + 2] {
            case 0x98: return (.quote, 3, .leftSingle)
            case 0x99: return (.quote, 3, .rightSingle)
            case 0x9C: return (.quote, 3, .leftDouble)
            case 0x9D: return (.quote, 3, .rightDouble)
            case 0x9E: return (.quote, 3, .lowDouble)
            case 0xB9: return (.quote, 3, .leftSingleGuillemet)
            case 0xBA: return (.quote, 3, .rightSingleGuillemet)
            case 0x80...0x8B, 0xA8, 0xA9, 0xAF: return (.space, 3, .none)
            default: return (.punctuation, 3, .none)
            }
        }
        if byte == 0xE2, bytes[i + 1] <= 0xAF { return (.punctuation, 3, .none) }  // symbols, arrows, boxes
        if byte == 0xE3, bytes[i + 1] == 0x80 {
            return bytes[i + 2] == 0x80 ? (.space, 3, .none) : (.punctuation, 3, .none)
        }
        if byte == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return (.space, 3, .none) }
        if byte >= 0xF0 { return (.punctuation, length, .none) }  // emoji and other astral symbols
        return (.letter, length, .none)
    }
}

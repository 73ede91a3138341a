/// Splits an article's paragraphs into tokens by walking UTF-8 bytes.
///
/// Apostrophes inside words (don't, O'Brien) and before decade digits ('90s) stay in the word;
/// hyphens between letters join words (Chung-tai); every other mark is its own token.
enum Tokenizer {
    /// Tokens of every paragraph of `bytes`, in order, words and numbers carrying their hashes.
    static func tokenize(_ bytes: [UInt8], paragraphs: [Range<Int>]) -> [Token] {
        // Offsets and paragraph indexes are stored in 32 bits; checked here once for the whole text.
        precondition(bytes.count <= Int(Int32.max) && paragraphs.count <= Int(Int32.max), "text too long for 32-bit token offsets")
        return bytes.withUnsafeBufferPointer { buffer in
            let tables = ByteTables.shared
            var capacity = estimatedTokenCount(paragraphs, within: buffer.count)
            var position = ScanPosition(paragraph: 0, offset: paragraphs.first?.lowerBound ?? 0, spaceBefore: true)
            var writtenSoFar: [Token] = []
            while true {
                var finished = false
                let tokens = [Token](unsafeUninitializedCapacity: capacity) { storage, count in
                    var writer = TokenWriter(storage, movingIn: &writtenSoFar)
                    finished = scan(buffer, tables, paragraphs, from: &position, into: &writer)
                    count = writer.count
                }
                if finished { return tokens }
                // The storage filled before the text ended: carry the tokens over into twice the room.
                writtenSoFar = tokens
                capacity = tokens.count * 2
            }
        }
    }

    /// Room for the tokens of a typical text (one token for every four bytes is more than news prose
    /// needs), bounded by the most there can be (one a byte); fuller texts grow the storage.
    private static func estimatedTokenCount(_ paragraphs: [Range<Int>], within byteCount: Int) -> Int {
        var paragraphBytes = 0
        for paragraph in paragraphs {
            paragraphBytes += max(0, min(paragraph.upperBound, byteCount) - max(paragraph.lowerBound, 0))
        }
        return min(paragraphBytes, paragraphBytes / 4 + 64) + 1
    }

    /// Where a scan stopped: the paragraph, the byte offset of the next token and whether white space
    /// comes before it.
    private struct ScanPosition {
        var paragraph: Int
        var offset: Int
        var spaceBefore: Bool
    }

    /// Writes the tokens of the paragraphs from `position` on; false when the storage filled first,
    /// `position` then pointing at the first token not written.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteTables, _ paragraphs: [Range<Int>],
        from position: inout ScanPosition, into writer: inout TokenWriter
    ) -> Bool {
        while position.paragraph < paragraphs.count {
            if let stop = tokenize(bytes, tables, range: paragraphs[position.paragraph], paragraph: position.paragraph,
                                   from: position.offset, spaceBefore: position.spaceBefore, into: &writer) {
                position.offset = stop.offset
                position.spaceBefore = stop.spaceBefore
                return false
            }
            position.paragraph += 1
            if position.paragraph < paragraphs.count {
                position.offset = paragraphs[position.paragraph].lowerBound
                position.spaceBefore = true
            }
        }
        return true
    }

    /// Byte classes of the scan's first look at a byte (`ByteClass` values).
    private static let asciiClass: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x61...0x7A, 0x41...0x5A: ByteClass.letter
        case 0x30...0x39: ByteClass.digit
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: ByteClass.space
        case 0x2C, 0x2E: ByteClass.separator
        case 0x22, 0x27, 0x2D, 0x60, 0x80...: ByteClass.other
        default: ByteClass.mark
        }
    }

    /// What one table load tells of a byte.
    private enum ByteClass {
        /// Quotation marks, the apostrophe, hyphen and backtick, and non-ASCII bytes: `classify` decides.
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        static let digit: UInt8 = 2
        /// ASCII white space.
        static let space: UInt8 = 3
        /// Other ASCII: a punctuation mark of its own, never inside a word.
        static let mark: UInt8 = 4
        /// Comma and full stop: punctuation marks, inside a word only between digits (1,000 and 2.5).
        static let separator: UInt8 = 5
    }

    /// For ASCII letters and digits, the byte lower-cased (what `TokenHash` hashes); 0 for every
    /// other byte. One load tells a word byte and gives its folded form.
    static let foldedWordByte: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A: return byte | 0x20
        case 0x61...0x7A, 0x30...0x39: return byte
        default: return 0
        }
    }

    /// The two byte tables a scan reads, copied once into memory kept for the life of the program,
    /// so the scanning loops read them through plain pointers (no closure holds the loop's state).
    private struct ByteTables {
        let classes: UnsafePointer<UInt8>
        let folded: UnsafePointer<UInt8>

        /// Read-only after it is made, so shared between threads safely.
        nonisolated(unsafe) static let shared = ByteTables(classes: permanent(asciiClass), folded: permanent(foldedWordByte))

        /// A copy of `table` that is never freed.
        private static func permanent(_ table: [UInt8]) -> UnsafePointer<UInt8> {
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: table.count)
            copy.initialize(from: table, count: table.count)
            return UnsafePointer(copy)
        }
    }

    /// Writes the tokens of `range` (one paragraph) of `bytes` from `start` on; nil when the
    /// paragraph is done, else the offset of the first token that did not fit and whether white
    /// space comes before it.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteTables, range: Range<Int>, paragraph: Int, from start: Int,
        spaceBefore startsAfterSpace: Bool, into writer: inout TokenWriter
    ) -> (offset: Int, spaceBefore: Bool)? {
        var i = max(start, 0)
        let end = min(range.upperBound, bytes.count)
        var spaceBefore = startsAfterSpace
        let table = tables.classes
        let wordStop = lastNonWordByte(bytes, tables, from: i, end: end)
        while i < end {
            let fast = table[Int(bytes[i])]
            if fast == ByteClass.space {
                spaceBefore = true
                i &+= 1
                continue
            }
            if fast == ByteClass.letter || fast == ByteClass.digit {
                guard writer.hasRoom else { return (i, spaceBefore) }
                let run = asciiRun(bytes, tables, from: i, end: end, wordStop: wordStop)
                if run.endsWord {
                    // Letters and digits only: no possessive 's, so the bare hash is the hash.
                    writer.append(Token(precheckedStart: i, end: run.end, kind: fast == ByteClass.digit ? .number : .word,
                                        mark: .none, byte: 0, paragraph: paragraph, spaceBefore: spaceBefore,
                                        hash: run.hash, bareHash: run.hash))
                    // White space right after the word (the usual case) is passed here, not by another turn.
                    i = run.spaceFollows ? run.end &+ 1 : run.end
                    spaceBefore = run.spaceFollows
                    continue
                }
            } else if fast >= ByteClass.mark {
                guard writer.hasRoom else { return (i, spaceBefore) }
                writer.append(Token(precheckedStart: i, end: i &+ 1, kind: .punctuation, mark: .none, byte: bytes[i],
                                    paragraph: paragraph, spaceBefore: spaceBefore))
                i &+= 1
                spaceBefore = false
                continue
            }
            let (kind, length, mark): (CharacterClass, Int, QuoteMark) =
                fast == ByteClass.letter ? (.letter, 1, .none) : fast == ByteClass.digit ? (.digit, 1, .none) : classify(bytes, at: i, end: end)
            if kind == .space {
                spaceBefore = true
                i += length
                continue
            }
            guard writer.hasRoom else { return (i, spaceBefore) }
            if kind == .letter || kind == .digit {
                let scanned = wordEnd(bytes, tables, from: i, end: end, wordStop: wordStop)
                let tokenKind: Token.Kind = kind == .digit ? .number : .word
                writer.append(word(bytes, i..<scanned.end, asciiHash: scanned.asciiHash, kind: tokenKind,
                                   paragraph: paragraph, spaceBefore: spaceBefore))
                i = scanned.end
            } else if kind == .quote {
                // An apostrophe before decade digits ('90s) belongs to the number.
                if (mark == .straightSingle || mark == .rightSingle), spaceBefore, i + length < end,
                   isDigit(bytes[i + length]), decadeFollows(bytes, from: i + length, end: end) {
                    let wordEnd = wordEnd(bytes, tables, from: i + length, end: end, wordStop: wordStop).end
                    writer.append(word(bytes, i..<wordEnd, asciiHash: nil, kind: .number, paragraph: paragraph,
                                       spaceBefore: spaceBefore))
                    i = wordEnd
                } else {
                    writer.append(Token(precheckedStart: i, end: i + length, kind: .quote, mark: mark, byte: 0,
                                        paragraph: paragraph, spaceBefore: spaceBefore))
                    i += length
                }
            } else {
                writer.append(Token(precheckedStart: i, end: i + length, kind: .punctuation, mark: .none, byte: bytes[i],
                                    paragraph: paragraph, spaceBefore: spaceBefore))
                i += length
            }
            spaceBefore = false
        }
        return nil
    }

    /// Hashes the ASCII letters and digits from `start` into `hash`; returns where they stop.
    /// Before `wordStop` (a byte known to stop the run) no end check is needed.
    @inline(__always)
    private static func foldLettersAndDigits(
        _ bytes: UnsafeBufferPointer<UInt8>, _ folded: UnsafePointer<UInt8>, from start: Int, end: Int, wordStop: Int,
        into hash: inout UInt64
    ) -> Int {
        var i = start
        if i < wordStop {
            while true {  // ends by `wordStop` at the latest
                let lowered = folded[Int(bytes[i])]
                if lowered == 0 { break }
                hash = (hash ^ UInt64(lowered)) &* TokenHash.prime
                i &+= 1
            }
        } else {
            while i < end {
                let lowered = folded[Int(bytes[i])]
                if lowered == 0 { break }
                hash = (hash ^ UInt64(lowered)) &* TokenHash.prime
                i &+= 1
            }
        }
        return i
    }

    /// The run of ASCII letters and digits from `start` (one at least): its end, its `TokenHash`,
    /// whether the word certainly ends there (at the paragraph's end, white space or a mark that
    /// cannot join words; when not, `wordEnd` reads the word again), and whether an ASCII white
    /// space byte follows.
    @inline(__always)
    private static func asciiRun(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteTables, from start: Int, end: Int, wordStop: Int
    ) -> (end: Int, hash: UInt64, endsWord: Bool, spaceFollows: Bool) {
        let folded = tables.folded
        var hash = (TokenHash.offsetBasis ^ UInt64(folded[Int(bytes[start])])) &* TokenHash.prime
        let i = foldLettersAndDigits(bytes, folded, from: start &+ 1, end: end, wordStop: wordStop, into: &hash)
        guard i < end else { return (i, hash, true, false) }
        let next = tables.classes[Int(bytes[i])]
        if next == ByteClass.space { return (i, hash, true, true) }
        let endsWord = next == ByteClass.mark || (next == ByteClass.separator && !isDigit(bytes[i &- 1]))
        return (i, hash, endsWord, false)
    }

    /// The last offset in `start..<end` whose byte is not an ASCII letter or digit (`start - 1` when
    /// there is none): a run of word bytes that starts before it ends by it, so needs no end check.
    private static func lastNonWordByte(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteTables, from start: Int, end: Int) -> Int {
        var index = end - 1
        while index >= start && tables.folded[Int(bytes[index])] != 0 { index -= 1 }
        return index
    }

    /// A word or number token with its hashes; `asciiHash` is the `TokenHash` of an all-ASCII
    /// `range` when the scan already computed it.
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, asciiHash: UInt64?, kind: Token.Kind, paragraph: Int,
        spaceBefore: Bool
    ) -> Token {
        var token = Token(precheckedStart: range.lowerBound, end: range.upperBound, kind: kind, mark: .none, byte: 0,
                          paragraph: paragraph, spaceBefore: spaceBefore)
        let hash = asciiHash ?? TokenHash.lowercased(bytes, range)
        token.hash = hash
        let possessive = kind == .word ? TokenizedText.possessiveLength(bytes, token) : 0
        token.bareHash = possessive == 0 ? hash : TokenHash.lowercased(bytes, range.lowerBound..<(range.upperBound - possessive))
        return token
    }

    /// The end of a word starting at `start`: letters, digits, inner apostrophes, hyphens and
    /// digit separators.
    static func wordEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            wordEnd(buffer, ByteTables.shared, from: start, end: end, wordStop: start - 1).end
        }
    }

    /// The word's end and, when all its bytes are ASCII, their `TokenHash` (lower-cased as they
    /// are read, so the word is walked once). `wordStop`, before `end`, holds a byte that is no
    /// ASCII letter or digit (or is below `start`): runs of such bytes before it are read without
    /// checking for the end.
    @inline(__always)
    private static func wordEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tables: ByteTables, from start: Int, end: Int, wordStop: Int
    ) -> (end: Int, asciiHash: UInt64?) {
        let table = tables.classes, folded = tables.folded
        var i = start
        var hash = TokenHash.offsetBasis
        var ascii = true
        @inline(__always) func hashBytes(_ count: Int) {
            for offset in 0..<count {
                let byte = bytes[i + offset]
                if byte >= 0x80 { ascii = false }
                hash = (hash ^ UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* TokenHash.prime
            }
        }
        while i < end {
            // ASCII letters and digits, the bulk of every word, in a loop of a few instructions.
            i = foldLettersAndDigits(bytes, folded, from: i, end: end, wordStop: wordStop, into: &hash)
            guard i < end else { break }
            if table[Int(bytes[i])] == ByteClass.space { break }
            let (kind, length, mark) = classify(bytes, at: i, end: end)
            if kind == .letter || kind == .digit {
                hashBytes(length)
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
            hashBytes(length)
            i += length
        }
        return (i, ascii ? hash : nil)
    }

    private static func decadeFollows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
        var i = start
        while i < end, isDigit(bytes[i]) { i += 1 }
        return i - start == 2 && i < end && bytes[i] == UInt8(ascii: "s")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Character classes the tokenizer tells apart.
    enum CharacterClass { case letter, digit, space, quote, punctuation }

    /// The class and byte length of the character at `i`, and its quotation mark if it is one.
    static func classify(_ bytes: [UInt8], at i: Int, end: Int) -> (CharacterClass, Int, QuoteMark) {
        bytes.withUnsafeBufferPointer { classify($0, at: i, end: end) }
    }

    /// The class and byte length of the character at `i`, and its quotation mark if it is one.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (CharacterClass, Int, QuoteMark) {
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

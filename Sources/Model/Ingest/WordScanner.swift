/// Splits UTF-8 text into words (runs of letters, digits and inner apostrophes) keyed by the hash
/// of their lower-cased bytes, without building a string per word.
struct WordScanner {
    /// One word: its byte range in the text and the key of its lower-cased form.
    struct Word {
        var range: Range<Int>
        /// `WordHash` of the lower-cased bytes (trailing apostrophes left out): equal words, equal keys.
        var key: UInt64
        /// True when the word starts with an upper-case ASCII letter.
        var capitalised: Bool
        /// Bytes in the word.
        var length: Int { range.count }
    }

    /// The words of `bytes[range]`, offsets counted in the whole text.
    static func words(_ bytes: [UInt8], in range: Range<Int>) -> [Word] {
        bytes.withUnsafeBufferPointer { words($0, in: range) }
    }

    /// The words of `bytes[range]`, offsets counted in the whole buffer.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(max(0, min(range.upperBound, bytes.count) - range.lowerBound) / 4 + 2)
        appendWords(of: bytes, in: range, to: &words)
        return words
    }

    /// Appends the words of `bytes[range]` to `words`, offsets counted in the whole buffer.
    static func appendWords(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to words: inout [Word]) {
        let end = min(range.upperBound, bytes.count)
        guard range.lowerBound < end else { return }
        FoldedByte.table.withUnsafeBufferPointer { folded in
            // Words are written to a small buffer first, and moved to `words` a batch at a time.
            withUnsafeTemporaryAllocation(of: Word.self, capacity: batchSize) { batch in
                var index = range.lowerBound
                while index < end {
                    let found = scanWords(bytes, from: index, end: end, folded: folded, into: batch)
                    words.append(contentsOf: UnsafeBufferPointer(rebasing: batch[..<found.count]))
                    index = found.next
                }
            }
        }
    }

    /// Words written to the batch buffer of `appendWords` before they are moved on (1 KB: small
    /// enough to be on the stack).
    static let batchSize = 32

    /// Writes the words from `index` to `end` into `output` until it is full; returns how many
    /// were written and where to go on from (after the last word written).
    ///
    /// A word byte takes one table lookup, which also lower-cases ASCII letters; bytes of
    /// multi-byte scalars and apostrophes take a slower path. An apostrophe run is hashed
    /// only when a word byte follows it ("who's", not "players'").
    @inline(__always)
    static func scanWords(
        _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int, folded: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<Word>
    ) -> (count: Int, next: Int) {
        var index = index
        var count = 0
        while index < end, count < output.count {
            let lead = folded[Int(bytes[index])]
            guard isWordByte(lead, bytes, at: index) else {
                index &+= 1
                continue
            }
            let start = index
            var hash = WordHash.adding(lead, to: WordHash.offset)
            index &+= 1
            while index < end {
                let value = folded[Int(bytes[index])]
                if isWordByte(value, bytes, at: index) {
                    hash = WordHash.adding(value, to: hash)
                    index &+= 1
                } else if value == FoldedByte.apostrophe, let next = wordByteAfterApostrophes(bytes, from: index, end: end, folded: folded) {
                    for _ in index..<next { hash = WordHash.adding(0x27, to: hash) }
                    index = next
                } else {
                    break
                }
            }
            let word = Word(range: Range(uncheckedBounds: (start, index)), key: hash, capitalised: bytes[start] &- 0x41 < 26)
            (output.baseAddress! + count).initialize(to: word)
            count &+= 1
            // The byte that ended the word is no word byte: step over it.
            index &+= 1
        }
        index = min(index, end)
        return (count, index)
    }

    /// Each byte's value as a word byte, or what else it is.
    enum FoldedByte {
        /// Neither a word byte nor an apostrophe.
        static let separator: UInt8 = 0
        static let apostrophe: UInt8 = 1

        /// Per byte value: ASCII letters and digits lower-cased, bytes of multi-byte scalars as
        /// they are (word bytes unless they belong to typographic punctuation), else `separator`
        /// or `apostrophe`.
        static let table: [UInt8] = (0..<256).map { value in
            let byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { return byte }
            return byte == 0x27 ? apostrophe : separator
        }

        /// True for a table value of an ASCII letter or digit (0-9 and a-z lie in 0x30…0x7F).
        @inline(__always)
        static func isASCIIWordByte(_ value: UInt8) -> Bool { value &- 0x30 < 0x50 }
    }

    /// True when the byte at `index`, whose `FoldedByte` value is `value`, belongs to a word: an
    /// ASCII letter or digit, or a byte of a multi-byte scalar that is not typographic punctuation.
    @inline(__always)
    static func isWordByte(_ value: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        FoldedByte.isASCIIWordByte(value) || (value >= 0x80 && !isPunctuationScalar(bytes, at: index))
    }

    /// Where the run of apostrophes starting at `index` ends, when a word byte before `end` follows it.
    @inline(never)
    static func wordByteAfterApostrophes(
        _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, end: Int, folded: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var next = index
        while next < end, bytes[next] == 0x27 { next += 1 }
        return next < end && isWordByte(folded[Int(bytes[next])], bytes, at: next) ? next : nil
    }

    /// True at the lead byte of a typographic quote, dash, ellipsis or bullet (E2 80 xx).
    @inline(__always)
    static func isPunctuationScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if bytes[index] == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 { return true }
        if index >= 1, bytes[index - 1] == 0xE2, bytes[index] == 0x80 { return true }
        if index >= 2, bytes[index - 2] == 0xE2, bytes[index - 1] == 0x80 { return true }
        return bytes[index] == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xA9)
            || (index >= 1 && bytes[index - 1] == 0xC2 && (bytes[index] == 0xA0 || bytes[index] == 0xA9))
    }

    /// Common English function words, never "content" for cohesion.
    static let stopwords: [String] = [
        "the", "and", "for", "that", "with", "this", "from", "was", "were", "are", "but", "not", "you", "your", "his",
        "her", "its", "our", "their", "they", "she", "him", "them", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "been", "being", "than", "then", "there", "here", "what", "which", "who",
        "whom", "when", "where", "why", "how", "all", "any", "some", "more", "most", "other", "into", "over", "after",
        "before", "about", "also", "just", "out", "off", "said", "says", "one", "two", "new", "get", "got", "did",
        "does", "too", "very", "such", "only", "own", "same", "each", "both", "few", "many", "much", "now", "these",
        "those", "because", "while", "per", "via", "yet", "nor", "upon", "like", "mr", "mrs", "ms", "who's", "it's",
    ]

    /// Keys of `stopwords`.
    static let stopwordKeys = HashKeyTable(stopwords.map(WordHash.of))

    /// True for a word long enough and not a function word.
    @inline(__always)
    static func isContent(_ word: Word) -> Bool {
        word.length >= 3 && !stopwordKeys.contains(word.key)
    }
}

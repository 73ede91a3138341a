/// Splits UTF-8 text into words (runs of letters, digits and inner apostrophes) keyed by the hash
/// of their lower-cased bytes, without building a string per word.
struct WordScanner {
    /// One word: where it is in the text and the key of its lower-cased form, in 16 bytes
    /// (offsets in 32 bits: texts over 2 GB are not scanned).
    struct Word {
        /// Offset of its first byte.
        private var startOffset: UInt32
        /// Its length in bytes times two, plus one when it is capitalised.
        private var lengthAndCase: UInt32
        /// `WordHash` of the lower-cased bytes (trailing apostrophes left out): equal words, equal keys.
        var key: UInt64

        /// A word of `range` (under 2 GB from the start of the text).
        init(range: Range<Int>, key: UInt64, capitalised: Bool) {
            precondition(range.upperBound <= maximumTextSize, "texts over 2 GB are not scanned")
            self.init(start: range.lowerBound, end: range.upperBound, capitalised: capitalised, key: key)
        }

        /// The word from `start` to `end`, offsets under 2 GB, not checked.
        @inline(__always)
        init(start: Int, end: Int, capitalised: Bool, key: UInt64) {
            startOffset = UInt32(truncatingIfNeeded: start)
            lengthAndCase = UInt32(truncatingIfNeeded: (end &- start) &<< 1) | (capitalised ? 1 : 0)
            self.key = key
        }

        /// Its bytes in the text.
        var range: Range<Int> { Int(startOffset)..<(Int(startOffset) + length) }
        /// True when the word starts with an upper-case ASCII letter.
        var capitalised: Bool { lengthAndCase & 1 != 0 }
        /// Bytes in the word.
        var length: Int { Int(lengthAndCase >> 1) }
        /// True for a word of three bytes or more.
        var hasThreeBytes: Bool { lengthAndCase >= 6 }
    }

    /// The largest text the scanner reads: word offsets and lengths must fit `Word`.
    static let maximumTextSize = Int(Int32.max)

    /// The words of `bytes[range]`, offsets counted in the whole text.
    static func words(_ bytes: [UInt8], in range: Range<Int>) -> [Word] {
        bytes.withUnsafeBufferPointer { words($0, in: range) }
    }

    /// The words of `bytes[range]`, offsets counted in the whole buffer.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Word] {
        Array(unsafeUninitializedCapacity: maximumWords(in: range, of: bytes)) { storage, count in
            count = writeWords(of: bytes, in: range, to: storage)
        }
    }

    /// The most words `bytes[range]` can hold: every word but the last is followed by a byte
    /// that is not part of it.
    static func maximumWords(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        (max(0, min(range.upperBound, bytes.count) - range.lowerBound) + 1) / 2
    }

    /// Writes the words of `bytes[range]` to the start of `output`, which has room for
    /// `maximumWords(in: range, of: bytes)`; returns how many there are.
    ///
    /// A word byte takes one table lookup, which also lower-cases ASCII letters; bytes of
    /// multi-byte scalars and apostrophes take a slower path. An apostrophe run is hashed
    /// only when a word byte follows it ("who's", not "players'").
    static func writeWords(
        of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to output: UnsafeMutableBufferPointer<Word>
    ) -> Int {
        precondition(bytes.count <= maximumTextSize, "texts over 2 GB are not scanned")
        precondition(output.count >= maximumWords(in: range, of: bytes), "no room for the words")
        let end = min(range.upperBound, bytes.count)
        guard range.lowerBound < end, let text = bytes.baseAddress, let words = output.baseAddress else { return 0 }
        let folded = FoldedByte.table
        var index = range.lowerBound
        // Where the next word goes.
        var next = words
        while index < end {
            let first = text[index]
            let lead = folded[Int(first)]
            guard isWordByte(lead, bytes, at: index) else {
                index &+= 1
                continue
            }
            let start = index
            let capitalised = first &- 0x41 < 26
            var hash = WordHash.adding(lead, to: WordHash.offset)
            index &+= 1
            while index < end {
                let value = folded[Int(text[index])]
                if isWordByte(value, bytes, at: index) {
                    hash = WordHash.adding(value, to: hash)
                    index &+= 1
                } else if value == FoldedByte.apostrophe {
                    // A run of apostrophes belongs to the word only when a word byte follows it.
                    var after = index &+ 1
                    while after < end, text[after] == 0x27 { after &+= 1 }
                    guard after < end, isWordByte(folded[Int(text[after])], bytes, at: after) else { break }
                    while index < after {
                        hash = WordHash.adding(0x27, to: hash)
                        index &+= 1
                    }
                } else {
                    break
                }
            }
            next.initialize(to: Word(start: start, end: index, capitalised: capitalised, key: hash))
            next += 1
            // The byte that ended the word is no word byte: step over it.
            index &+= 1
        }
        return next - words
    }

    /// Each byte's value as a word byte, or what else it is.
    enum FoldedByte {
        /// Neither a word byte nor an apostrophe.
        static let separator: UInt8 = 0
        static let apostrophe: UInt8 = 1

        /// Per byte value: ASCII letters and digits lower-cased, bytes of multi-byte scalars as
        /// they are (word bytes unless they belong to typographic punctuation), else `separator`
        /// or `apostrophe`.
        /// Held in memory never freed, so the scan reads it through a plain pointer.
        nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
            let values = (0..<256).map { value -> UInt8 in
                let byte = UInt8(value)
                if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
                if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { return byte }
                return byte == 0x27 ? apostrophe : separator
            }
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: values.count)
            table.initialize(from: values, count: values.count)
            return UnsafePointer(table)
        }()

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

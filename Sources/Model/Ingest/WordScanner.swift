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
    ///
    /// Two tight loops: one skips separators, one runs over a word's bytes hashing them; apostrophes
    /// inside a word are hashed only when a word byte follows ("who's", not "players'").
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        let end = min(range.upperBound, bytes.count)
        guard range.lowerBound < end else { return words }
        words.reserveCapacity((end - range.lowerBound) / 4 + 2)
        byteClasses.withUnsafeBufferPointer { classes in
            var index = range.lowerBound
            while index < end {
                let lead = classes[Int(bytes[index])]
                guard lead == ByteClass.letter || (lead == ByteClass.high && !isPunctuationScalar(bytes, at: index)) else {
                    index += 1
                    continue
                }
                let start = index
                var hash = WordHash.offset
                var lastWordByte = index
                var pendingApostrophes = 0
                while index < end {
                    let byte = bytes[index]
                    let byteClass = classes[Int(byte)]
                    if byteClass == ByteClass.letter || (byteClass == ByteClass.high && !isPunctuationScalar(bytes, at: index)) {
                        while pendingApostrophes > 0 {
                            hash = WordHash.adding(0x27, to: hash)
                            pendingApostrophes -= 1
                        }
                        hash = WordHash.adding(byte &- 0x41 < 26 ? byte | 0x20 : byte, to: hash)
                        lastWordByte = index
                    } else if byteClass == ByteClass.apostrophe {
                        pendingApostrophes += 1
                    } else {
                        break
                    }
                    index += 1
                }
                let first = bytes[start]
                words.append(Word(range: start..<(lastWordByte + 1), key: hash, capitalised: first &- 0x41 < 26))
            }
        }
        return words
    }

    /// How a byte takes part in words.
    enum ByteClass {
        static let separator: UInt8 = 0
        /// ASCII letters and digits.
        static let letter: UInt8 = 1
        static let apostrophe: UInt8 = 2
        /// Bytes of multi-byte scalars: word bytes unless they belong to typographic punctuation.
        static let high: UInt8 = 3
    }

    /// `ByteClass` of every byte value.
    static let byteClasses: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return ByteClass.letter }
        if byte == 0x27 { return ByteClass.apostrophe }
        return byte >= 0x80 ? ByteClass.high : ByteClass.separator
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

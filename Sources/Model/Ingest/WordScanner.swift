/// Splits UTF-8 text into words (runs of letters, digits and inner apostrophes) with lower-cased keys.
struct WordScanner {
    /// One word: its byte range in the text and its lower-cased form.
    struct Word {
        var range: Range<Int>
        var key: String
        /// True when the word starts with an upper-case ASCII letter.
        var capitalised: Bool
    }

    /// The words of `bytes[range]`, offsets counted in the whole text.
    static func words(_ bytes: [UInt8], in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var index = range.lowerBound
        func close(_ end: Int) {
            guard let begin = start else { return }
            var lowered = Array(bytes[begin..<end])
            var trailing = lowered.count
            while trailing > 0, lowered[trailing - 1] == 0x27 { trailing -= 1 }
            lowered.removeSubrange(trailing...)
            for position in lowered.indices where lowered[position] >= 0x41 && lowered[position] <= 0x5A { lowered[position] |= 0x20 }
            if !lowered.isEmpty {
                let first = bytes[begin]
                words.append(Word(range: begin..<(begin + trailing), key: String(decoding: lowered, as: UTF8.self), capitalised: first >= 0x41 && first <= 0x5A))
            }
            start = nil
        }
        while index < range.upperBound {
            let byte = bytes[index]
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte >= 0x80 || (byte == 0x27 && start != nil)
            if isWordByte {
                if byte >= 0x80 && isPunctuationScalar(bytes, at: index) {
                    close(index)
                } else if start == nil {
                    start = index
                }
            } else {
                close(index)
            }
            index += 1
        }
        close(range.upperBound)
        return words
    }

    /// True at the lead byte of a typographic quote, dash, ellipsis or bullet (E2 80 xx).
    static func isPunctuationScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        if bytes[index] == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 { return true }
        if index >= 1, bytes[index - 1] == 0xE2, bytes[index] == 0x80 { return true }
        if index >= 2, bytes[index - 2] == 0xE2, bytes[index - 1] == 0x80 { return true }
        return bytes[index] == 0xC2 && index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xA9)
            || (index >= 1 && bytes[index - 1] == 0xC2 && (bytes[index] == 0xA0 || bytes[index] == 0xA9))
    }

    /// Common English function words, never "content" for cohesion.
    static let stopwords: Set<String> = [
        "the", "and", "for", "that", "with", "this", "from", "was", "were", "are", "but", "not", "you", "your", "his",
        "her", "its", "our", "their", "they", "she", "him", "them", "has", "have", "had", "will", "would", "can",
        "could", "should", "may", "might", "been", "being", "than", "then", "there", "here", "what", "which", "who",
        "whom", "when", "where", "why", "how", "all", "any", "some", "more", "most", "other", "into", "over", "after",
        "before", "about", "also", "just", "out", "off", "said", "says", "one", "two", "new", "get", "got", "did",
        "does", "too", "very", "such", "only", "own", "same", "each", "both", "few", "many", "much", "now", "these",
        "those", "because", "while", "per", "via", "yet", "nor", "upon", "like", "mr", "mrs", "ms", "who's", "it's",
    ]

    /// True for a word long enough and not a function word.
    static func isContent(_ key: String) -> Bool {
        key.utf8.count >= 3 && !stopwords.contains(key)
    }
}

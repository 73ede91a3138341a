/// A text's words lower-cased with punctuation dropped (apostrophes and hyphens split words), as
/// lower-cased, punctuation-stripped accounts write them, with each word's byte range.
enum NormalisedWords {
    /// One normalised word: where it lies and its hash; its text is made only on request.
    struct Word: Sendable, Equatable {
        var range: Range<Int>
        /// `TokenHash` of the lower-cased word.
        var hash: UInt64
    }

    /// The normalised words of `text`, lower-cased, as strings.
    static func strings(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return words(in: bytes, range: 0..<bytes.count).map { self.text(of: $0, in: bytes) }
    }

    /// The lower-cased text of `word`, a word of `bytes`.
    static func text(of word: Word, in bytes: [UInt8]) -> String {
        let slice = bytes[word.range]
        if slice.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: slice.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self).lowercased()
    }

    /// The normalised words of `range` of `bytes`.
    static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(range.count / 5 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            var i = range.lowerBound
            let end = min(range.upperBound, bytes.count)
            while i < end {
                let (kind, length, _) = Tokenizer.classify(bytes, at: i, end: end)
                guard kind == .letter || kind == .digit else { i += length; continue }
                let start = i
                while i < end {
                    let (next, nextLength, _) = Tokenizer.classify(bytes, at: i, end: end)
                    guard next == .letter || next == .digit else { break }
                    i += nextLength
                }
                result.append(Word(range: start..<i, hash: TokenHash.lowercased(bytes, start..<i)))
            }
        }
        return result
    }
}

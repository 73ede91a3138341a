/// A text's words lower-cased with punctuation dropped (apostrophes and hyphens split words), as
/// lower-cased, punctuation-stripped accounts write them, with each word's byte range.
enum NormalisedWords {
    /// One normalised word and where it lies.
    struct Word: Sendable, Equatable {
        var text: String
        var range: Range<Int>
    }

    /// The normalised words of `range` of `text`.
    static func words(in text: String, range: Range<Int>) -> [Word] {
        let bytes = Array(text.utf8)
        return words(in: bytes, range: range)
    }

    /// The normalised words of `range` of `bytes`.
    static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
        var result: [Word] = []
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
            let slice = bytes[start..<i]
            let word: String
            if slice.allSatisfy({ $0 < 0x80 }) {
                word = String(decoding: slice.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
            } else {
                word = String(decoding: slice, as: UTF8.self).lowercased()
            }
            result.append(Word(text: word, range: start..<i))
        }
        return result
    }
}

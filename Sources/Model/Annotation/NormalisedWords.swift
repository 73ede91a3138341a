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
    ///
    /// ASCII letters and digits are folded and hashed in one table-driven loop; other bytes go
    /// through `Tokenizer.classify`, and a word holding any is hashed again through Swift's
    /// lower-casing, so every hash equals `TokenHash.of` of the word.
    static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(range.count / 5 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            Tokenizer.foldedWordByte.withUnsafeBufferPointer { folded in
                var i = range.lowerBound
                let end = min(range.upperBound, bytes.count)
                while i < end {
                    let lead = bytes[i]
                    if lead < 0x80, folded[Int(lead)] == 0 { i += 1; continue }
                    if lead >= 0x80 {
                        let (kind, length, _) = Tokenizer.classify(bytes, at: i, end: end)
                        guard kind == .letter || kind == .digit else { i += length; continue }
                    }
                    let start = i
                    var hash = TokenHash.offsetBasis
                    var ascii = true
                    while i < end {
                        let byte = bytes[i]
                        let lowered = folded[Int(byte)]
                        if lowered != 0 {
                            hash = (hash ^ UInt64(lowered)) &* TokenHash.prime
                            i += 1
                            continue
                        }
                        if byte < 0x80 { break }
                        let (next, nextLength, _) = Tokenizer.classify(bytes, at: i, end: end)
                        guard next == .letter || next == .digit else { break }
                        ascii = false
                        i += nextLength
                    }
                    let wordHash = ascii ? hash : TokenHash.lowercased(bytes, start..<i)
                    result.append(Word(range: start..<i, hash: wordHash))
                }
            }
        }
        return result
    }
}

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
        var result: [String] = []
        appendStrings(in: text, to: &result)
        return result
    }

    /// Appends the normalised words of `text`, lower-cased, as strings to `result`.
    static func appendStrings(in text: String, to result: inout [String]) {
        var text = text
        text.withUTF8 { bytes in
            forEachWord(in: bytes, range: 0..<bytes.count) { range, _ in
                result.append(self.text(of: range, in: bytes))
            }
        }
    }

    /// The lower-cased text of `word`, a word of `bytes`.
    static func text(of word: Word, in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { text(of: word.range, in: $0) }
    }

    /// The lower-cased text of the word at `range` of `bytes`.
    static func text(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if slice.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: slice.count) { out in
                for index in 0..<slice.count {
                    let byte = slice[index]
                    out[index] = (byte >= 0x41 && byte <= 0x5A) ? byte + 32 : byte
                }
                return slice.count
            }
        }
        return String(decoding: slice, as: UTF8.self).lowercased()
    }

    /// The normalised words of `range` of `bytes`.
    static func words(in bytes: [UInt8], range: Range<Int>) -> [Word] {
        var result: [Word] = []
        append(in: bytes, range: range, to: &result)
        return result
    }

    /// Appends the normalised words of `range` of `bytes` to `result`.
    static func append(in bytes: [UInt8], range: Range<Int>, to result: inout [Word]) {
        result.reserveCapacity(result.count + range.count / 5 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            forEachWord(in: bytes, range: range) { range, hash in result.append(Word(range: range, hash: hash)) }
        }
    }

    /// The hashes of the normalised words of `range` of `bytes`.
    static func hashes(in bytes: [UInt8], range: Range<Int>) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(range.count / 5 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            forEachWord(in: bytes, range: range) { _, hash in result.append(hash) }
        }
        return result
    }

    /// Calls `body` with the byte range and hash of each normalised word of `range` of `bytes`.
    ///
    /// ASCII letters and digits are folded and hashed in one table-driven loop; other bytes go
    /// through `Tokenizer.classify`, and a word holding any is hashed again through Swift's
    /// lower-casing, so every hash equals `TokenHash.of` of the word.
    @inline(__always)
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Range<Int>, UInt64) -> Void) {
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
                body(start..<i, ascii ? hash : TokenHash.lowercased(bytes, start..<i))
            }
        }
    }
}

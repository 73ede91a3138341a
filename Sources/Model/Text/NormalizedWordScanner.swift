/// Splits UTF-8 text into `NormalizedWord`s in one pass over the bytes, with no string building.
///
/// Letters and digits (ASCII, Latin-1 letters and every other non-punctuation scalar) form words;
/// everything else separates them, apostrophes and hyphens included, so a degraded account that
/// lost its punctuation ("russia s", "g 20") yields the same words as the original ("Russia's",
/// "G-20"). Case folding covers ASCII and Latin-1 capitals.
public enum NormalizedWordScanner {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325  // WordHash.offset
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3  // WordHash.prime

    /// Words of `text` inside `ranges` (in order); quotation state resets at each range.
    public static func words(in text: String, ranges: [Range<Int>]) -> [NormalizedWord] {
        var result: [NormalizedWord] = []
        result.reserveCapacity(ranges.reduce(0) { $0 + $1.count } / 5 + 4)
        var copy = text
        copy.withUTF8 { bytes in
            for range in ranges {
                let clamped = max(0, min(range.lowerBound, bytes.count))..<max(0, min(range.upperBound, bytes.count))
                scan(bytes, range: clamped, into: &result)
            }
        }
        return result
    }

    /// Words of the whole of `text`.
    public static func words(in text: String) -> [NormalizedWord] {
        words(in: text, ranges: [0..<text.utf8.count])
    }

    /// The hash a word with this spelling gets (after case folding), e.g. for tests and lookups.
    public static func hash(of word: String) -> UInt64 {
        words(in: word).first?.hash ?? fnvOffset
    }

    /// Combines word hashes into the hash of a word sequence (order matters).
    @inline(__always)
    public static func combine(_ seed: UInt64, _ next: UInt64) -> UInt64 {
        (seed ^ (next &+ 0x9e37_79b9_7f4a_7c15 &+ (seed << 6) &+ (seed >> 2))) &* fnvPrime
    }

    /// Appends the words of `bytes[range]` to `result`.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into result: inout [NormalizedWord]) {
        var index = range.lowerBound
        let end = range.upperBound
        var quoted = false
        var spaceOnly = true
        var sentenceMark = false
        var first = true
        while index < end {
            let byte = bytes[index]
            let (length, isLetter, _) = classify(bytes, index, end)
            if isLetter {
                if !first, sentenceMark, !result.isEmpty { result[result.count - 1].endsSentence = true }
                let start = index
                var hash = fnvOffset
                var capitalised = false
                var isFirstScalar = true
                while index < end {
                    let next = bytes[index]
                    if next < 0x80 {
                        // ASCII fast path: letters and digits extend the word, anything else ends it.
                        let isLower = (next >= 0x61 && next <= 0x7A) || (next >= 0x30 && next <= 0x39)
                        let isUpper = next >= 0x41 && next <= 0x5A
                        if !isLower && !isUpper { break }
                        if isFirstScalar { capitalised = isUpper; isFirstScalar = false }
                        hash = (hash ^ UInt64(isUpper ? next | 0x20 : next)) &* fnvPrime
                        index += 1
                        continue
                    }
                    let (scalarLength, letter, upper) = classify(bytes, index, end)
                    if !letter { break }
                    if isFirstScalar { capitalised = upper; isFirstScalar = false }
                    for offset in 0..<scalarLength {
                        var value = bytes[index + offset]
                        if upper && offset == scalarLength - 1 { value &+= 0x20 }
                        hash = (hash ^ UInt64(value)) &* fnvPrime
                    }
                    index += scalarLength
                }
                result.append(NormalizedWord(
                    range: start..<index, hash: hash, isCapitalised: capitalised, isQuoted: quoted,
                    followsSpaceOnly: spaceOnly && !first))
                first = false
                spaceOnly = true
                sentenceMark = false
                continue
            }
            switch byte {
            case 0x20, 0x09:
                break
            case 0x22:
                quoted.toggle()
                spaceOnly = false
            case 0x0A, 0x0D:
                quoted = false
                sentenceMark = true
                spaceOnly = false
            case 0x2E, 0x21, 0x3F:
                sentenceMark = true
                spaceOnly = false
            case 0xE2 where length == 3 && bytes[index + 1] == 0x80:
                let third = bytes[index + 2]
                if third == 0x9C { quoted = true } else if third == 0x9D { quoted = false }
                if third == 0xA6 { sentenceMark = true }
                spaceOnly = spaceOnly && (third <= 0x8A || third == 0xAF)
            case 0xC2 where length == 2 && bytes[index + 1] == 0xA0:
                break
            default:
                spaceOnly = false
            }
            index += length
        }
        // The end of a range (a paragraph, the headline) ends a sentence too.
        if !first, !result.isEmpty { result[result.count - 1].endsSentence = true }
    }

    /// Length of the scalar at `index`, whether it belongs to a word, and whether it is a capital.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (Int, Bool, Bool) {
        let byte = bytes[index]
        if byte < 0x80 {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { return (1, true, false) }
            if byte >= 0x41 && byte <= 0x5A { return (1, true, true) }
            return (1, false, false)
        }
        if byte < 0xC0 { return (1, true, false) }
        let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, end - index)
        if length < 2 { return (length, false, false) }
        let second = bytes[index + 1]
        switch byte {
        case 0xC2:
            return (length, false, false)
        case 0xC3:
            if second == 0x97 || second == 0xB7 { return (length, false, false) }
            return (length, true, second >= 0x80 && second <= 0x9E)
        case 0xE2:
            return (length, false, false)
        case 0xE3 where second == 0x80:
            return (length, false, false)
        case 0xEF where second == 0xBB || second == 0xBC || second == 0xBD:
            return (length, false, false)
        default:
            return (length, true, false)
        }
    }
}

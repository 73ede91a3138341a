/// Byte-level checks that a paragraph can match the author-bio patterns of `BoilerplateDetector`:
/// each looks for literal text every match must contain, so the regular expressions (and the
/// string they need) run only on the few paragraphs that pass.
enum BioPhrases {
    /// False when `followPattern` cannot match: it needs "ollow her|him|them|me " or "appeared in".
    ///
    /// Both "ollow" and "appeared" end a word of the scanner there (a space follows), so only the
    /// ends of the paragraph's `words` are looked at; their offsets count from `start`, where
    /// `bytes` begin.
    static func mayMatchFollow(_ bytes: UnsafeBufferPointer<UInt8>, words: ArraySlice<WordScanner.Word>, start: Int) -> Bool {
        for word in words {
            let end = word.range.upperBound - start
            guard end >= 5, end < bytes.count, bytes[end] == 0x20 else { continue }
            switch bytes[end - 1] {
            case UInt8(ascii: "w"):
                guard hasPrefix("ollow ", in: bytes, at: end - 5) else { continue }
                for object in objects where hasPrefix(object, in: bytes, at: end + 1) { return true }
            case UInt8(ascii: "d"):
                if hasPrefix("appeared in", in: bytes, at: end - 8) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Spaces from the start of a paragraph within which `rolePattern` has its link: the name
    /// before the verb is at most four tokens without spaces, and "has been" or "serves as" put
    /// the link one space further.
    static let roleLinkSpaces = 5

    /// False when `rolePattern` cannot match: it needs a capital first and " is|was|been|as a|the"
    /// at one of the first `roleLinkSpaces` spaces.
    static func mayMatchRole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first &- 0x41 < 26 else { return false }
        // At each space before an i, w, b or a, try the links (all start with a space).
        var index = 0, spaces = 0
        while index + 1 < bytes.count, spaces < roleLinkSpaces {
            if bytes[index] == 0x20 {
                spaces += 1
                let next = bytes[index + 1]
                if next == UInt8(ascii: "i") || next == UInt8(ascii: "w") || next == UInt8(ascii: "b") || next == UInt8(ascii: "a") {
                    for link in roleLinks where hasPrefix(link, in: bytes, at: index) { return true }
                }
            }
            index += 1
        }
        return false
    }

    private static let objects: [StaticString] = ["her ", "him ", "them ", "me "]
    private static let roleLinks: [StaticString] = [" is a", " is the", " was a", " was the", " been a", " been the", " as a", " as the"]

    /// The first offset at or after `from` where `needle` starts in `bytes`.
    static func firstIndex(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, bytes.count >= count else { return nil }
        let lead = needle.utf8Start[0]
        var index = from
        while index <= bytes.count - count {
            if bytes[index] == lead, hasPrefix(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// True when `needle` starts at `offset` of `bytes`.
    static func hasPrefix(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count else { return false }
        let start = needle.utf8Start
        for position in 0..<count where bytes[offset + position] != start[position] { return false }
        return true
    }
}

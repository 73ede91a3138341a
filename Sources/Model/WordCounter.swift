/// Counts words in UTF-8 text without building strings.
public enum WordCounter {
    /// Number of runs of non-space bytes in `range` of `bytes`; walks only that range, so
    /// counting every paragraph of a long article stays linear in its length.
    public static func count(in bytes: String.UTF8View, range: Range<Int>) -> Int {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        let start = bytes.index(bytes.startIndex, offsetBy: lower)
        let end = bytes.index(start, offsetBy: upper - lower)
        var count = 0
        var inWord = false
        for byte in bytes[start..<end] {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}

/// Counts words in UTF-8 text without building strings.
public enum WordCounter {
    /// Number of runs of non-space bytes in `range` of `bytes`.
    public static func count(in bytes: String.UTF8View, range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        for byte in bytes {
            defer { index += 1 }
            if index < range.lowerBound { continue }
            if index >= range.upperBound { break }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}

/// Tells whether an article's text was flattened: every letter lower case, punctuation removed.
public enum DegradationDetector {
    /// Fewer words than this are not judged (a headline alone proves nothing).
    static let minimumWords = 40

    /// The degradation seen in `ranges` of `text` (the article paragraphs), judged on at most 64 KiB.
    public static func detect(_ text: String, in ranges: [Range<Int>]) -> Degradation {
        var letters = 0, upper = 0, words = 0, punctuation = 0
        var budget = 64 * 1024
        let utf8 = Array(text.utf8)
        for range in ranges where budget > 0 {
            var inWord = false
            let end = min(range.upperBound, range.lowerBound + budget, utf8.count)
            guard range.lowerBound < end else { continue }
            budget -= end - range.lowerBound
            var index = range.lowerBound
            while index < end {
                let byte = utf8[index]
                switch byte {
                case 0x41...0x5A: letters += 1; upper += 1
                case 0x61...0x7A: letters += 1
                case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x22: punctuation += 1
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (0x9C...0x9D).contains(utf8[index + 2]):
                    punctuation += 1
                default: break
                }
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if !isSpace && !inWord { words += 1 }
                inWord = !isSpace
                index += 1
            }
        }
        guard words >= minimumWords, letters > 0 else { return [] }
        var result: Degradation = []
        if upper * 500 < letters { result.insert(.lowercased) }
        if punctuation * 100 < words { result.insert(.punctuationStripped) }
        return result
    }
}

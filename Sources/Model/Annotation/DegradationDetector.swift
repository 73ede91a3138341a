/// Tells whether a text was lower-cased and stripped of punctuation, from letter and mark counts.
///
/// A stand-in for the ingestion's own detection: `StoryExtraction` uses it only for articles whose
/// `degradation` is still empty.
public enum DegradationDetector {
    /// The damage visible in `text`: no capitals among many letters, and almost no punctuation.
    public static func detect(_ text: String) -> Degradation {
        var letters = 0
        var upper = 0
        var punctuation = 0
        for byte in text.utf8 {
            switch byte {
            case 0x61...0x7A: letters += 1
            case 0x41...0x5A: letters += 1; upper += 1
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ";"),
                 UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "!"), 0xE2:
                punctuation += 1
            default: break
            }
        }
        guard letters >= 200 else { return [] }
        var result: Degradation = []
        if upper * 1000 < letters * 2 { result.insert(.lowercased) }
        if punctuation * 1000 < letters * 2 { result.insert(.punctuationStripped) }
        return result
    }
}

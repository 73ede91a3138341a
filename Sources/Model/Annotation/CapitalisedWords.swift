/// The indices of a text's capitalised word tokens, found in one pass over the tokens: where a
/// name, a place's evidence or a "the X" phrase can start, so the passes that look for them visit
/// these tokens only.
struct CapitalisedWords {
    /// Token indices of the words whose first letter is upper case, in text order.
    let indices: [Int]

    /// The capitalised words of `text`.
    init(_ text: TokenizedText) {
        var found: [Int] = []
        found.reserveCapacity(text.tokens.count / 4)
        text.tokens.withUnsafeBufferPointer { tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                for index in tokens.indices where tokens[index].kind == .word {
                    // `TokenizedText.isCapitalized`, its ASCII test inlined.
                    let first = bytes[tokens[index].start]
                    if first &- 0x41 < 26 || (first >= 0x80 && text.isCapitalized(tokens[index])) { found.append(index) }
                }
            }
        }
        indices = found
    }
}

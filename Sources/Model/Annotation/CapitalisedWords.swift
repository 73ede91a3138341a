/// The indices of a text's capitalised word tokens (`TokenizedText.capitalisedWords`): where a
/// name, a place's evidence or a "the X" phrase can start, so the passes that look for them visit
/// these tokens only.
struct CapitalisedWords: Sendable {
    /// Token indices of the words whose first letter is upper case, in text order.
    let indices: [Int]

    /// The words at `indices`, which `TokenizedText` lists as it notes its tokens.
    init(indices: [Int]) { self.indices = indices }
}

/// The words some account of the story writes in lower case: ordinary words there, so not names.
///
/// Asked only of the few words that could be names, so each account's vocabulary is consulted in
/// turn instead of merging them all into one set up front.
struct CommonWords {
    let accounts: [ArticleAnnotator.Analysis]

    /// True when any account writes the word with `hash` in lower case.
    func contains(_ hash: UInt64) -> Bool {
        for account in accounts where account.text.lowercaseVocabulary.contains(hash) { return true }
        return false
    }
}

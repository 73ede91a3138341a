/// What the furniture rules ask of a word, for the words they name: one probe of `table` answers
/// every rule's question about a key.
struct WordTraits: OptionSet {
    var rawValue: UInt8

    /// A function word (`WordScanner.stopwords`), never content for cohesion.
    static let stopWord = WordTraits(rawValue: 1 << 0)
    /// The first word of a strong furniture phrase, or a weak furniture word.
    static let furnitureCue = WordTraits(rawValue: 1 << 1)
    /// "published" or "updated", the stamps of a byline.
    static let bylineStamp = WordTraits(rawValue: 1 << 2)
    /// "follow" or "appeared", the cues of the author-bio follow pattern.
    static let followCue = WordTraits(rawValue: 1 << 3)
    /// A verb of the author-bio role pattern: is, was, (has) been, serves.
    static let roleVerb = WordTraits(rawValue: 1 << 4)
    /// A role of the author-bio role pattern ("editor", "writers", "reporter's").
    static let role = WordTraits(rawValue: 1 << 5)

    /// The traits of the word with `key` (empty for a word no rule names).
    static func of(_ key: UInt64) -> WordTraits { table.traits(of: key) }

    /// Traits by word key.
    struct Table {
        private var keys = HashKeyTable(capacity: 256)
        private var traits: [WordTraits] = []

        /// Adds `trait` to the words with `keys`.
        mutating func add(_ trait: WordTraits, to words: [UInt64]) {
            for key in words {
                let entry = keys.insert(key)
                if entry.inserted { traits.append([]) }
                traits[entry.index].insert(trait)
            }
        }

        /// The traits of the word with `key` (empty for a word no rule names).
        func traits(of key: UInt64) -> WordTraits {
            guard let index = keys.index(of: key) else { return [] }
            return traits[index]
        }
    }

    /// The words of every trait, keyed by `WordHash`.
    static let table: Table = {
        var table = Table()
        table.add(.stopWord, to: WordScanner.stopwords.map(WordHash.of))
        table.add(.furnitureCue, to: Array(FurnitureVocabulary.cues.words.keys))
        table.add(.bylineStamp, to: [RuleWords.published, RuleWords.updated])
        table.add(.followCue, to: [RuleWords.follow, RuleWords.appeared])
        table.add(.roleVerb, to: RuleWords.roleVerbs)
        table.add(.role, to: RuleWords.roles)
        return table
    }()
}

/// Keys of the words the detector's rules name.
enum RuleWords {
    static let by = WordHash.of("by")
    static let published = WordHash.of("published")
    static let updated = WordHash.of("updated")
    static let follow = WordHash.of("follow")
    static let appeared = WordHash.of("appeared")
    /// The verbs of the author-bio pattern: is, was, (has) been, serves.
    static let roleVerbs = ["is", "was", "been", "serves"].map(WordHash.of)
    /// The role words of the author-bio pattern, with their plural and possessive forms.
    static let roles = ["editor", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist", "producer", "critic", "author"]
        .flatMap { [WordHash.of($0), WordHash.of($0 + "s"), WordHash.of($0 + "'s")] }
}

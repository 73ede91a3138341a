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

    /// Traits by word key: a fixed open-addressing table of the few hundred words the rules name,
    /// in memory never freed, so a lookup needs no bounds, size or initialisation checks.
    struct Table {
        /// One slot: a word's key and traits, or empty traits for a slot no word holds.
        struct Slot {
            var key: UInt64
            var traits: WordTraits
        }

        /// Slots in the table; at most a quarter are used.
        static let size = 1024
        private static let shift: UInt64 = 54
        private let slots: UnsafeMutablePointer<Slot>
        /// Set for the keys in the table: most words are in none, and the filter's bits answer
        /// for them without a probe of the 16 KB of slots.
        private let filter: HashBitFilter

        /// A table of `words` (word keys, each with the traits to give it).
        init(_ words: [(trait: WordTraits, keys: [UInt64])]) {
            slots = .allocate(capacity: Self.size)
            slots.initialize(repeating: Slot(key: 0, traits: []), count: Self.size)
            filter = HashBitFilter(words.flatMap(\.keys))
            var used = 0
            for (trait, keys) in words {
                for key in keys {
                    let slot = self.slot(of: key)
                    if slots[slot].traits.isEmpty { used += 1 }
                    precondition(used * 4 <= Self.size, "too many rule words for the table")
                    slots[slot].key = key
                    slots[slot].traits.insert(trait)
                }
            }
        }

        /// The slot holding `key`, or the empty slot where it would go.
        @inline(__always)
        private func slot(of key: UInt64) -> Int {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> Self.shift)
            while !slots[slot].traits.isEmpty, slots[slot].key != key { slot = (slot &+ 1) & (Self.size - 1) }
            return slot
        }

        /// The traits of the word with `key` (empty for a word no rule names).
        @inline(__always)
        func traits(of key: UInt64) -> WordTraits {
            filter.mightContain(key) ? slots[slot(of: key)].traits : []
        }
    }

    /// The words of every trait, keyed by `WordHash`; read-only after it is made, so shared
    /// between threads safely.
    nonisolated(unsafe) static let table = Table([
        (.stopWord, WordScanner.stopwords.map(WordHash.of)),
        (.furnitureCue, Array(FurnitureVocabulary.cues.words.keys)),
        (.bylineStamp, [RuleWords.published, RuleWords.updated]),
        (.followCue, [RuleWords.follow, RuleWords.appeared]),
        (.roleVerb, RuleWords.roleVerbs),
        (.role, RuleWords.roles),
    ])
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

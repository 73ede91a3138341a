/// The distinct words of one article: each one's `WordTraits`, and dense indices for its content
/// words (three or more bytes, not stop words).
///
/// Every word goes into one open-addressing table, so a word costs one probe: its traits are
/// looked up once, when its key is first seen. The slots hold only entry numbers, so clearing them
/// costs little; entries and listings are sized once, for the most the article can need (one per
/// word), and written without checks; only the slots may grow.
final class ArticleVocabulary {
    /// What the vocabulary knows of one distinct word.
    private struct Entry {
        var key: UInt64
        /// Its content-word index + 1, `notContent`, or `unjudged` while it was met only in words
        /// under three bytes.
        var content: Int32
        /// The number of the last `listContentWords` call that listed it, so repeats are dropped
        /// without sorting them.
        var lastListing: Int32
        var traits: WordTraits
    }

    private static let notContent: Int32 = -1
    private static let unjudged: Int32 = -2

    /// Per slot: the number of the entry whose key lives there, + 1; 0 when empty.
    private var slots: UnsafeMutableBufferPointer<Int32>
    /// Right shift taking a mixed key to a slot number.
    private var shift: UInt64
    /// The distinct words in order of first sighting.
    private let entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    /// Content-word indices listed by `listContentWords`, call after call.
    private let listed: UnsafeMutablePointer<Int32>
    private var listedCount = 0
    /// Word positions of the furniture cues listed by `listContentWords`, call after call.
    private let cues: UnsafeMutablePointer<Int32>
    private var cueCount = 0
    /// Words `listContentWords` may still be given: no more entries, listings or cues than that
    /// can be written.
    private var wordsLeft: Int
    /// Calls of `listContentWords` so far.
    private var listings: Int32 = 0

    /// Number of distinct content words seen.
    private(set) var count = 0

    /// An empty vocabulary for at most `capacity` words.
    init(capacity: Int) {
        precondition(capacity >= 0 && capacity < Int(Int32.max), "entry numbers and positions are 32-bit")
        // A slot per word: the table stays at most half full unless over half the article's
        // words are distinct, and only then grows.
        var size = 16
        while size < capacity { size <<= 1 }
        (slots, shift) = Self.emptySlots(size)
        entries = .allocate(capacity: max(capacity, 1))
        listed = .allocate(capacity: max(capacity, 1))
        cues = .allocate(capacity: max(capacity, 1))
        wordsLeft = capacity
    }

    /// `size` empty slots (a power of two) and the shift that maps a key to one of them.
    private static func emptySlots(_ size: Int) -> (UnsafeMutableBufferPointer<Int32>, UInt64) {
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        slots.initialize(repeating: 0)
        return (slots, UInt64(64 - size.trailingZeroBitCount))
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        listed.deallocate()
        cues.deallocate()
    }

    /// The slot holding `key` among `entries`, or the empty slot where it would go.
    @inline(__always)
    private static func slot(
        of key: UInt64, in slots: UnsafeMutableBufferPointer<Int32>, shift: UInt64, entries: UnsafeMutablePointer<Entry>
    ) -> Int {
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while slots[slot] != 0, entries[Int(slots[slot]) &- 1].key != key { slot = (slot &+ 1) & mask }
        return slot
    }

    /// The index of a content word's key, or nil when no content word had that key.
    func index(of key: UInt64) -> Int? {
        let entry = slots[Self.slot(of: key, in: slots, shift: shift, entries: entries)]
        guard entry != 0 else { return nil }
        let content = entries[Int(entry) - 1].content
        return content > 0 ? Int(content) - 1 : nil
    }

    /// Every content-word index listed so far, call after call of `listContentWords`.
    var listedKeys: [Int32] { Array(UnsafeBufferPointer(start: listed, count: listedCount)) }

    /// What `listContentWords` found in a run of words.
    struct Listing {
        /// Where the indices of its distinct content words are in `listedKeys`.
        var keys: Range<Int>
        /// Where the positions of its furniture cue words are in `cuePositions`.
        var cues: Range<Int>
        /// The union of its words' traits.
        var traits: WordTraits
    }

    /// Positions of the furniture cue words listed by `listContentWords`, call after call.
    func cuePositions(_ range: Range<Int>) -> UnsafeBufferPointer<Int32> {
        precondition(range.lowerBound >= 0 && range.upperBound <= cueCount, "cue positions out of range")
        return UnsafeBufferPointer(start: cues + range.lowerBound, count: range.count)
    }

    /// Lists the indices of the distinct content words among `words`, in order of first use, and
    /// the positions of its furniture cue words (`firstPosition` for the first word).
    ///
    /// The table is read through local copies of its fields, so the loop keeps them in registers;
    /// they are written back at the end, and read again after the table grows.
    func listContentWords(of words: UnsafeBufferPointer<WordScanner.Word>, firstPosition: Int) -> Listing {
        // A word adds at most one entry, one listed index and one cue.
        precondition(words.count <= wordsLeft, "more words than the vocabulary was sized for")
        precondition(firstPosition >= 0 && firstPosition + words.count <= Int(Int32.max), "positions are 32-bit")
        wordsLeft -= words.count
        listings &+= 1
        let listing = listings
        let firstKey = listedCount, firstCue = cueCount
        let entries = self.entries, listed = self.listed, cues = self.cues
        var listedCount = self.listedCount, cueCount = self.cueCount, entryCount = self.entryCount
        var slots = self.slots, shift = self.shift
        let ruleWords = WordTraits.table
        var found: WordTraits = []
        for position in words.indices {
            let word = words[position]
            let key = word.key
            let slot = Self.slot(of: key, in: slots, shift: shift, entries: entries)
            var entry: Int
            if slots[slot] != 0 {
                entry = Int(slots[slot]) &- 1
            } else {
                entry = entryCount
                (entries + entry).initialize(to: Entry(key: key, content: Self.unjudged, lastListing: 0, traits: ruleWords.traits(of: key)))
                entryCount &+= 1
                slots[slot] = Int32(truncatingIfNeeded: entryCount)
                if entryCount &* 2 > slots.count {
                    self.entryCount = entryCount
                    growSlots()
                    (slots, shift) = (self.slots, self.shift)
                }
            }
            let traits = entries[entry].traits
            found.formUnion(traits)
            if traits.contains(.furnitureCue) {
                cues[cueCount] = Int32(truncatingIfNeeded: firstPosition &+ position)
                cueCount &+= 1
            }
            guard word.hasThreeBytes else { continue }
            var content = entries[entry].content
            if content < 0 {
                guard content == Self.unjudged else { continue }
                // A word's first sighting in three bytes or more decides whether it is content.
                content = traits.contains(.stopWord) ? Self.notContent : Int32(truncatingIfNeeded: count &+ 1)
                entries[entry].content = content
                guard content > 0 else { continue }
                count &+= 1
            }
            if entries[entry].lastListing != listing {
                entries[entry].lastListing = listing
                listed[listedCount] = content &- 1
                listedCount &+= 1
            }
        }
        (self.listedCount, self.cueCount, self.entryCount) = (listedCount, cueCount, entryCount)
        return Listing(keys: firstKey..<listedCount, cues: firstCue..<cueCount, traits: found)
    }

    /// Doubles the slots and puts every entry back.
    @inline(never)
    private func growSlots() {
        slots.deallocate()
        (slots, shift) = Self.emptySlots(slots.count * 2)
        for entry in 0..<entryCount {
            slots[Self.slot(of: entries[entry].key, in: slots, shift: shift, entries: entries)] = Int32(entry + 1)
        }
    }
}

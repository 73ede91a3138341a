/// The distinct words of one article: each one's `WordTraits`, and dense indices for its content
/// words (three or more bytes, not stop words).
///
/// Every word goes into one open-addressing table, so a word costs one probe: its traits are
/// looked up once, when its key is first seen. Entries and listings are sized once, for the most
/// the article can need (one per word), and are read without checks; only the slots may grow.
final class ArticleVocabulary {
    /// What the vocabulary knows of one distinct word.
    private struct Entry {
        var key: UInt64
        var traits: WordTraits
        /// Its content-word index, `notContent`, or `unjudged` while it was met only in words
        /// under three bytes.
        var contentIndex: Int32
        /// The number of the last `listContentWords` call that listed it, so repeats are dropped
        /// without sorting them.
        var lastListing: Int32
    }

    private static let notContent: Int32 = -1
    private static let unjudged: Int32 = -2

    /// Per slot: the index of the entry whose key lives there, + 1; 0 when empty.
    private var slots: UnsafeMutableBufferPointer<Int32>
    /// The distinct words in order of first sighting.
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// Content-word indices listed by `listContentWords`, call after call (a word lists at most one,
    /// so `capacity` words cannot overflow it).
    private let listed: UnsafeMutableBufferPointer<Int32>
    private var listedCount = 0
    /// The most entries (distinct words) the vocabulary can hold.
    private let capacity: Int
    /// `WordTraits.table`, held to skip its lazy-initialisation check per new word.
    private let ruleWords = WordTraits.table
    /// Right shift taking a mixed key to a slot number.
    private var shift: UInt64
    private var entryCount = 0
    /// Calls of `listContentWords` so far.
    private var listings: Int32 = 0

    /// Number of distinct content words seen.
    private(set) var count = 0

    /// An empty vocabulary for at most `capacity` distinct words.
    init(capacity: Int) {
        precondition(capacity < Int(Int32.max), "entry numbers are 32-bit")
        // A slot per word: the table stays at most half full unless over half the article's
        // words are distinct, and only then grows.
        var size = 16
        while size < capacity { size <<= 1 }
        (slots, shift) = Self.emptySlots(size)
        entries = .allocate(capacity: max(capacity, 1))
        listed = .allocate(capacity: max(capacity, 1))
        self.capacity = capacity
    }

    /// `size` empty slots (a power of two) and the shift that maps a key to one of them.
    private static func emptySlots(_ size: Int) -> (UnsafeMutableBufferPointer<Int32>, UInt64) {
        let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
        UnsafeMutableRawBufferPointer(slots).initializeMemory(as: UInt8.self, repeating: 0)
        return (slots, UInt64(64 - size.trailingZeroBitCount))
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        listed.deallocate()
    }

    /// The index of a content word's key, or nil when no content word had that key.
    func index(of key: UInt64) -> Int? {
        let slot = self.slot(of: key)
        guard slots[slot] != 0 else { return nil }
        let index = entries[Int(slots[slot]) - 1].contentIndex
        return index >= 0 ? Int(index) : nil
    }

    /// Every content-word index listed so far, call after call of `listContentWords`.
    var listedKeys: [Int32] { Array(listed[..<listedCount]) }

    /// Lists the indices of the distinct content words among `words`, in order of first use, and
    /// appends the positions of furniture cue words to `cueWords`; returns where the indices are in
    /// `listedKeys` and the union of the words' traits.
    func listContentWords(
        of words: ArraySlice<WordScanner.Word>, cueWords: inout [Int]
    ) -> (keys: Range<Int>, traits: WordTraits) {
        listings &+= 1
        let firstKey = listedCount
        var found: WordTraits = []
        for position in words.indices {
            let word = words[position]
            let entry = self.entry(of: word.key)
            let traits = entries[entry].traits
            found.formUnion(traits)
            if traits.contains(.furnitureCue) { cueWords.append(position) }
            guard word.length >= 3 else { continue }
            var index = entries[entry].contentIndex
            if index < 0 {
                guard index == Self.unjudged else { continue }
                index = judge(entry)
                guard index >= 0 else { continue }
            }
            if entries[entry].lastListing != listings {
                entries[entry].lastListing = listings
                precondition(listedCount < listed.count, "more words than the vocabulary was sized for")
                listed[listedCount] = index
                listedCount &+= 1
            }
        }
        return (firstKey..<listedCount, found)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while slots[slot] != 0, entries[Int(slots[slot]) - 1].key != key { slot = (slot &+ 1) & mask }
        return slot
    }

    /// The entry of `key`, added (with its traits, not yet judged as content) when new.
    @inline(__always)
    private func entry(of key: UInt64) -> Int {
        let slot = self.slot(of: key)
        if slots[slot] != 0 { return Int(slots[slot]) - 1 }
        precondition(entryCount < capacity, "more distinct words than the vocabulary was sized for")
        (entries.baseAddress! + entryCount).initialize(
            to: Entry(key: key, traits: ruleWords.traits(of: key), contentIndex: Self.unjudged, lastListing: 0))
        entryCount &+= 1
        slots[slot] = Int32(truncatingIfNeeded: entryCount)
        if entryCount &* 2 > slots.count { growSlots() }
        return entryCount &- 1
    }

    /// Doubles the slots and puts every entry back.
    @inline(never)
    private func growSlots() {
        slots.deallocate()
        (slots, shift) = Self.emptySlots(slots.count * 2)
        for entry in 0..<entryCount {
            let slot = self.slot(of: entries[entry].key)
            slots[slot] = Int32(entry + 1)
        }
    }

    /// Decides, at an entry's first word of three or more bytes, whether it is content; returns its
    /// content index or `notContent`.
    @inline(__always)
    private func judge(_ entry: Int) -> Int32 {
        guard !entries[entry].traits.contains(.stopWord) else {
            entries[entry].contentIndex = Self.notContent
            return Self.notContent
        }
        let index = Int32(truncatingIfNeeded: count)
        entries[entry].contentIndex = index
        count &+= 1
        return index
    }
}

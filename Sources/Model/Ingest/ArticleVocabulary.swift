/// The distinct words of one article: each one's `WordTraits`, and dense indices for its content
/// words (three or more bytes, not stop words).
///
/// Every word goes into one open-addressing table whose slots hold all the vocabulary knows of a
/// word, so a word costs one probe and one cache line: its traits are looked up once, when its key
/// is first seen. Listings and cues are sized once, for the most the article can need (one per
/// word), and written without checks; only the slots may grow.
final class ArticleVocabulary {
    /// What the vocabulary knows of one distinct word, in 16 bytes; all zeros for an empty slot.
    private struct Slot {
        var key: UInt64
        /// Its content-word index + 1, `notContent`, or `unjudged` while it was met only in words
        /// under three bytes; 0 in an empty slot.
        var content: Int32
        /// The number of the last `listContentWords` call that listed it (low 24 bits), so repeats
        /// are dropped without sorting them, and its `WordTraits` (top 8 bits).
        var listingAndTraits: UInt32

        var traits: WordTraits { WordTraits(rawValue: UInt8(truncatingIfNeeded: listingAndTraits &>> 24)) }
        var lastListing: UInt32 { listingAndTraits & Slot.listingMask }
        static let listingMask = ArticleVocabulary.mostListingNumbers
    }

    /// The listing numbers a slot can hold (24 bits).
    static let mostListingNumbers: UInt32 = 0x00FF_FFFF

    private static let notContent: Int32 = -1
    private static let unjudged: Int32 = -2

    /// The table: a power of two of slots, at most half of them used.
    private var slots: UnsafeMutableBufferPointer<Slot>
    /// Right shift taking a mixed key to a slot number.
    private var shift: UInt64
    /// Slots in use: the distinct words seen.
    private var used = 0
    /// Content-word indices listed by `listContentWords`, call after call.
    private let listed: UnsafeMutablePointer<Int32>
    private var listedCount = 0
    /// Word positions of the furniture cues listed by `listContentWords`, call after call.
    private let cues: UnsafeMutablePointer<Int32>
    private var cueCount = 0
    /// Words `listContentWords` may still be given: no more listings or cues than that can be written.
    private var wordsLeft: Int
    /// Calls of `listContentWords` so far, numbered again from 1 once `listingNumbers` are used up.
    private var listings: UInt32 = 0
    /// The most listings numbered before numbering starts again: what the slots' 24 bits hold
    /// (fewer only in tests).
    private let listingNumbers: UInt32

    /// Number of distinct content words seen.
    private(set) var count = 0

    /// An empty vocabulary for at most `capacity` words.
    init(capacity: Int, listingNumbers: UInt32 = mostListingNumbers) {
        precondition(listingNumbers >= 1 && listingNumbers <= Self.mostListingNumbers, "listing numbers are 24-bit")
        self.listingNumbers = listingNumbers
        precondition(capacity >= 0 && capacity < Int(Int32.max), "content indices and positions are 32-bit")
        // A slot per word: the table stays at most half full unless over half the article's
        // words are distinct, and only then grows.
        var size = 16
        while size < capacity { size <<= 1 }
        (slots, shift) = Self.emptySlots(size)
        listed = .allocate(capacity: max(capacity, 1))
        cues = .allocate(capacity: max(capacity, 1))
        wordsLeft = capacity
    }

    /// `size` empty slots (a power of two) and the shift that maps a key to one of them.
    private static func emptySlots(_ size: Int) -> (UnsafeMutableBufferPointer<Slot>, UInt64) {
        let slots = UnsafeMutableBufferPointer<Slot>.allocate(capacity: size)
        slots.initialize(repeating: Slot(key: 0, content: 0, listingAndTraits: 0))
        return (slots, UInt64(64 - size.trailingZeroBitCount))
    }

    deinit {
        slots.deallocate()
        listed.deallocate()
        cues.deallocate()
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private static func slot(of key: UInt64, in slots: UnsafeMutableBufferPointer<Slot>, shift: UInt64) -> Int {
        let mask = slots.count &- 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while slots[slot].content != 0, slots[slot].key != key { slot = (slot &+ 1) & mask }
        return slot
    }

    /// The index of a content word's key, or nil when no content word had that key.
    func index(of key: UInt64) -> Int? {
        let content = slots[Self.slot(of: key, in: slots, shift: shift)].content
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
        // A word adds at most one listed index and one cue.
        precondition(words.count <= wordsLeft, "more words than the vocabulary was sized for")
        precondition(firstPosition >= 0 && firstPosition + words.count <= Int(Int32.max), "positions are 32-bit")
        wordsLeft -= words.count
        if listings == listingNumbers { forgetListings() }
        listings &+= 1
        let listing = listings
        let firstKey = listedCount, firstCue = cueCount
        let listed = self.listed, cues = self.cues
        var listedCount = self.listedCount, cueCount = self.cueCount, used = self.used, count = self.count
        var slots = self.slots, shift = self.shift
        let ruleWords = WordTraits.table
        var found: WordTraits = []
        for position in words.indices {
            let word = words[position]
            let key = word.key
            var slot = Self.slot(of: key, in: slots, shift: shift)
            if slots[slot].content == 0 {
                // Met for the first time: unjudged until it is seen in three bytes or more.
                let traits = ruleWords.traits(of: key)
                slots[slot] = Slot(key: key, content: Self.unjudged, listingAndTraits: UInt32(traits.rawValue) &<< 24)
                used &+= 1
                if used &* 2 > slots.count {
                    self.used = used
                    growSlots()
                    (slots, shift) = (self.slots, self.shift)
                    slot = Self.slot(of: key, in: slots, shift: shift)
                }
            }
            let known = slots[slot]
            let traits = known.traits
            found.formUnion(traits)
            if traits.contains(.furnitureCue) {
                cues[cueCount] = Int32(truncatingIfNeeded: firstPosition &+ position)
                cueCount &+= 1
            }
            guard word.hasThreeBytes else { continue }
            var content = known.content
            if content < 0 {
                guard content == Self.unjudged else { continue }
                // A word's first sighting in three bytes or more decides whether it is content.
                content = traits.contains(.stopWord) ? Self.notContent : Int32(truncatingIfNeeded: count &+ 1)
                slots[slot].content = content
                guard content > 0 else { continue }
                count &+= 1
            }
            if known.lastListing != listing {
                slots[slot].listingAndTraits = (known.listingAndTraits & ~Slot.listingMask) | listing
                listed[listedCount] = content &- 1
                listedCount &+= 1
            }
        }
        (self.listedCount, self.cueCount, self.used, self.count) = (listedCount, cueCount, used, count)
        return Listing(keys: firstKey..<listedCount, cues: firstCue..<cueCount, traits: found)
    }

    /// Clears every slot's last listing, so numbering can start again (after 16 million listings).
    @inline(never)
    private func forgetListings() {
        for slot in slots.indices { slots[slot].listingAndTraits &= ~Slot.listingMask }
        listings = 0
    }

    /// Doubles the slots and puts every word back.
    @inline(never)
    private func growSlots() {
        let old = slots
        (slots, shift) = Self.emptySlots(old.count * 2)
        for known in old where known.content != 0 {
            slots[Self.slot(of: known.key, in: slots, shift: shift)] = known
        }
        old.deallocate()
    }
}

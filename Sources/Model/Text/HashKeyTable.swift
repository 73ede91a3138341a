/// An open-addressing table from 64-bit hash keys to dense indices 0, 1, 2… in order of first insertion.
///
/// The keys are already hashes (FNV-1a of words, combined hashes of word sequences), so the table
/// mixes them with one multiplication instead of running `Hasher`; it never removes keys. Used as
/// a set (`contains`) and as a term dictionary (`insert` gives the term's index).
struct HashKeyTable: Sendable {
    /// Slot contents: index + 1, or 0 when empty.
    private var slots: [UInt32]
    /// Keys in order of insertion; `keys[i]` has index `i`.
    private(set) var keys: [UInt64]
    private var mask: Int
    private var shift: UInt64

    /// An empty table sized for about `capacity` keys before it first grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt32](repeating: 0, count: size)
        keys = []
        keys.reserveCapacity(capacity)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// A table holding `keys` (repeats ignored).
    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == UInt64 {
        self.init(capacity: keys.underestimatedCount)
        for key in keys { insert(key) }
    }

    /// Number of distinct keys.
    var count: Int { keys.count }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The index of `key`, or nil when it was never inserted.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var slot = home(key)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if keys[Int(entry) - 1] == key { return Int(entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// True when `key` was inserted.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { index(of: key) != nil }

    /// Inserts `key` if new; returns its index and whether it was new.
    @discardableResult @inline(__always)
    mutating func insert(_ key: UInt64) -> (index: Int, inserted: Bool) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        var slot = home(key)
        while true {
            let entry = slots[slot]
            if entry == 0 {
                keys.append(key)
                slots[slot] = UInt32(keys.count)
                return (keys.count - 1, true)
            }
            if keys[Int(entry) - 1] == key { return (Int(entry) - 1, false) }
            slot = (slot + 1) & mask
        }
    }

    @inline(never)
    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt32](repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (index, key) in keys.enumerated() {
            var slot = home(key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(index + 1)
        }
    }
}

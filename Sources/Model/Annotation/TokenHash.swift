/// FNV-1a 64-bit hashes of fully lower-cased words (Unicode too, unlike `WordHash`, which folds ASCII only): how annotation compares words without making
/// strings. A token's hash equals the hash of its lower-cased text, so word lists hashed once at
/// start-up answer lookups for tokens directly.
enum TokenHash {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of `word` after lower-casing it.
    static func of(_ word: String) -> UInt64 {
        var hash = offsetBasis
        for byte in word.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The hash of `bytes[range]` lower-cased (ASCII in place; other text through Swift's
    /// lower-casing, so it matches `of(_:)`).
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offsetBasis
        for index in range {
            let byte = bytes[index]
            if byte >= 0x80 { return of(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
            let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt64(lowered)) &* prime
        }
        return hash
    }

    /// The hash of `bytes[range]` lower-cased.
    static func lowercased(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBufferPointer { lowercased($0, range) }
    }

    /// Calls `body` with the hash of each word of `list`, an ASCII word list separated by spaces
    /// and line breaks, lower-cased and hashed straight from the bytes.
    static func forEachWord(ofList list: String, _ body: (UInt64) -> Void) {
        var hash = offsetBasis
        var inWord = false
        for byte in list.utf8 {
            if byte == 0x20 || byte == 0x0A {
                if inWord { body(hash) }
                hash = offsetBasis
                inWord = false
            } else {
                precondition(byte < 0x80, "word lists are ASCII")
                let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
                hash = (hash ^ UInt64(lowered)) &* prime
                inWord = true
            }
        }
        if inWord { body(hash) }
    }
}

/// A set of word hashes: open addressing with linear probing, sized at most half full.
struct WordSet: Sendable {
    private var slots: [UInt64]
    private var shift: UInt64
    /// Number of hashes held.
    private(set) var count = 0

    /// An empty set with room for `capacity` hashes before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// The set of the hashes of `words` (lower-cased).
    init<Words: Sequence<String>>(_ words: Words) {
        self.init(capacity: words.underestimatedCount)
        for word in words { insert(TokenHash.of(word)) }
    }

    /// The set of the words of `list` (separated by spaces and line breaks), lower-cased, hashed
    /// straight from the bytes.
    init(splitting list: String) {
        self.init(capacity: 64)
        TokenHash.forEachWord(ofList: list) { insert($0) }
    }

    /// The hashes of this set and `other`.
    func union(_ other: WordSet) -> WordSet {
        var result = self
        result.formUnion(other)
        return result
    }

    /// The hashes of this set that are not in `other`.
    func subtracting(_ other: WordSet) -> WordSet {
        var result = WordSet(capacity: count)
        for slot in slots where slot != 0 && !other.contains(slot) { result.insert(slot) }
        return result
    }

    /// True when `hash` is in the set.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == key { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// True when the lower-cased `word` is in the set.
    func contains(_ word: String) -> Bool { contains(TokenHash.of(word)) }

    /// Adds `hash`.
    @inline(__always)
    mutating func insert(_ hash: UInt64) {
        let key = hash == 0 ? 1 : hash
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == key { return }
            if slot == 0 {
                slots[index] = key
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    /// Adds every hash of `hashes`, in order (the set ends as if each were inserted by `insert`),
    /// probing the slots through one pointer for as many as fit before the set must grow.
    mutating func insert(contentsOf hashes: UnsafeBufferPointer<UInt64>) {
        var next = 0
        while next < hashes.count {
            if count * 2 >= slots.count { grow() }
            let batchEnd = min(hashes.count, next + (slots.count / 2 - count))
            let mask = slots.count - 1, shift = self.shift
            var added = 0
            slots.withUnsafeMutableBufferPointer { slots in
                for position in next..<batchEnd {
                    let key = hashes[position] == 0 ? 1 : hashes[position]
                    var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
                    while true {
                        let slot = slots[index]
                        if slot == key { break }
                        if slot == 0 {
                            slots[index] = key
                            added += 1
                            break
                        }
                        index = (index + 1) & mask
                    }
                }
            }
            count += added
            next = batchEnd
        }
    }

    /// Adds every hash of `other`.
    mutating func formUnion(_ other: WordSet) {
        for slot in other.slots where slot != 0 { insert(slot) }
    }

    @inline(never)
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        count = 0
        for slot in old where slot != 0 { insert(slot) }
    }
}

/// A read-only map from word hashes to values, built once from lower-cased words.
struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let shift: UInt64

    /// The map of `entries`, keyed by the hash of each lower-cased word.
    init(_ entries: [String: Value]) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (word, value) in entries {
            let key = Self.key(TokenHash.of(word))
            var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[index] != 0 && keys[index] != key { index = (index + 1) & (size - 1) }
            keys[index] = key
            values[index] = value
        }
    }

    /// The value stored for `hash`, if any.
    @inline(__always)
    subscript(_ hash: UInt64) -> Value? {
        let key = Self.key(hash)
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = keys[index]
            if slot == key { return values[index] }
            if slot == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// The value stored for the lower-cased `word`, if any.
    subscript(_ word: String) -> Value? { self[TokenHash.of(word)] }

    private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

/// Hashes of single words the annotators test for by name.
enum KnownWord {
    static let the = TokenHash.of("the")
    static let a = TokenHash.of("a")
    static let an = TokenHash.of("an")
    static let of = TokenHash.of("of")
    static let and = TokenHash.of("and")
    static let or = TokenHash.of("or")
    static let by = TokenHash.of("by")
    static let to = TokenHash.of("to")
    static let according = TokenHash.of("according")
    static let he = TokenHash.of("he")
    static let she = TokenHash.of("she")
}

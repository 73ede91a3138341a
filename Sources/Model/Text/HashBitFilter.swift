/// A one-hash bit filter over 64-bit hash keys: `mightContain` is false only for keys never
/// added. It sits in front of a large `HashKeyTable` so that most lookups of absent keys (most
/// word pairs are no name, most shingles were never quoted) touch a few cached bits instead of
/// missing the cache twice in the table.
struct HashBitFilter: Sendable {
    private var words: [UInt64]
    private let shift: UInt64

    /// A filter with about `bitsPerKey` bits for each of `keys` (at least 2^12, at most 2^26 bits).
    init(_ keys: [UInt64], bitsPerKey: Int = 16) {
        var bits = 1 << 12
        while bits < keys.count * bitsPerKey, bits < 1 << 26 { bits <<= 1 }
        words = [UInt64](repeating: 0, count: bits / 64)
        shift = UInt64(64 - bits.trailingZeroBitCount)
        for key in keys {
            let bit = Self.bit(key, shift)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// The bit for `key`: a multiplicative hash different from `HashKeyTable`'s.
    @inline(__always)
    private static func bit(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
    }

    /// False when `key` was certainly never added; true when it may have been.
    @inline(__always)
    func mightContain(_ key: UInt64) -> Bool {
        let bit = Self.bit(key, shift)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

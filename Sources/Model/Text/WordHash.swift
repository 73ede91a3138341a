/// FNV-1a hashing of word bytes, shared by every scanner that keys words by hash instead of by string.
///
/// A word's key is the hash of its bytes with ASCII capitals folded to lower case, so
/// `WordHash.of("published")` equals the key a scanner computes for "Published" in a text.
public enum WordHash {
    /// FNV-1a offset basis: the hash of no bytes.
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// `hash` extended by one byte.
    @inline(__always)
    public static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The key of `word`: its bytes, ASCII capitals folded, hashed.
    public static func of(_ word: String) -> UInt64 {
        var hash = offset
        for byte in word.utf8 { hash = adding(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: hash) }
        return hash
    }
}

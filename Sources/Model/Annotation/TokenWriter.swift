/// Token storage sized up front and written through a pointer: one room check a token, no
/// reallocation, and each token's `spaceAfter` set when the next one is written.
struct TokenWriter {
    private let base: UnsafeMutablePointer<Token>
    private let capacity: Int
    /// Tokens written so far.
    private(set) var count: Int

    /// A writer over `storage` that starts with the tokens of `earlier` moved in (leaving it empty).
    init(_ storage: UnsafeMutableBufferPointer<Token>, movingIn earlier: inout [Token]) {
        precondition(earlier.count < storage.count, "the storage must have room beyond the earlier tokens")
        base = storage.baseAddress!
        capacity = storage.count
        count = earlier.count
        earlier.withUnsafeBufferPointer { old in
            if let oldBase = old.baseAddress { base.initialize(from: oldBase, count: old.count) }
        }
        earlier = []
    }

    /// True while another token fits.
    var hasRoom: Bool { count < capacity }

    /// Writes `token` (call only when `hasRoom`). A token written with no white space before it
    /// clears the previous token's `spaceAfter`; every token starts with it set, since the
    /// paragraph's end or white space follows unless another token comes right after.
    @inline(__always)
    mutating func append(_ token: Token) {
        if !token.spaceBefore && count > 0 { base[count - 1].spaceAfter = false }
        (base + count).initialize(to: token)
        count += 1
    }
}

/// Converts UTF-8 byte offsets of a text into Unicode scalar (code point) offsets, as the
/// extract schema counts them.
public struct ScalarOffsets: Sendable {
    /// scalarIndex[i] = number of scalars that start before byte i (for i up to the byte count).
    private let scalarIndex: [Int32]

    /// Builds the table for `text` in one pass over its bytes.
    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        for byte in text.utf8 {
            table.append(scalars)
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        table.append(scalars)
        self.scalarIndex = table
    }

    /// The scalar offset at UTF-8 offset `byte` (clamped to the text).
    public func scalar(_ byte: Int) -> Int {
        Int(scalarIndex[max(0, min(byte, scalarIndex.count - 1))])
    }

    /// A byte range as a `[start, end]` scalar pair.
    public func pair(_ range: Range<Int>) -> [Int] {
        [scalar(range.lowerBound), scalar(range.upperBound)]
    }
}

/// The token indices of a phrase's words, in scratch memory the caller owns: a window that shrinks
/// from either end without copying, so building a name candidate allocates no array per phrase.
struct WordIndexList: RandomAccessCollection {
    private let storage: UnsafeMutableBufferPointer<Int>
    private var first = 0
    private var end: Int

    /// The word tokens of `range`, written into `storage` (at least `range.count` long).
    init(wordsOf range: Range<Int>, in tokens: [Token], storage: UnsafeMutableBufferPointer<Int>) {
        self.storage = storage
        var count = 0
        for index in range where tokens[index].kind == .word {
            storage[count] = index
            count += 1
        }
        end = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { end - first }

    subscript(position: Int) -> Int { storage[first + position] }

    /// Drops the first `count` words.
    mutating func removeFirst(_ count: Int = 1) { first += count }

    /// Drops the last word.
    mutating func removeLast() { end -= 1 }

    /// Keeps only the first `count` words.
    mutating func keepFirst(_ count: Int) { end = first + count }
}

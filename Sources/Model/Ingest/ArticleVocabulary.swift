/// The distinct words of one article: each one's `WordTraits`, and dense indices for its content
/// words (three or more bytes, not stop words).
///
/// Every word goes into one table, so a word costs one probe: its traits are looked up once, when
/// its key is first seen.
struct ArticleVocabulary {
    private var table: HashKeyTable
    /// Per table entry: the traits of its word.
    private var traits: [WordTraits] = []
    /// Per table entry: its content-word index, `notContent`, or `unjudged` while it was met only in
    /// words under three bytes.
    private var contentIndex: [Int32] = []
    /// Per content-word index: the number of the last `listContentWords` call that listed it, so
    /// repeats are dropped without sorting them.
    private var lastListing: [Int32] = []
    private var listings: Int32 = 0

    private static let notContent: Int32 = -1
    private static let unjudged: Int32 = -2

    /// An empty vocabulary sized for about `expectedWords` distinct words before it first grows.
    init(expectedWords: Int) {
        table = HashKeyTable(capacity: expectedWords)
        traits.reserveCapacity(expectedWords)
        contentIndex.reserveCapacity(expectedWords)
        lastListing.reserveCapacity(expectedWords)
    }

    /// Number of distinct content words seen.
    var count: Int { lastListing.count }

    /// The index of a content word's key, or nil when no content word had that key.
    func index(of key: UInt64) -> Int? {
        guard let entry = table.index(of: key), contentIndex[entry] >= 0 else { return nil }
        return Int(contentIndex[entry])
    }

    /// Appends the indices of the distinct content words among `words` to `keys`, in order of first
    /// use, and returns the union of the words' traits.
    mutating func listContentWords(of words: ArraySlice<WordScanner.Word>, into keys: inout [Int32]) -> WordTraits {
        listings += 1
        var found: WordTraits = []
        for word in words {
            let entry = self.entry(of: word.key)
            found.formUnion(traits[entry])
            guard word.length >= 3 else { continue }
            var index = contentIndex[entry]
            if index == Self.unjudged { index = judge(entry) }
            guard index >= 0 else { continue }
            if lastListing[Int(index)] != listings {
                lastListing[Int(index)] = listings
                keys.append(index)
            }
        }
        return found
    }

    /// The table entry of `key`, added (with its traits, not yet judged as content) when new.
    @inline(__always)
    private mutating func entry(of key: UInt64) -> Int {
        if let entry = table.index(of: key) { return entry }
        traits.append(WordTraits.of(key))
        contentIndex.append(Self.unjudged)
        return table.insert(key).index
    }

    /// Decides, at entry's first word of three or more bytes, whether it is content; returns its content index or `notContent`.
    private mutating func judge(_ entry: Int) -> Int32 {
        guard !traits[entry].contains(.stopWord) else {
            contentIndex[entry] = Self.notContent
            return Self.notContent
        }
        let index = Int32(lastListing.count)
        lastListing.append(0)
        contentIndex[entry] = index
        return index
    }
}

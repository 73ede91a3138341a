/// An article's non-empty paragraphs and what the furniture rules measure on them: words, content
/// words, furniture hits and word traits, held in flat arrays shared by all paragraphs.
struct MeasuredArticle {
    /// One paragraph: its bytes and its share of each flat array.
    struct Paragraph {
        var range: Range<Int>
        /// Positions of its words in `words`.
        var words: Range<Int>
        /// Positions of its distinct content words (in order of first use) in `contentKeys`.
        var contentKeys: Range<Int>
        /// Positions of its furniture hits in `hits`.
        var hits: Range<Int>
        /// Its strong furniture hits.
        var strongHits: Int
        /// The union of its words' traits.
        var traits: WordTraits
        /// Its weak furniture hits.
        var weakHits: Int { hits.count - strongHits }
    }

    /// Every paragraph's words, paragraph after paragraph.
    private(set) var words: [WordScanner.Word] = []
    /// The non-empty paragraphs, in text order.
    private(set) var paragraphs: [Paragraph] = []
    /// Every paragraph's distinct content words, as indices into `vocabulary`.
    private(set) var contentKeys: [Int32] = []
    /// Every paragraph's furniture hits; their word ranges are positions in `words`.
    private(set) var hits: [FurnitureVocabulary.Hit] = []
    /// The headline's distinct content words.
    private(set) var titleKeys: [Int32] = []
    /// The article's distinct words.
    private(set) var vocabulary: ArticleVocabulary

    /// Measures the non-empty `paragraphs` of `bytes`, then the headline at `title`.
    init(bytes: UnsafeBufferPointer<UInt8>, paragraphs ranges: [Range<Int>], title: Range<Int>?) {
        vocabulary = ArticleVocabulary(expectedWords: bytes.count / 8 + 16)
        words.reserveCapacity(bytes.count / 5 + 16)
        contentKeys.reserveCapacity(bytes.count / 8 + 16)
        paragraphs.reserveCapacity(ranges.count)
        for range in ranges where !range.isEmpty {
            let firstWord = words.count, firstKey = contentKeys.count, firstHit = hits.count
            WordScanner.appendWords(of: bytes, in: range, to: &words)
            let paragraphWords = words[firstWord...]
            let traits = vocabulary.listContentWords(of: paragraphWords, into: &contentKeys)
            if traits.contains(.furnitureCue) { FurnitureVocabulary.appendHits(in: paragraphWords, to: &hits) }
            paragraphs.append(Paragraph(
                range: range, words: firstWord..<words.count, contentKeys: firstKey..<contentKeys.count,
                hits: firstHit..<hits.count, strongHits: hits[firstHit...].lazy.filter(\.strong).count, traits: traits))
        }
        if let title {
            _ = vocabulary.listContentWords(of: WordScanner.words(bytes, in: title)[...], into: &titleKeys)
        }
    }

    /// The words of `paragraph`.
    func words(of paragraph: Paragraph) -> ArraySlice<WordScanner.Word> { words[paragraph.words] }

    /// The furniture hits of `paragraph`.
    func hits(of paragraph: Paragraph) -> ArraySlice<FurnitureVocabulary.Hit> { hits[paragraph.hits] }

    /// The distinct content words of paragraph `index`.
    func contentKeys(of index: Int) -> ArraySlice<Int32> { contentKeys[paragraphs[index].contentKeys] }

    /// Per paragraph: how many paragraphs under 60 words have its exact word sequence (0 for
    /// paragraphs of 60 words or more, or of none).
    func shortLineRepeats() -> [Int] {
        var lines = HashKeyTable(capacity: paragraphs.count)
        var counts: [Int] = []
        let entries = paragraphs.map { paragraph -> Int? in
            guard paragraph.words.count < 60, !paragraph.words.isEmpty else { return nil }
            var key = WordHash.offset
            for word in words(of: paragraph) { key = NormalizedWordScanner.combine(key, word.key) }
            let entry = lines.insert(key)
            if entry.inserted { counts.append(0) }
            counts[entry.index] += 1
            return entry.index
        }
        return entries.map { $0.map { counts[$0] } ?? 0 }
    }
}

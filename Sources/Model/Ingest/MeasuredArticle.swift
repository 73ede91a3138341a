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
        /// The hash of its word sequence, for paragraphs under `shortLineLimit` words: equal for
        /// paragraphs of the same words.
        var sequenceKey: UInt64
        /// Its weak furniture hits.
        var weakHits: Int { hits.count - strongHits }
    }

    /// Every paragraph's words, paragraph after paragraph.
    private(set) var words: [WordScanner.Word] = []
    /// The non-empty paragraphs, in text order.
    private(set) var paragraphs: [Paragraph] = []
    /// Every paragraph's distinct content words, as indices into `vocabulary` (the headline's last).
    private(set) var contentKeys: [Int32] = []
    /// Every paragraph's furniture hits; their word ranges are positions in `words`.
    private(set) var hits: [FurnitureVocabulary.Hit] = []
    /// The headline's distinct content words.
    private(set) var titleKeys: [Int32] = []
    /// The article's distinct words.
    let vocabulary: ArticleVocabulary

    /// Measures the non-empty `paragraphs` of `bytes`, then the headline at `title`.
    init(bytes: UnsafeBufferPointer<UInt8>, paragraphs ranges: [Range<Int>], title: Range<Int>?) {
        // Words first, so the vocabulary can be sized for them all: written straight into one
        // array with room for the most words the paragraphs can hold.
        var wordRanges: [(bytes: Range<Int>, words: Range<Int>)] = []
        wordRanges.reserveCapacity(ranges.count)
        let mostWords = ranges.reduce(0) { $0 + WordScanner.maximumWords(in: $1, of: bytes) }
        let words = [WordScanner.Word](unsafeUninitializedCapacity: mostWords) { storage, count in
            for range in ranges where !range.isEmpty {
                let firstWord = count
                count += WordScanner.writeWords(of: bytes, in: range, to: UnsafeMutableBufferPointer(rebasing: storage[count...]))
                wordRanges.append((range, firstWord..<count))
            }
        }
        let titleWords = title.map { WordScanner.words(bytes, in: $0) } ?? []
        let vocabulary = ArticleVocabulary(capacity: words.count + titleWords.count)
        var paragraphs: [Paragraph] = [], hits: [FurnitureVocabulary.Hit] = []
        paragraphs.reserveCapacity(wordRanges.count)
        words.withUnsafeBufferPointer { words in
            for (range, wordRange) in wordRanges {
                let firstHit = hits.count
                let paragraphWords = UnsafeBufferPointer(rebasing: words[wordRange])
                let listing = vocabulary.listContentWords(of: paragraphWords, firstPosition: wordRange.lowerBound)
                if !listing.cues.isEmpty {
                    let cues = vocabulary.cuePositions(listing.cues).lazy.map { Int($0) }
                    FurnitureVocabulary.appendHits(in: words, range: wordRange, cueWords: cues, to: &hits)
                }
                paragraphs.append(Paragraph(
                    range: range, words: wordRange, contentKeys: listing.keys, hits: firstHit..<hits.count,
                    strongHits: hits[firstHit...].lazy.filter(\.strong).count, traits: listing.traits,
                    sequenceKey: paragraphWords.count < Self.shortLineLimit ? Self.sequenceKey(of: paragraphWords) : 0))
            }
        }
        (self.words, self.paragraphs, self.hits, self.vocabulary) = (words, paragraphs, hits, vocabulary)
        // The headline's cue words are not needed: its content words are.
        let titleListing = titleWords.withUnsafeBufferPointer { vocabulary.listContentWords(of: $0, firstPosition: 0) }
        contentKeys = vocabulary.listedKeys
        titleKeys = Array(contentKeys[titleListing.keys])
    }

    /// Paragraphs of fewer words than this are compared word for word by `repeatedShortLines`.
    static let shortLineLimit = 60

    /// The hash of a sequence of words: `NormalizedWordScanner.combine` of their keys in order.
    static func sequenceKey(of words: UnsafeBufferPointer<WordScanner.Word>) -> UInt64 {
        words.reduce(WordHash.offset) { NormalizedWordScanner.combine($0, $1.key) }
    }

    /// The words of `paragraph`.
    func words(of paragraph: Paragraph) -> ArraySlice<WordScanner.Word> { words[paragraph.words] }

    /// The furniture hits of `paragraph`.
    func hits(of paragraph: Paragraph) -> ArraySlice<FurnitureVocabulary.Hit> { hits[paragraph.hits] }

    /// The distinct content words of paragraph `index`.
    func contentKeys(of index: Int) -> ArraySlice<Int32> { contentKeys[paragraphs[index].contentKeys] }

    /// Per paragraph: true when another paragraph under `shortLineLimit` words has its exact word
    /// sequence (false for paragraphs of that many words or more, or of none).
    func repeatedShortLines() -> [Bool] {
        var lines = HashKeyTable(capacity: paragraphs.count)
        // Per line: how many short paragraphs have it; per paragraph: its line, or -1.
        var counts = [Int32](repeating: 0, count: paragraphs.count)
        var lineOfParagraph = [Int32](repeating: -1, count: paragraphs.count)
        paragraphs.withUnsafeBufferPointer { paragraphs in
            counts.withUnsafeMutableBufferPointer { counts in
                lineOfParagraph.withUnsafeMutableBufferPointer { lineOfParagraph in
                    for index in paragraphs.indices {
                        let words = paragraphs[index].words.count
                        guard words > 0, words < Self.shortLineLimit else { continue }
                        // At most one line per paragraph, so `line` is within `counts`.
                        let line = lines.insert(paragraphs[index].sequenceKey).index
                        lineOfParagraph[index] = Int32(truncatingIfNeeded: line)
                        counts[line] &+= 1
                    }
                }
            }
        }
        return lineOfParagraph.map { $0 >= 0 && counts[Int($0)] > 1 }
    }
}

import Foundation

/// One entry of a sparse term vector: a term index and its weight.
struct TermWeight: Sendable, Equatable {
    var term: UInt32
    var weight: Float
}

/// The weighted terms and quotation shingles of every article of a corpus, ready for scoring.
struct StoryFeatures: Sendable {
    /// Per article: terms sorted by index, L2-normalised, the weightiest terms only.
    var vectors: [[TermWeight]]
    /// Per article: hashes of quotation shingles it shares with at least one other article, sorted.
    var shingles: [[UInt64]]
    /// Per term index: the number of articles holding it.
    var documentFrequency: [Int32]
    /// Per term index: where it was first seen (article and byte range of its words).
    var firstSeen: [TermSighting]
    /// Per term index: true for name pairs.
    var isNamePair: [Bool]
}

/// Where a term was first read: which article, which bytes, and whether from the `title` string.
struct TermSighting: Sendable {
    var article: UInt32
    var start: UInt32
    var end: UInt32
    var inTitleString: Bool

    var range: Range<Int> { Int(start)..<Int(end) }
}

/// Builds `StoryFeatures` in two parallel passes over the corpus, with hashed terms throughout.
///
/// Pass 1 collects what pass 2 needs from the whole corpus: name pairs (from accounts that kept
/// their capitals), quotation shingles, and every content word's document frequency. Pass 2 can
/// then weigh each article's words at once and keep only its weightiest, so no article's full
/// term counts outlive its own scan; it adds the known name pairs and the shingles found anywhere
/// in the text. Each pass computes articles on all cores and folds their results in article
/// order, so term indices and every tie-break after them are the same on any machine.
struct StoryFeatureBuilder {
    let settings: StoryGrouper.Settings

    /// A term's first sighting within one article.
    private typealias LocalSighting = (start: UInt32, end: UInt32, inTitleString: Bool)

    /// What pass 1 reads from one article.
    private struct ArticleWords {
        /// Name-pair hashes, when the account kept its capitals.
        var names: [UInt64] = []
        /// Shingles of quoted passages.
        var quoted: [UInt64] = []
        /// Distinct content words in order of first appearance, and where each was first seen.
        var words: [UInt64] = []
        var sightings: [LocalSighting] = []
    }

    /// What pass 2 reads from one article.
    private struct ArticleTerms {
        /// The weightiest content words (at most `vectorTerms`), weighted, not yet normalised.
        var words: [TermWeight] = []
        /// Known name pairs in order of first appearance, with their counts and first sightings.
        var pairs: [UInt64] = []
        var pairCounts: [Float] = []
        var pairSightings: [LocalSighting] = []
        /// Quotation shingles found in the text, sorted, without repeats.
        var shingles: [UInt64] = []
    }

    func build(_ articles: [Article]) -> StoryFeatures {
        let shingleLength = settings.shingleLength

        // Pass 1: name pairs, shingles of quoted passages, content words and their frequencies.
        var namePairs = HashKeyTable(capacity: Self.initialTableCapacity(articles.count))
        var quotedShingles = HashKeyTable(capacity: Self.initialTableCapacity(articles.count))
        var words = HashKeyTable(capacity: Self.initialTableCapacity(articles.count * 4))
        var documentFrequency: [Int32] = []
        var firstSeen: [TermSighting] = []
        /// Counts one more article holding `hash` (terms of `table` numbered from `firstTerm`),
        /// noting where a new term was first seen; returns the term's number.
        func countTerm(_ hash: UInt64, in table: inout HashKeyTable, from firstTerm: Int, article: Int, at sighting: LocalSighting) -> Int {
            let (index, inserted) = table.insert(hash)
            if inserted {
                documentFrequency.append(1)
                firstSeen.append(TermSighting(article: UInt32(article), sighting))
            } else {
                documentFrequency[firstTerm + index] += 1
            }
            return firstTerm + index
        }
        // Small blocks: two blocks of every word an article holds are in flight at once.
        OrderedParallelMap.forEach(count: articles.count, blockSize: Self.termBlockSize, produce: { index in
            articleWords(articles[index], shingleLength: shingleLength)
        }, consume: { articleIndex, found in
            for hash in found.names { namePairs.insert(hash) }
            for hash in found.quoted { quotedShingles.insert(hash) }
            for (position, hash) in found.words.enumerated() {
                _ = countTerm(hash, in: &words, from: 0, article: articleIndex, at: found.sightings[position])
            }
        })

        // Pass 2: weighted words, name pairs (terms numbered after the words) and shingles.
        let wordCount = words.count
        var pairs = HashKeyTable(capacity: 1024)
        var vectors: [[TermWeight]] = []
        vectors.reserveCapacity(articles.count)
        var shingleLists: [[UInt64]] = []
        shingleLists.reserveCapacity(articles.count)
        var shingleIDs = HashKeyTable(capacity: 1024)
        var shingleFrequency: [Int32] = []
        let names = namePairs, quoted = quotedShingles, wordTable = words, wordFrequency = documentFrequency
        let filters = (names: HashBitFilter(names.keys), quoted: HashBitFilter(quoted.keys))
        OrderedParallelMap.forEach(count: articles.count, blockSize: Self.termBlockSize, produce: { index in
            articleTerms(articles[index], words: wordTable, wordFrequency: wordFrequency, articleCount: articles.count,
                         namePairs: names, quotedShingles: quoted, filters: filters)
        }, consume: { articleIndex, local in
            // `local` still holds its words, so appending to a shared copy would reallocate it at
            // twice the size: the vector is made here at its final size instead.
            var vector: [TermWeight] = []
            vector.reserveCapacity(local.words.count + local.pairs.count)
            vector.append(contentsOf: local.words)
            for (position, hash) in local.pairs.enumerated() {
                let term = countTerm(hash, in: &pairs, from: wordCount, article: articleIndex, at: local.pairSightings[position])
                // A raw count for now: its weight needs the pair's frequency over the whole corpus.
                vector.append(TermWeight(term: UInt32(term), weight: local.pairCounts[position]))
            }
            vectors.append(vector)
            for hash in local.shingles {
                let (id, inserted) = shingleIDs.insert(hash)
                if inserted { shingleFrequency.append(1) } else { shingleFrequency[id] += 1 }
            }
            shingleLists.append(local.shingles)
        })
        finishVectors(&vectors, firstPairTerm: wordCount, documentFrequency: documentFrequency,
                      articleCount: articles.count)
        let isNamePair = [Bool](repeating: false, count: wordCount)
            + [Bool](repeating: true, count: documentFrequency.count - wordCount)

        // A quotation carried by very many articles (a slogan) says little about the event.
        let shingleCap = Int32(max(6, articles.count / 200))
        let shingles = shingleLists.map { list in
            list.filter { hash in
                guard let id = shingleIDs.index(of: hash) else { return false }
                let frequency = shingleFrequency[id]
                return frequency >= 2 && frequency <= shingleCap
            }
        }
        return StoryFeatures(
            vectors: vectors, shingles: shingles, documentFrequency: documentFrequency,
            firstSeen: firstSeen, isNamePair: isNamePair)
    }

    /// A corpus-wide table's starting size: tables grow as keys come, so a guess on the high side
    /// only holds memory that most corpora never use.
    static func initialTableCapacity(_ estimate: Int) -> Int { min(max(1024, estimate), 1 << 20) }

    /// Articles per parallel block, whose results (every distinct word) are large.
    static let termBlockSize = 256

    /// Calls `body` with each content word of the article's scan (headline first) and its weight:
    /// the word, whether the word before it is content too, the weight and whether the headline
    /// came from the `title` string rather than the text.
    @inline(__always)
    private func forEachContentWord(
        _ scan: StoryTextScan, titleInTitleString: Bool,
        _ body: (_ words: [NormalizedWord], _ index: Int, _ previousIsContent: Bool, _ weight: Float, _ inTitleString: Bool) -> Void
    ) {
        for part in 0..<2 {
            let words = part == 0 ? scan.titleWords : scan.bodyWords
            let content = part == 0 ? scan.titleContent : scan.bodyContent
            let weight = part == 0 ? settings.titleWeight : 1
            let inTitleString = part == 0 && titleInTitleString
            for index in words.indices where content[index] {
                body(words, index, index > 0 && content[index - 1], weight, inTitleString)
            }
        }
    }

    /// Pass 1 for one article: name pairs, quoted shingles, distinct content words.
    private func articleWords(_ article: Article, shingleLength: Int) -> ArticleWords {
        let scan = StoryTextScan(article)
        var found = ArticleWords()
        found.names = scan.isCased ? scan.nameBigrams() : []
        found.quoted = scan.quotedShingles(length: shingleLength)
        var table = HashKeyTable(capacity: (scan.titleWords.count + scan.bodyWords.count) / 2 + 16)
        forEachContentWord(scan, titleInTitleString: article.titleRange == nil) { words, index, _, _, inTitleString in
            let word = words[index]
            guard table.insert(word.hash).inserted else { return }
            found.words.append(word.hash)
            found.sightings.append((UInt32(word.range.lowerBound), UInt32(word.range.upperBound), inTitleString))
        }
        return found
    }

    /// Pass 2 for one article: its weightiest words, its known name pairs with counts and first
    /// sightings, and its shingles.
    private func articleTerms(
        _ article: Article, words wordTable: HashKeyTable, wordFrequency: [Int32], articleCount: Int,
        namePairs: HashKeyTable, quotedShingles: HashKeyTable, filters: (names: HashBitFilter, quoted: HashBitFilter)
    ) -> ArticleTerms {
        let scan = StoryTextScan(article)
        var local = ArticleTerms()
        var wordPositions = HashKeyTable(capacity: (scan.titleWords.count + scan.bodyWords.count) / 2 + 16)
        var pairPositions = HashKeyTable(capacity: 64)
        var wordHashes: [UInt64] = [], wordCounts: [Float] = []
        forEachContentWord(scan, titleInTitleString: article.titleRange == nil) { words, index, previousIsContent, weight, inTitleString in
            let word = words[index]
            let (position, inserted) = wordPositions.insert(word.hash)
            if inserted {
                wordHashes.append(word.hash)
                wordCounts.append(weight)
            } else {
                wordCounts[position] += weight
            }
            guard previousIsContent else { return }
            let previous = words[index - 1]
            let pair = NormalizedWordScanner.combine(previous.hash, word.hash)
            guard filters.names.mightContain(pair), namePairs.contains(pair) else { return }
            let (pairPosition, pairInserted) = pairPositions.insert(pair)
            if pairInserted {
                local.pairs.append(pair)
                local.pairCounts.append(weight)
                local.pairSightings.append((UInt32(previous.range.lowerBound), UInt32(word.range.upperBound), inTitleString))
            } else {
                local.pairCounts[pairPosition] += weight
            }
        }
        let total = Float(articleCount)
        var weighted = [TermWeight]()
        weighted.reserveCapacity(wordHashes.count)
        for (position, hash) in wordHashes.enumerated() {
            // Pass 1 read the same words, so every one has its number.
            let term = wordTable.index(of: hash)!
            let idf = logf((total + 1) / Float(wordFrequency[term]))
            weighted.append(TermWeight(term: UInt32(term), weight: (1 + logf(wordCounts[position])) * idf))
        }
        Self.keepWeightiest(&weighted, keep: settings.vectorTerms)
        local.words = weighted
        if !quotedShingles.keys.isEmpty {
            var all: [UInt64] = []
            scan.allShingles(length: settings.shingleLength, into: &all)
            var found = all.filter { filters.quoted.mightContain($0) && quotedShingles.contains($0) }
            found.sort()
            var previous: UInt64?
            for hash in found where hash != previous {
                local.shingles.append(hash)
                previous = hash
            }
        }
        return local
    }

    /// Keeps the `keep` heaviest entries (ties to the lower term), heaviest first, in place.
    static func keepWeightiest(_ entries: inout [TermWeight], keep: Int) {
        guard entries.count > keep else { return }
        entries.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        entries.removeLast(entries.count - keep)
    }

    /// Gives the name pairs of every vector (still raw counts, terms from `firstPairTerm` on) their
    /// weights, keeps each vector's `vectorTerms` weightiest terms, L2-normalises it and sorts it
    /// by term; in place, on all cores.
    private func finishVectors(
        _ vectors: inout [[TermWeight]], firstPairTerm: Int, documentFrequency: [Int32], articleCount: Int
    ) {
        let total = Float(articleCount)
        let keep = settings.vectorTerms, nameBoost = settings.nameBoost
        OrderedParallelMap.updateEach(&vectors) { vector in
            for position in vector.indices where Int(vector[position].term) >= firstPairTerm {
                let idf = logf((total + 1) / Float(documentFrequency[Int(vector[position].term)]))
                vector[position].weight = (1 + logf(vector[position].weight)) * idf * nameBoost
            }
            Self.keepWeightiest(&vector, keep: keep)
            var sum: Float = 0
            for entry in vector { sum += entry.weight * entry.weight }
            let norm = sum.squareRoot()
            if norm > 0 { for position in vector.indices { vector[position].weight /= norm } }
            vector.sort { $0.term < $1.term }
        }
    }
}

extension TermSighting {
    /// A sighting in article `article` at an article's local sighting.
    fileprivate init(article: UInt32, _ local: (start: UInt32, end: UInt32, inTitleString: Bool)) {
        self.init(article: article, start: local.start, end: local.end, inTitleString: local.inTitleString)
    }
}

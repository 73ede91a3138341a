import Foundation

/// The weighted terms and quotation shingles of every article of a corpus, ready for scoring.
struct StoryFeatures: Sendable {
    /// Per article: (term id, weight) sorted by term id, L2-normalised, the weightiest terms only.
    var vectors: [[(term: Int32, weight: Float)]]
    /// Per article: hashes of quotation shingles it shares with at least one other article, sorted.
    var shingles: [[UInt64]]
    /// Per term id: the number of articles holding it.
    var documentFrequency: [Int32]
    /// Per term id: where it was first seen (article index and byte range of its words).
    var firstSeen: [TermSighting]
    /// Terms per id that are name pairs.
    var isNamePair: [Bool]
}

/// Where a term was first read: which article, which bytes, and whether from the `title` string.
struct TermSighting: Sendable {
    var article: Int32
    var range: Range<Int>
    var inTitleString: Bool
}

/// Builds `StoryFeatures` in two scans of the corpus.
struct StoryFeatureBuilder {
    let settings: StoryGrouper.Settings

    func build(_ articles: [Article]) -> StoryFeatures {
        let shingleLength = settings.shingleLength
        // Scan 1: name pairs from accounts that kept their capitals, shingles of quoted passages.
        var namePairs = Set<UInt64>()
        var quotedShingles = Set<UInt64>()
        for article in articles {
            let scan = StoryTextScan(article)
            if scan.isCased { namePairs.formUnion(scan.nameBigrams()) }
            quotedShingles.formUnion(scan.quotedShingles(length: shingleLength))
        }

        // Scan 2: term counts (words and known name pairs) and shingles found anywhere in the text.
        var termIDs: [UInt64: Int32] = [:]
        var documentFrequency: [Int32] = []
        var firstSeen: [TermSighting] = []
        var isNamePair: [Bool] = []
        var counts: [[(term: Int32, count: Float)]] = []
        counts.reserveCapacity(articles.count)
        var shingleLists: [[UInt64]] = []
        shingleLists.reserveCapacity(articles.count)
        var shingleFrequency: [UInt64: Int32] = [:]

        for (articleIndex, article) in articles.enumerated() {
            let scan = StoryTextScan(article)
            var local: [UInt64: Float] = [:]
            var sighting: [UInt64: (Range<Int>, Bool)] = [:]
            for (words, weight, inTitleString) in [
                (scan.titleWords, settings.titleWeight, article.titleRange == nil),
                (scan.bodyWords, Float(1), false),
            ] {
                for (index, word) in words.enumerated() where StoryTextScan.isContentWord(word) {
                    local[word.hash, default: 0] += weight
                    if sighting[word.hash] == nil { sighting[word.hash] = (word.range, inTitleString) }
                    guard index > 0 else { continue }
                    let previous = words[index - 1]
                    guard StoryTextScan.isContentWord(previous) else { continue }
                    let pair = NormalizedWordScanner.combine(previous.hash, word.hash)
                    guard namePairs.contains(pair) else { continue }
                    local[pair, default: 0] += weight
                    if sighting[pair] == nil {
                        sighting[pair] = (previous.range.lowerBound..<word.range.upperBound, inTitleString)
                    }
                }
            }
            var vector: [(term: Int32, count: Float)] = []
            vector.reserveCapacity(local.count)
            // Sorted so that term ids, and so every tie-break after them, do not depend on hashing seeds.
            for (hash, count) in local.sorted(by: { $0.key < $1.key }) {
                let id: Int32
                if let known = termIDs[hash] {
                    id = known
                    documentFrequency[Int(id)] += 1
                } else {
                    id = Int32(documentFrequency.count)
                    termIDs[hash] = id
                    documentFrequency.append(1)
                    let (range, inTitle) = sighting[hash]!
                    firstSeen.append(TermSighting(article: Int32(articleIndex), range: range, inTitleString: inTitle))
                    isNamePair.append(namePairs.contains(hash))
                }
                vector.append((id, count))
            }
            counts.append(vector)

            var found: [UInt64] = []
            let words = scan.bodyWords
            if words.count >= shingleLength {
                for end in (shingleLength - 1)..<words.count {
                    if let hash = StoryTextScan.shingle(words, endingAt: end, length: shingleLength),
                       quotedShingles.contains(hash) { found.append(hash) }
                }
            }
            found.sort()
            found = uniqued(found)
            for hash in found { shingleFrequency[hash, default: 0] += 1 }
            shingleLists.append(found)
        }

        let total = Float(articles.count)
        let keep = settings.vectorTerms
        let nameBoost = settings.nameBoost
        let vectors: [[(term: Int32, weight: Float)]] = counts.map { termCounts in
            var weighted = termCounts.map { entry -> (term: Int32, weight: Float) in
                let idf = logf((total + 1) / Float(documentFrequency[Int(entry.term)]))
                let boost: Float = isNamePair[Int(entry.term)] ? nameBoost : 1
                return (entry.term, (1 + logf(entry.count)) * idf * boost)
            }
            if weighted.count > keep {
                weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                weighted.removeLast(weighted.count - keep)
            }
            let norm = sqrtf(weighted.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { weighted = weighted.map { ($0.term, $0.weight / norm) } }
            weighted.sort { $0.term < $1.term }
            return weighted
        }

        // A quotation carried by very many articles (a slogan) says little about the event.
        let shingleCap = Int32(max(6, articles.count / 200))
        let shingles = shingleLists.map { list in
            list.filter { let frequency = shingleFrequency[$0] ?? 0; return frequency >= 2 && frequency <= shingleCap }
        }
        return StoryFeatures(
            vectors: vectors, shingles: shingles, documentFrequency: documentFrequency,
            firstSeen: firstSeen, isNamePair: isNamePair)
    }

    /// `sorted` without repeats.
    private func uniqued(_ sorted: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(sorted.count)
        for value in sorted where result.last != value { result.append(value) }
        return result
    }
}

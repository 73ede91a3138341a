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
/// Pass 1 collects the corpus-wide sets that pass 2 needs: name pairs (from accounts that kept
/// their capitals) and quotation shingles. Pass 2 counts each article's words, known name pairs
/// and shingles found anywhere in its text. Each pass computes articles on all cores and folds
/// their results in article order, so term indices and every tie-break after them are the same
/// on any machine.
struct StoryFeatureBuilder {
    let settings: StoryGrouper.Settings

    /// What pass 2 reads from one article: distinct terms in order of first appearance.
    private struct ArticleTerms {
        var hashes: [UInt64] = []
        var counts: [Float] = []
        var sightings: [(start: UInt32, end: UInt32, inTitleString: Bool)] = []
        /// Quotation shingles found in the text, sorted, without repeats.
        var shingles: [UInt64] = []
    }

    func build(_ articles: [Article]) -> StoryFeatures {
        let shingleLength = settings.shingleLength

        // Pass 1: name pairs from accounts that kept their capitals, shingles of quoted passages.
        var namePairs = HashKeyTable(capacity: articles.count * 16)
        var quotedShingles = HashKeyTable(capacity: articles.count * 8)
        OrderedParallelMap.forEach(count: articles.count, produce: { index -> (names: [UInt64], quoted: [UInt64]) in
            let scan = StoryTextScan(articles[index])
            return (scan.isCased ? scan.nameBigrams() : [], scan.quotedShingles(length: shingleLength))
        }, consume: { _, found in
            for hash in found.names { namePairs.insert(hash) }
            for hash in found.quoted { quotedShingles.insert(hash) }
        })

        // Pass 2: term counts (words and known name pairs) and shingles found anywhere in the text.
        var terms = HashKeyTable(capacity: articles.count * 64)
        var documentFrequency: [Int32] = []
        var firstSeen: [TermSighting] = []
        var isNamePair: [Bool] = []
        var counts: [[TermWeight]] = []
        counts.reserveCapacity(articles.count)
        var shingleLists: [[UInt64]] = []
        shingleLists.reserveCapacity(articles.count)
        var shingleIDs = HashKeyTable(capacity: 1024)
        var shingleFrequency: [Int32] = []
        let names = namePairs, quoted = quotedShingles
        let filters = (names: HashBitFilter(names.keys), quoted: HashBitFilter(quoted.keys))
        OrderedParallelMap.forEach(count: articles.count, produce: { index in
            articleTerms(articles[index], namePairs: names, quotedShingles: quoted, filters: filters)
        }, consume: { articleIndex, local in
            var vector: [TermWeight] = []
            vector.reserveCapacity(local.hashes.count)
            for (position, hash) in local.hashes.enumerated() {
                let (id, inserted) = terms.insert(hash)
                if inserted {
                    documentFrequency.append(1)
                    let sighting = local.sightings[position]
                    firstSeen.append(TermSighting(
                        article: UInt32(articleIndex), start: sighting.start, end: sighting.end,
                        inTitleString: sighting.inTitleString))
                    isNamePair.append(names.contains(hash))
                } else {
                    documentFrequency[id] += 1
                }
                vector.append(TermWeight(term: UInt32(id), weight: local.counts[position]))
            }
            counts.append(vector)
            for hash in local.shingles {
                let (id, inserted) = shingleIDs.insert(hash)
                if inserted { shingleFrequency.append(1) } else { shingleFrequency[id] += 1 }
            }
            shingleLists.append(local.shingles)
        })

        let total = Float(articles.count)
        let keep = settings.vectorTerms
        let nameBoost = settings.nameBoost
        let frequency = documentFrequency, pairFlags = isNamePair, termCounts = counts
        let vectors = OrderedParallelMap.map(count: termCounts.count) { index -> [TermWeight] in
            var weighted = termCounts[index].map { entry -> TermWeight in
                let idf = logf((total + 1) / Float(frequency[Int(entry.term)]))
                let boost: Float = pairFlags[Int(entry.term)] ? nameBoost : 1
                return TermWeight(term: entry.term, weight: (1 + logf(entry.weight)) * idf * boost)
            }
            if weighted.count > keep {
                weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                weighted.removeLast(weighted.count - keep)
            }
            var sum: Float = 0
            for entry in weighted { sum += entry.weight * entry.weight }
            let norm = sum.squareRoot()
            if norm > 0 { for position in weighted.indices { weighted[position].weight /= norm } }
            weighted.sort { $0.term < $1.term }
            return weighted
        }
        counts = []

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

    /// Pass 2 for one article: its distinct terms with counts and first sightings, and its shingles.
    private func articleTerms(
        _ article: Article, namePairs: HashKeyTable, quotedShingles: HashKeyTable,
        filters: (names: HashBitFilter, quoted: HashBitFilter)
    ) -> ArticleTerms {
        let scan = StoryTextScan(article)
        var local = ArticleTerms()
        var table = HashKeyTable(capacity: (scan.titleWords.count + scan.bodyWords.count) / 2 + 16)
        var hashes: [UInt64] = [], counts: [Float] = []
        var sightings: [(start: UInt32, end: UInt32, inTitleString: Bool)] = []
        let titleInTitleString = article.titleRange == nil
        for part in 0..<2 {
            let words = part == 0 ? scan.titleWords : scan.bodyWords
            let content = part == 0 ? scan.titleContent : scan.bodyContent
            let weight = part == 0 ? settings.titleWeight : 1
            let inTitleString = part == 0 && titleInTitleString
            for index in words.indices where content[index] {
                let word = words[index]
                let (position, inserted) = table.insert(word.hash)
                if inserted {
                    hashes.append(word.hash)
                    counts.append(weight)
                    sightings.append((UInt32(word.range.lowerBound), UInt32(word.range.upperBound), inTitleString))
                } else {
                    counts[position] += weight
                }
                guard index > 0, content[index - 1] else { continue }
                let previous = words[index - 1]
                let pair = NormalizedWordScanner.combine(previous.hash, word.hash)
                guard filters.names.mightContain(pair), namePairs.contains(pair) else { continue }
                let (pairPosition, pairInserted) = table.insert(pair)
                if pairInserted {
                    hashes.append(pair)
                    counts.append(weight)
                    sightings.append((UInt32(previous.range.lowerBound), UInt32(word.range.upperBound), inTitleString))
                } else {
                    counts[pairPosition] += weight
                }
            }
        }
        local.hashes = hashes
        local.counts = counts
        local.sightings = sightings
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
}

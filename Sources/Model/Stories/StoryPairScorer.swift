/// A pair of articles that may tell the same event, with how alike they are.
struct ScoredPair: Sendable, Equatable {
    var first: Int32
    var second: Int32
    var score: Float
}

/// Finds candidate pairs through an inverted index of rare terms and scores them exactly.
struct StoryPairScorer {
    let settings: StoryGrouper.Settings
    let features: StoryFeatures

    /// What one shared quotation shingle adds to a candidate's lookup score.
    static let shingleLookupWeight: Float = 0.02

    /// The most frequent a term may be and still serve to find candidates.
    var indexFrequencyCap: Int32 {
        let count = features.vectors.count
        return Int32(min(max(24, count / 100), 400))
    }

    /// Candidate pairs kept per article before scoring, best first (scratch of one worker).
    private struct CandidateScratch {
        var accumulated: [Float]
        var touched: [Int32] = []
        var best: [(score: Float, article: Int32)] = []
    }

    /// Every candidate pair (first < second) with its score, best first, ties by article order.
    func scoredPairs() -> [ScoredPair] {
        let count = features.vectors.count
        guard count > 1 else { return [] }
        let cap = indexFrequencyCap
        let frequency = features.documentFrequency
        let postings = TermPostings(vectors: features.vectors, documentFrequency: frequency, frequencyCap: cap)
        let shinglePostings = ShinglePostings(shingles: features.shingles)
        let lookupTerms = settings.lookupTerms, keep = settings.candidatesPerArticle
        let vectors = features.vectors, shingles = features.shingles

        var candidates: [UInt64] = []
        candidates.reserveCapacity(count * keep)
        OrderedParallelMap.forEach(
            count: count, blockSize: 4096,
            makeScratch: { CandidateScratch(accumulated: [Float](repeating: 0, count: count)) },
            produce: { scratch, article -> [Int32] in
                let lookups = vectors[article]
                    .filter { let df = frequency[Int($0.term)]; return df >= 2 && df <= cap }
                    .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                    .prefix(lookupTerms)
                for entry in lookups {
                    let range = postings.range(of: entry.term)
                    for position in range {
                        let other = postings.articles[position]
                        if Int(other) == article { continue }
                        if scratch.accumulated[Int(other)] == 0 { scratch.touched.append(other) }
                        scratch.accumulated[Int(other)] += entry.weight * postings.weights[position]
                    }
                }
                // Shared quotations also propose candidates (a degraded account may share little else).
                for shingle in shingles[article] {
                    for other in shinglePostings.articles(of: shingle) where Int(other) != article {
                        if scratch.accumulated[Int(other)] == 0 { scratch.touched.append(other) }
                        scratch.accumulated[Int(other)] += Self.shingleLookupWeight
                    }
                }
                let chosen = Self.best(keep, of: scratch.touched, scores: scratch.accumulated, into: &scratch.best)
                for other in scratch.touched { scratch.accumulated[Int(other)] = 0 }
                scratch.touched.removeAll(keepingCapacity: true)
                return chosen
            },
            consume: { article, chosen in
                for other in chosen {
                    let low = UInt64(min(Int(other), article)), high = UInt64(max(Int(other), article))
                    candidates.append(low << 32 | high)
                }
            })
        candidates.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(candidates.count)
        for key in candidates where key != unique.last { unique.append(key) }
        candidates = []
        let scores = OrderedParallelMap.map(count: unique.count, blockSize: 65_536) { index in
            score(Int(unique[index] >> 32), Int(unique[index] & 0xFFFF_FFFF))
        }
        var pairs = (0..<unique.count).map { index in
            ScoredPair(first: Int32(unique[index] >> 32), second: Int32(unique[index] & 0xFFFF_FFFF), score: scores[index])
        }
        rescale(&pairs, count: count)
        pairs.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.first != $1.first { return $0.first < $1.first }
            return $0.second < $1.second
        }
        return pairs
    }

    /// The `limit` touched articles with the highest scores, best first, ties by article order.
    static func best(
        _ limit: Int, of touched: [Int32], scores: [Float], into best: inout [(score: Float, article: Int32)]
    ) -> [Int32] {
        best.removeAll(keepingCapacity: true)
        for article in touched {
            let score = scores[Int(article)]
            if best.count == limit {
                let last = best[limit - 1]
                guard score > last.score || (score == last.score && article < last.article) else { continue }
                best.removeLast()
            }
            var position = best.count
            while position > 0 {
                let above = best[position - 1]
                if above.score > score || (above.score == score && above.article < article) { break }
                position -= 1
            }
            best.insert((score, article), at: position)
        }
        return best.map(\.article)
    }

    /// Turns raw scores into link strengths where 1 means "same story, just".
    ///
    /// Articles differ in how alike they look to everything (a long piece full of background
    /// shares words with many stories; a short one with few), so a raw score is also read against
    /// each article's background: the mean of its `backgroundNeighbours` best raw scores (local
    /// scaling). A pair links when it stands out from both backgrounds by `relativeThreshold`, or
    /// when its raw score alone reaches `absoluteThreshold` (large stories, where every near
    /// neighbour is a story mate).
    func rescale(_ pairs: inout [ScoredPair], count: Int) {
        var best = [[Float]](repeating: [], count: count)
        for pair in pairs {
            best[Int(pair.first)].append(pair.score)
            best[Int(pair.second)].append(pair.score)
        }
        let neighbours = settings.backgroundNeighbours
        let background = best.map { scores -> Float in
            let top = scores.sorted(by: >).prefix(neighbours)
            let mean = top.isEmpty ? 0 : top.reduce(0, +) / Float(neighbours)
            return max(mean, settings.backgroundFloor)
        }
        let relative = Float(settings.relativeThreshold), absolute = Float(settings.absoluteThreshold)
        for index in pairs.indices {
            let raw = pairs[index].score
            let scale = (background[Int(pairs[index].first)] * background[Int(pairs[index].second)]).squareRoot()
            pairs[index].score = max(raw / (scale * relative), raw / absolute)
        }
    }

    /// Cosine of the two term vectors plus the bonus for shared quotation shingles.
    func score(_ first: Int, _ second: Int) -> Float {
        let cosine = Self.dot(features.vectors[first], features.vectors[second])
        let shared = Self.sharedCount(features.shingles[first], features.shingles[second])
        let bonus = settings.quoteBonus * min(1, Double(shared) / settings.quoteSaturation)
        return cosine + Float(bonus)
    }

    /// Dot product of two sparse vectors sorted by term.
    static func dot(_ left: [TermWeight], _ right: [TermWeight]) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        while i < left.count && j < right.count {
            let a = left[i].term, b = right[j].term
            if a == b {
                sum += left[i].weight * right[j].weight
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Number of values present in both sorted arrays.
    static func sharedCount(_ left: [UInt64], _ right: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < left.count && j < right.count {
            if left[i] == right[j] {
                shared += 1
                i += 1
                j += 1
            } else if left[i] < right[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}

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

    /// Every candidate pair (first < second) with its score, best first, ties by article order.
    func scoredPairs() -> [ScoredPair] {
        let count = features.vectors.count
        guard count > 1 else { return [] }
        let cap = indexFrequencyCap
        let frequency = features.documentFrequency

        // Index of rare terms: term -> (article, weight).
        var postings: [Int32: [(article: Int32, weight: Float)]] = [:]
        for (article, vector) in features.vectors.enumerated() {
            for entry in vector {
                let df = frequency[Int(entry.term)]
                guard df >= 2, df <= cap else { continue }
                postings[entry.term, default: []].append((Int32(article), entry.weight))
            }
        }

        var shinglePostings: [UInt64: [Int32]] = [:]
        for (article, shingles) in features.shingles.enumerated() {
            for shingle in shingles { shinglePostings[shingle, default: []].append(Int32(article)) }
        }

        var accumulated = [Float](repeating: 0, count: count)
        var touched: [Int32] = []
        var candidates: [UInt64] = []
        for (article, vector) in features.vectors.enumerated() {
            let lookups = vector
                .filter { let df = frequency[Int($0.term)]; return df >= 2 && df <= cap }
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                .prefix(settings.lookupTerms)
            for entry in lookups {
                for posting in postings[entry.term] ?? [] where Int(posting.article) != article {
                    if accumulated[Int(posting.article)] == 0 { touched.append(posting.article) }
                    accumulated[Int(posting.article)] += entry.weight * posting.weight
                }
            }
            // Shared quotations also propose candidates (a degraded account may share little else).
            for shingle in features.shingles[article] {
                for other in shinglePostings[shingle] ?? [] where Int(other) != article {
                    if accumulated[Int(other)] == 0 { touched.append(other) }
                    accumulated[Int(other)] += Self.shingleLookupWeight
                }
            }
            touched.sort {
                accumulated[Int($0)] != accumulated[Int($1)] ? accumulated[Int($0)] > accumulated[Int($1)] : $0 < $1
            }
            for other in touched.prefix(settings.candidatesPerArticle) {
                let low = UInt64(min(Int(other), article)), high = UInt64(max(Int(other), article))
                candidates.append(low << 32 | high)
            }
            for other in touched { accumulated[Int(other)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort()
        var pairs: [ScoredPair] = []
        var previous: UInt64 = .max
        for key in candidates where key != previous {
            previous = key
            let first = Int(key >> 32), second = Int(key & 0xFFFF_FFFF)
            pairs.append(ScoredPair(first: Int32(first), second: Int32(second), score: score(first, second)))
        }
        rescale(&pairs, count: count)
        pairs.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.first != $1.first { return $0.first < $1.first }
            return $0.second < $1.second
        }
        return pairs
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
    static func dot(_ left: [(term: Int32, weight: Float)], _ right: [(term: Int32, weight: Float)]) -> Float {
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

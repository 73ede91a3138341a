import Foundation

/// Lines up two accounts of one event passage by passage, and word by word inside each pair.
///
/// Passages are sentences; an account that lost its punctuation is cut along the other account's
/// sentences (see `PassageSegmenter`). Passages are compared as bags of words weighted by rarity
/// (case and punctuation blind), found through an index of the right account's words; the best
/// pairs are taken first, one partner each, so reordered passages still meet. The headline and the
/// article paragraphs take part; boilerplate does not.
public struct Aligner: Sendable {
    /// Least similarity (0 to 1) for two passages to be paired.
    public var minimumScore: Double
    /// Weight of a stop word against a content word of the same rarity.
    public var stopWordWeight: Float = 0.15

    public init(minimumScore: Double = 0.3) {
        self.minimumScore = minimumScore
    }

    /// The alignment of `left` and `right`, in the left article's reading order.
    public func align(_ left: Article, _ right: Article) -> Alignment {
        let leftSide = AlignedSide(left), rightSide = AlignedSide(right)
        var leftPassages = leftSide.segmentAlone()
        var rightPassages = rightSide.segmentAlone()
        switch (leftPassages, rightPassages) {
        case (nil, .some(let guide)):
            leftPassages = PassageSegmenter.projected(leftSide.words, guide: rightSide.words, guidePassages: guide)
        case (.some(let guide), nil):
            rightPassages = PassageSegmenter.projected(rightSide.words, guide: leftSide.words, guidePassages: guide)
        case (nil, nil):
            leftPassages = PassageSegmenter.windows(leftSide.words.count)
            rightPassages = PassageSegmenter.windows(rightSide.words.count)
        default:
            break
        }
        let lefts = leftPassages ?? [], rights = rightPassages ?? []
        let pairs = bestPairs(leftSide, lefts, rightSide, rights)
        return assemble(leftSide, lefts, rightSide, rights, pairs: pairs)
    }

    /// One-to-one passage pairs (left index -> (right index, score)), best first.
    func bestPairs(
        _ leftSide: AlignedSide, _ lefts: [Passage], _ rightSide: AlignedSide, _ rights: [Passage]
    ) -> [Int: (right: Int, score: Double)] {
        // Rarity of a word across the passages of both accounts.
        var frequency: [UInt64: Int32] = [:]
        func bags(_ side: AlignedSide, _ passages: [Passage]) -> [[UInt64: Float]] {
            passages.map { passage in
                var bag: [UInt64: Float] = [:]
                for word in side.words[passage.words] {
                    bag[word.hash, default: 0] += StopWords.contains(word) ? stopWordWeight : 1
                }
                for hash in bag.keys { frequency[hash, default: 0] += 1 }
                return bag
            }
        }
        let leftBags = bags(leftSide, lefts), rightBags = bags(rightSide, rights)
        let passageCount = Float(lefts.count + rights.count)
        // Sorted by hash so that sums, and so scores and ties, never depend on hashing seeds.
        func weighted(_ bag: [UInt64: Float]) -> [(hash: UInt64, weight: Float)] {
            bag.sorted { $0.key < $1.key }.map { entry in
                (entry.key, entry.value * logf(1 + passageCount / Float(frequency[entry.key] ?? 1)))
            }
        }
        let leftWeights = leftBags.map(weighted), rightWeights = rightBags.map(weighted)
        let leftTotals = leftWeights.map { $0.reduce(0) { $0 + $1.weight } }
        let rightTotals = rightWeights.map { $0.reduce(0) { $0 + $1.weight } }
        var index: [UInt64: [(passage: Int32, weight: Float)]] = [:]
        for (passage, bag) in rightWeights.enumerated() {
            for (hash, weight) in bag { index[hash, default: []].append((Int32(passage), weight)) }
        }
        var candidates: [(left: Int, right: Int, score: Double)] = []
        var shared = [Float](repeating: 0, count: rights.count)
        var touched: [Int] = []
        for (leftIndex, bag) in leftWeights.enumerated() {
            for (hash, weight) in bag {
                for posting in index[hash] ?? [] {
                    let right = Int(posting.passage)
                    if shared[right] == 0 { touched.append(right) }
                    shared[right] += min(weight, posting.weight)
                }
            }
            for right in touched {
                let denominator = leftTotals[leftIndex] + rightTotals[right]
                let score = denominator > 0 ? Double(2 * shared[right] / denominator) : 0
                if score >= minimumScore { candidates.append((leftIndex, right, score)) }
                shared[right] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        candidates.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.left != $1.left { return $0.left < $1.left }
            return $0.right < $1.right
        }
        var pairs: [Int: (right: Int, score: Double)] = [:]
        var rightTaken = Set<Int>()
        for candidate in candidates where pairs[candidate.left] == nil && !rightTaken.contains(candidate.right) {
            pairs[candidate.left] = (candidate.right, min(1, candidate.score))
            rightTaken.insert(candidate.right)
        }
        return pairs
    }

    /// Rows in left order, right-only passages after the row of their nearest matched predecessor.
    func assemble(
        _ leftSide: AlignedSide, _ lefts: [Passage], _ rightSide: AlignedSide, _ rights: [Passage],
        pairs: [Int: (right: Int, score: Double)]
    ) -> Alignment {
        var leftOfRight: [Int: Int] = [:]
        for (left, pair) in pairs { leftOfRight[pair.right] = left }
        // For each right-only passage, the left passage it follows (-1: before everything).
        var insertAfter: [Int: [Int]] = [:]
        var lastMatchedLeft = -1
        var leading: [Int] = []
        for right in rights.indices {
            if let left = leftOfRight[right] {
                lastMatchedLeft = left
            } else if lastMatchedLeft < 0 {
                leading.append(right)
            } else {
                insertAfter[lastMatchedLeft, default: []].append(right)
            }
        }
        // Right-only passages before any match go before the row of the first matched one.
        let firstMatchedLeft = rights.indices.lazy.compactMap { leftOfRight[$0] }.first
        var rows: [AlignmentRow] = []
        func appendRightOnly(_ indices: [Int]) {
            for right in indices { rows.append(.rightOnly(rightSide.byteRange(rights[right]))) }
        }
        if firstMatchedLeft == nil { insertAfter[lefts.count - 1, default: []].append(contentsOf: leading) }
        for left in lefts.indices {
            if left == firstMatchedLeft { appendRightOnly(leading) }
            if let pair = pairs[left] {
                let leftPassage = lefts[left], rightPassage = rights[pair.right]
                let leftWords = leftSide.words[leftPassage.words], rightWords = rightSide.words[rightPassage.words]
                let leftRange = leftSide.byteRange(leftPassage), rightRange = rightSide.byteRange(rightPassage)
                let runs = WordDiffer.differences(
                    left: .init(words: leftWords, start: leftRange.lowerBound),
                    right: .init(words: rightWords, start: rightRange.lowerBound))
                let changes = WordDiffer.quoteChanges(runs, leftWords: leftWords, rightWords: rightWords)
                rows.append(.matched(MatchedPassages(
                    left: leftRange, right: rightRange, score: pair.score, differences: runs, quoteChanges: changes)))
            } else {
                rows.append(.leftOnly(leftSide.byteRange(lefts[left])))
            }
            appendRightOnly(insertAfter[left] ?? [])
        }
        if lefts.isEmpty { appendRightOnly(leading) }
        return Alignment(rows: rows)
    }
}

/// One account as alignment reads it: its words (headline and article paragraphs) and its bytes.
struct AlignedSide {
    let words: [NormalizedWord]
    let bytes: [UInt8]
    let isCased: Bool

    init(_ article: Article) {
        var ranges = article.articleParagraphs
        if let title = article.titleRange { ranges.insert(title, at: 0) }
        words = NormalizedWordScanner.words(in: article.text, ranges: ranges)
        bytes = Array(article.text.utf8)
        let capitals = words.reduce(0) { $0 + ($1.isCapitalised ? 1 : 0) }
        isCased = !words.isEmpty && Double(capitals) / Double(words.count) > StoryTextScan.casedShare
    }

    /// Sentences when the account has sentence marks; nil when it must be cut along the other.
    func segmentAlone() -> [Passage]? {
        if PassageSegmenter.isUnpunctuated(words) { return nil }
        return bytes.withUnsafeBufferPointer { PassageSegmenter.sentences(words, text: $0, cased: isCased) }
    }

    /// The passage's bytes, with the punctuation and quotation marks that hug its first and last words.
    func byteRange(_ passage: Passage) -> Range<Int> {
        guard !passage.words.isEmpty else { return 0..<0 }
        var start = words[passage.words.lowerBound].range.lowerBound
        var end = words[passage.words.upperBound - 1].range.upperBound
        let floor = passage.words.lowerBound > 0 ? words[passage.words.lowerBound - 1].range.upperBound : 0
        let ceiling = passage.words.upperBound < words.count ? words[passage.words.upperBound].range.lowerBound : bytes.count
        while start > floor, !Self.isSpace(bytes[start - 1]) { start -= 1 }
        while end < ceiling, !Self.isSpace(bytes[end]) { end += 1 }
        return start..<end
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

/// A sentence-sized run of words of one account.
struct Passage: Sendable, Equatable {
    /// Indices into the account's word array.
    var words: Range<Int>
}

/// Cuts an account into sentence-sized passages: at sentence marks where it has them, and where it
/// lost its punctuation, along the sentences of the other account it is being compared with.
enum PassageSegmenter {
    /// Words per sentence mark below which an account counts as unpunctuated.
    static let unpunctuatedWordsPerBreak = 60
    /// Length of windows cut from text nothing else segments.
    static let windowWords = 24
    /// Shared word triples a stretch needs to stand for a sentence of the other account.
    static let minimumHits = 3
    /// A sentence longer than this is cut into windows.
    static let longestPassage = 70

    /// True when the words carry too few sentence marks to be cut at them.
    static func isUnpunctuated(_ words: [NormalizedWord]) -> Bool {
        guard words.count > unpunctuatedWordsPerBreak else { return false }
        let breaks = words.reduce(0) { $0 + ($1.endsSentence ? 1 : 0) }
        return breaks == 0 || words.count / breaks > unpunctuatedWordsPerBreak
    }

    /// Sentences from sentence marks, with abbreviations ("Mr.", "U.S.", initials) not ending one.
    ///
    /// In a cased account a sentence must start with a capital, a digit or a quotation; in a
    /// lower-cased one every mark ends a sentence.
    static func sentences(_ words: [NormalizedWord], text: UnsafeBufferPointer<UInt8>, cased: Bool) -> [Passage] {
        var passages: [Passage] = []
        var start = 0
        for index in words.indices {
            let word = words[index]
            let isLast = index == words.count - 1
            var breakHere = isLast
            if !isLast, word.endsSentence {
                let next = words[index + 1]
                let lineBreak = containsLineBreak(text, word.range.upperBound..<next.range.lowerBound)
                let abbreviation = !lineBreak
                    && (word.isCapitalised && word.range.count <= 3 || !cased && word.range.count <= 2)
                let nextStarts = !cased || next.isCapitalised || isDigit(text[next.range.lowerBound]) || lineBreak
                // "9.40 a.m." and "3.5%": a mark with no space after it ends nothing.
                let spaced = containsSpace(text, word.range.upperBound..<next.range.lowerBound)
                breakHere = lineBreak || (spaced && !abbreviation && nextStarts)
            }
            if breakHere {
                appendCapped(start..<(index + 1), to: &passages)
                start = index + 1
            }
        }
        return passages
    }

    /// Windows of an unpunctuated account laid along the sentences of the other account.
    ///
    /// Each sentence of `guide` looks for the stretch of `words` that shares most of its word
    /// triples in order; the best stretches become passages, and what lies between them is cut into
    /// windows of about a sentence's length.
    static func projected(_ words: [NormalizedWord], guide: [NormalizedWord], guidePassages: [Passage]) -> [Passage] {
        guard words.count >= 3 else { return words.isEmpty ? [] : [Passage(words: 0..<words.count)] }
        var triples: [UInt64: [Int32]] = [:]
        for index in 0..<(words.count - 2) {
            triples[tripleHash(words, index), default: []].append(Int32(index))
        }
        struct Stretch { var range: Range<Int>; var hits: Int }
        var stretches: [Stretch] = []
        for passage in guidePassages where passage.words.count >= 3 {
            var hits: [(position: Int, offset: Int)] = []
            for index in passage.words.lowerBound..<(passage.words.upperBound - 2) {
                for position in triples[tripleHash(guide, index)] ?? [] {
                    hits.append((Int(position), index - passage.words.lowerBound))
                }
            }
            guard !hits.isEmpty else { continue }
            hits.sort { $0.position < $1.position }
            var best: Stretch?
            var clusterStart = 0
            for index in hits.indices {
                let closes = index == hits.count - 1 || hits[index + 1].position - hits[index].position > 8
                if closes {
                    let count = index - clusterStart + 1
                    let range = hits[clusterStart].position..<(hits[index].position + 3)
                    if count >= minimumHits, count > (best?.hits ?? 0) { best = Stretch(range: range, hits: count) }
                    clusterStart = index + 1
                }
            }
            if let best { stretches.append(best) }
        }
        // Keep the strongest stretches that do not overlap (clipping the rest to what is free).
        stretches.sort { $0.hits != $1.hits ? $0.hits > $1.hits : $0.range.lowerBound < $1.range.lowerBound }
        var taken = [Bool](repeating: false, count: words.count)
        var kept: [Range<Int>] = []
        for stretch in stretches {
            var start = stretch.range.lowerBound, end = min(stretch.range.upperBound, words.count)
            while start < end, taken[start] { start += 1 }
            var cut = start
            while cut < end, !taken[cut] { cut += 1 }
            end = cut
            guard end - start >= 3 else { continue }
            for index in start..<end { taken[index] = true }
            kept.append(start..<end)
        }
        kept.sort { $0.lowerBound < $1.lowerBound }
        // Fill the gaps: a short gap joins the passage before it, a long one is cut into windows.
        var passages: [Passage] = []
        var cursor = 0
        for range in kept {
            fillGap(cursor..<range.lowerBound, into: &passages)
            passages.append(Passage(words: range))
            cursor = range.upperBound
        }
        fillGap(cursor..<words.count, into: &passages)
        return passages
    }

    /// Windows of about `windowWords` over `words`, for text nothing else can segment.
    static func windows(_ count: Int) -> [Passage] {
        var passages: [Passage] = []
        fillGap(0..<count, into: &passages)
        return passages
    }

    /// Adds the words of `gap`: to the previous passage when short, else as even windows.
    private static func fillGap(_ gap: Range<Int>, into passages: inout [Passage]) {
        guard !gap.isEmpty else { return }
        if gap.count < 4, let last = passages.last, last.words.upperBound == gap.lowerBound {
            passages[passages.count - 1].words = last.words.lowerBound..<gap.upperBound
            return
        }
        let pieces = max(1, (gap.count + windowWords / 2) / windowWords)
        for piece in 0..<pieces {
            let start = gap.lowerBound + gap.count * piece / pieces
            let end = gap.lowerBound + gap.count * (piece + 1) / pieces
            if end > start { passages.append(Passage(words: start..<end)) }
        }
    }

    /// Appends `range`, cut into windows when it is longer than `longestPassage`.
    private static func appendCapped(_ range: Range<Int>, to passages: inout [Passage]) {
        if range.count <= longestPassage {
            passages.append(Passage(words: range))
        } else {
            let pieces = (range.count + longestPassage / 2) / (longestPassage / 2)
            for piece in 0..<pieces {
                let start = range.lowerBound + range.count * piece / pieces
                let end = range.lowerBound + range.count * (piece + 1) / pieces
                if end > start { passages.append(Passage(words: start..<end)) }
            }
        }
    }

    @inline(__always)
    static func tripleHash(_ words: [NormalizedWord], _ index: Int) -> UInt64 {
        NormalizedWordScanner.combine(NormalizedWordScanner.combine(words[index].hash, words[index + 1].hash), words[index + 2].hash)
    }

    private static func containsLineBreak(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where text[index] == 0x0A { return true }
        return false
    }

    private static func containsSpace(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.contains { text[$0] == 0x20 || text[$0] == 0x0A || text[$0] == 0x09 || text[$0] == 0x0D }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

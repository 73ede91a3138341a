/// Word-level differences between two matched passages, and what they did to quotations.
///
/// Words compare by their normalised hash (case and punctuation aside). The longest common
/// subsequence gives the `same` runs; what lies between them is `removed`, `added` or, when both
/// sides have words there, `changed`.
enum WordDiffer {
    /// A passage's words and where the passage sits, for one side.
    struct Side {
        var words: ArraySlice<NormalizedWord>
        /// Byte offset an empty range takes when the side has no word before it.
        var start: Int
    }

    /// Runs covering both passages in reading order.
    static func differences(left: Side, right: Side) -> [WordDifference] {
        let a = Array(left.words), b = Array(right.words)
        let n = a.count, m = b.count
        // LCS lengths, suffix form: table[i][j] = LCS of a[i...] and b[j...].
        var table = [UInt16](repeating: 0, count: (n + 1) * (m + 1))
        let width = m + 1
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * width + j] = a[i].hash == b[j].hash
                        ? table[(i + 1) * width + j + 1] + 1
                        : max(table[(i + 1) * width + j], table[i * width + j + 1])
                }
            }
        }
        var runs: [WordDifference] = []
        var i = 0, j = 0
        var pendingLeft: Range<Int>? = nil, pendingRight: Range<Int>? = nil
        var lastLeftEnd = left.start, lastRightEnd = right.start

        func flushPending() {
            guard pendingLeft != nil || pendingRight != nil else { return }
            let leftRange = pendingLeft.map { a[$0.lowerBound].range.lowerBound..<a[$0.upperBound - 1].range.upperBound }
                ?? (lastLeftEnd..<lastLeftEnd)
            let rightRange = pendingRight.map { b[$0.lowerBound].range.lowerBound..<b[$0.upperBound - 1].range.upperBound }
                ?? (lastRightEnd..<lastRightEnd)
            let kind: WordDifference.Kind = pendingLeft == nil ? .added : pendingRight == nil ? .removed : .changed
            var quoted = (pendingLeft.map { a[$0].contains { $0.isQuoted } } ?? false)
                || (pendingRight.map { b[$0].contains { $0.isQuoted } } ?? false)
            // An empty side sits inside a quotation when the words around that point are quoted.
            if pendingLeft == nil { quoted = quoted || surroundedByQuote(a, at: i) }
            if pendingRight == nil { quoted = quoted || surroundedByQuote(b, at: j) }
            runs.append(WordDifference(kind: kind, left: leftRange, right: rightRange, inQuotation: quoted))
            if let range = pendingLeft { lastLeftEnd = a[range.upperBound - 1].range.upperBound }
            if let range = pendingRight { lastRightEnd = b[range.upperBound - 1].range.upperBound }
            pendingLeft = nil
            pendingRight = nil
        }

        while i < n || j < m {
            if i < n, j < m, a[i].hash == b[j].hash {
                flushPending()
                let quoted = a[i].isQuoted || b[j].isQuoted
                if let last = runs.last, last.kind == .same, last.inQuotation == quoted,
                   last.left.upperBound <= a[i].range.lowerBound, i > 0, j > 0,
                   a[i - 1].range.upperBound == last.left.upperBound, b[j - 1].range.upperBound == last.right.upperBound {
                    runs[runs.count - 1].left = last.left.lowerBound..<a[i].range.upperBound
                    runs[runs.count - 1].right = last.right.lowerBound..<b[j].range.upperBound
                } else {
                    runs.append(WordDifference(kind: .same, left: a[i].range, right: b[j].range, inQuotation: quoted))
                }
                lastLeftEnd = a[i].range.upperBound
                lastRightEnd = b[j].range.upperBound
                i += 1
                j += 1
            } else if j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                pendingLeft = (pendingLeft?.lowerBound ?? i)..<(i + 1)
                i += 1
            } else {
                pendingRight = (pendingRight?.lowerBound ?? j)..<(j + 1)
                j += 1
            }
        }
        flushPending()
        return runs
    }

    /// True when a capitalised content word of `words` lies inside `range`.
    private static func holdsName(_ words: ArraySlice<NormalizedWord>, in range: Range<Int>) -> Bool {
        words.contains { word in
            word.isCapitalised && StoryTextScan.isContentWord(word)
                && range.lowerBound <= word.range.lowerBound && word.range.upperBound <= range.upperBound
        }
    }

    /// True when the words on both sides of position `index` (between words) are quoted.
    private static func surroundedByQuote(_ words: [NormalizedWord], at index: Int) -> Bool {
        let before = index > 0 ? words[index - 1].isQuoted : false
        let after = index < words.count ? words[index].isQuoted : false
        return before && (after || index == words.count)
    }

    /// Quotation changes read off the runs of one matched pair.
    ///
    /// - a removed (added) quoted run at the end or start of the shared quotation, next to a `same`
    ///   run: the right (left) account cut the quotation short;
    /// - a changed run inside a quotation: reworded;
    /// - a changed run outside quotations, in a pair that shares quoted words, where either side's
    ///   one capitalised name replaces another: the quotation is given to another speaker.
    static func quoteChanges(
        _ runs: [WordDifference], leftWords: ArraySlice<NormalizedWord>, rightWords: ArraySlice<NormalizedWord>
    ) -> [QuoteChange] {
        var changes: [QuoteChange] = []
        let sharesQuote = runs.contains { $0.kind == .same && $0.inQuotation }
        for (index, run) in runs.enumerated() {
            let previousSame = index > 0 && runs[index - 1].kind == .same
            let nextSame = index + 1 < runs.count && runs[index + 1].kind == .same
            switch run.kind {
            case .removed, .added:
                guard run.inQuotation, sharesQuote else { continue }
                let words = run.kind == .removed ? leftWords : rightWords
                let range = run.kind == .removed ? run.left : run.right
                let inside = words.filter { range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= range.upperBound }
                let after = words.first { $0.range.lowerBound >= range.upperBound }
                let before = words.last { $0.range.upperBound <= range.lowerBound }
                let endsQuote = previousSame && (index == runs.count - 1 || after.map { !$0.isQuoted } ?? true)
                let startsQuote = nextSame && (index == 0 || before.map { !$0.isQuoted } ?? true)
                if (endsQuote || startsQuote) && inside.contains(where: \.isQuoted) {
                    changes.append(QuoteChange(kind: .cutShort, shorterSide: run.kind == .removed ? .right : .left, differenceIndex: index))
                }
            case .changed:
                if run.inQuotation {
                    changes.append(QuoteChange(kind: .reworded, differenceIndex: index))
                } else if sharesQuote {
                    if holdsName(leftWords, in: run.left) && holdsName(rightWords, in: run.right) { changes.append(QuoteChange(kind: .otherSpeaker, differenceIndex: index)) }
                }
            case .same:
                continue
            }
        }
        return changes
    }
}

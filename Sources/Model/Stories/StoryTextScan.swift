/// What story grouping reads from one article: its words (headline first), scanned once.
///
/// The headline is the `titleRange` of the text, or the `title` string when the text does not hold
/// it; boilerplate paragraphs are left out. Whether each word carries meaning is decided once here.
struct StoryTextScan {
    /// Words of the headline.
    var titleWords: [NormalizedWord]
    /// Words of the article proper.
    var bodyWords: [NormalizedWord]
    /// Per headline word: true when it is a content word (`isContentWord`).
    var titleContent: [Bool]
    /// Per body word: true when it is a content word.
    var bodyContent: [Bool]

    /// The share of capitalised words above which an account counts as keeping its case.
    static let casedShare = 0.03

    init(_ article: Article) {
        if let titleRange = article.titleRange {
            titleWords = NormalizedWordScanner.words(in: article.text, ranges: [titleRange])
        } else if let title = article.title {
            titleWords = NormalizedWordScanner.words(in: title)
        } else {
            titleWords = []
        }
        bodyWords = NormalizedWordScanner.words(in: article.text, ranges: article.articleParagraphs)
        let stopWords = StopWords.table
        titleContent = titleWords.map { $0.range.count > 1 && !stopWords.contains($0.hash) }
        bodyContent = bodyWords.map { $0.range.count > 1 && !stopWords.contains($0.hash) }
    }

    /// True when the account keeps capital letters (it was not lower-cased).
    var isCased: Bool {
        let all = bodyWords.count + titleWords.count
        guard all > 0 else { return false }
        var capitals = 0
        for word in titleWords where word.isCapitalised { capitals += 1 }
        for word in bodyWords where word.isCapitalised { capitals += 1 }
        return Double(capitals) / Double(all) > Self.casedShare
    }

    /// True when a word carries meaning for grouping: not a stop word, not a lone letter.
    @inline(__always)
    static func isContentWord(_ word: NormalizedWord) -> Bool {
        word.range.count > 1 && !StopWords.contains(word)
    }

    /// Hashes of adjacent capitalised content-word pairs ("Rex Tillerson"): likely names.
    func nameBigrams() -> [UInt64] {
        var result: [UInt64] = []
        for (words, content) in [(titleWords, titleContent), (bodyWords, bodyContent)] where words.count > 1 {
            for index in 1..<words.count {
                let first = words[index - 1], second = words[index]
                guard first.isCapitalised, second.isCapitalised, second.followsSpaceOnly,
                      content[index - 1], content[index] else { continue }
                result.append(NormalizedWordScanner.combine(first.hash, second.hash))
            }
        }
        return result
    }

    /// Hashes of every run of `length` consecutive body words inside quotation marks.
    func quotedShingles(length: Int) -> [UInt64] {
        var result: [UInt64] = []
        var run = 0
        for (index, word) in bodyWords.enumerated() {
            run = word.isQuoted ? run + 1 : 0
            if run >= length, let hash = shingle(endingAt: index, length: length) { result.append(hash) }
        }
        return result
    }

    /// Hashes of every run of `length` consecutive body words, quoted or not, in text order.
    func allShingles(length: Int, into result: inout [UInt64]) {
        guard bodyWords.count >= length else { return }
        for end in (length - 1)..<bodyWords.count {
            if let hash = shingle(endingAt: end, length: length) { result.append(hash) }
        }
    }

    /// Content words a shingle needs: "i don t think" is said about every event.
    static let shingleContentWords = 2

    /// Hash of the `length` body words ending at `index`, or nil when too few of them are content words.
    @inline(__always)
    func shingle(endingAt index: Int, length: Int) -> UInt64? {
        var hash: UInt64 = 0x51_7c_c1_b7_27_22_0a_95
        var content = 0
        for position in (index - length + 1)...index {
            hash = NormalizedWordScanner.combine(hash, bodyWords[position].hash)
            if bodyContent[position] { content += 1 }
        }
        return content >= Self.shingleContentWords ? hash : nil
    }
}

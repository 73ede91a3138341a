import Foundation

/// Finds the site furniture in an article: prompts, headline lists, bylines of other stories,
/// author bios, share and copyright lines — whole paragraphs, and runs inside a paragraph when
/// the text has lost its line breaks.
///
/// Cues, all general: furniture vocabulary and its density, repeated lines, separator lines,
/// runs of headline + teaser + byline, position (short unrelated lines between or after
/// furniture), and lexical cohesion — furniture shares few content words with the article.
public enum BoilerplateDetector {
    /// Texts larger than this are not analysed (no page of furniture is that long).
    static let maximumTextSize = 8 * 1024 * 1024

    /// One paragraph and what was measured on it.
    struct Paragraph {
        var range: Range<Int>
        var words: [WordScanner.Word]
        var hits: [FurnitureVocabulary.Hit]
        /// The paragraph's distinct content words, as indices into the article's `ContentVocabulary`,
        /// in order of first use.
        var contentKeys: [Int32]
        var strongHits: Int { hits.filter(\.strong).count }
        var weakHits: Int { hits.count - strongHits }
    }

    /// Article paragraphs needed before a paragraph's few shared words say it is off the subject.
    static let paragraphsForCohesion = 5

    /// True when `bytes` hold a double quotation mark (straight, curly, guillemet or low-9).
    static func holdsQuotationMark(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x22 { return true }
            // “ ” „ are E2 80 9C, 9D, 9E; « » are C2 AB, BB.
            if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, (0x9C...0x9E).contains(bytes[index + 2]) { return true }
            if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return true }
            index += 1
        }
        return false
    }

    /// Spans of `article` judged not to be the article, in text order.
    public static func detect(in article: Article) -> [Range<Int>] {
        var text = article.text
        return text.withUTF8 { detect(in: article, bytes: $0) }
    }

    /// `detect(in:)` over the text's bytes.
    static func detect(in article: Article, bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard bytes.count <= maximumTextSize else { return [] }
        var vocabulary = ContentVocabulary()
        let paragraphs = article.paragraphs.filter { !$0.isEmpty }.map { range -> Paragraph in
            let words = WordScanner.words(bytes, in: range)
            return Paragraph(
                range: range, words: words, hits: FurnitureVocabulary.hits(in: words),
                contentKeys: vocabulary.distinctContentKeys(of: words))
        }
        guard !paragraphs.isEmpty else { return [] }
        let titleKeys = article.titleRange.map { vocabulary.distinctContentKeys(of: WordScanner.words(bytes, in: $0)) } ?? []
        var flagged = [Bool](repeating: false, count: paragraphs.count)
        let text = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

        // Separators, repeated lines, bylines, author bios.
        // Only lines under 60 words are compared.
        let lineKeys = paragraphs.map { paragraph -> UInt64 in
            guard paragraph.words.count < 60 else { return 0 }
            var key = WordHash.offset
            for word in paragraph.words { key = NormalizedWordScanner.combine(key, word.key) }
            return key
        }
        var seen: [UInt64: Int] = [:]
        seen.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() where paragraph.words.count < 60 && !paragraph.words.isEmpty {
            seen[lineKeys[index], default: 0] += 1
        }
        let bylines = paragraphs.map(isByline)
        for (index, paragraph) in paragraphs.enumerated() {
            if paragraph.words.isEmpty { flagged[index] = true; continue }
            if paragraph.words.count < 60, seen[lineKeys[index], default: 0] > 1 { flagged[index] = true }
            if bylines[index] { flagged[index] = true }
            if paragraph.words.count <= 150,
               isAuthorBio({ text(paragraph.range) }, bytes: UnsafeBufferPointer(rebasing: bytes[paragraph.range]),
                           words: paragraph.words, late: index * 2 >= paragraphs.count)
            {
                flagged[index] = true
            }
        }
        // Headline + teaser + byline groups: the lines before a byline, back to a separator.
        if bylines.filter({ $0 }).count >= 2 {
            for index in paragraphs.indices where bylines[index] {
                var previous = index - 1
                while previous >= 0, index - previous <= 3, !paragraphs[previous].words.isEmpty, !bylines[previous],
                    paragraphs[previous].words.count <= 50
                {
                    flagged[previous] = true
                    previous -= 1
                }
            }
        }
        // Prompts: furniture vocabulary in a short line that shares little with the article.
        var cohesion = Cohesion(paragraphs: paragraphs, flagged: flagged, titleKeys: titleKeys, vocabularySize: vocabulary.count)
        for (index, paragraph) in paragraphs.enumerated() where !flagged[index] {
            let count = paragraph.words.count
            let dense = paragraph.strongHits * 2 + paragraph.weakHits >= max(2, count / 4)
            if dense || (paragraph.strongHits >= 1 && count <= 30 && cohesion.score(index) < 0.5) { flagged[index] = true }
        }
        // Short unrelated lines sandwiched between furniture, or trailing after it.
        for _ in 0..<3 {
            cohesion = Cohesion(paragraphs: paragraphs, flagged: flagged, titleKeys: titleKeys, vocabularySize: vocabulary.count)
            var changed = false
            for index in paragraphs.indices where !flagged[index] && paragraphs[index].words.count <= 40 {
                let before = index > 0 && flagged[index - 1]
                let after = index + 1 < paragraphs.count && flagged[index + 1]
                if before && (after || index == paragraphs.count - 1), cohesion.score(index) < 0.2 {
                    flagged[index] = true
                    changed = true
                }
            }
            if !changed { break }
        }
        // Short lines trailing after furniture that share little with the article are furniture
        // too — judged only where the article has paragraphs enough for sharing to mean something,
        // and never across a quotation (speech belongs to the article).
        var tail = paragraphs.count - 1
        var tailHasFurniture = false
        let judgeCohesion = flagged.lazy.filter { !$0 }.count >= Self.paragraphsForCohesion
        while tail > 0, flagged[tail]
            || (judgeCohesion && paragraphs[tail].words.count <= 30 && cohesion.score(tail) < 0.3
                && !Self.holdsQuotationMark(bytes[paragraphs[tail].range]))
        {
            tailHasFurniture = tailHasFurniture || flagged[tail]
            tail -= 1
        }
        if tailHasFurniture, flagged.contains(false) {
            for index in (tail + 1)..<paragraphs.count { flagged[index] = true }
        }

        var spans: [Range<Int>] = []
        cohesion = Cohesion(paragraphs: paragraphs, flagged: flagged, titleKeys: titleKeys, vocabularySize: vocabulary.count)
        for (index, paragraph) in paragraphs.enumerated() {
            if flagged[index] {
                spans.append(paragraph.range)
                continue
            }
            guard paragraph.words.count >= 30 else { continue }
            if let lead = leadingRun(paragraph, index: index, cohesion: cohesion, vocabulary: vocabulary) { spans.append(lead) }
            if let trail = trailingRun(paragraph) { spans.append(trail) }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A short line "By Name …" or naming a person with "Published"/"Updated".
    static func isByline(_ paragraph: Paragraph) -> Bool {
        let words = paragraph.words
        guard words.count >= 2, words.count <= 14 else { return false }
        if words[0].key == Keys.by, words[1].capitalised { return true }
        let published = Keys.published, updated = Keys.updated
        let stamped = words.contains { $0.key == published || $0.key == updated }
        return stamped && words.first?.capitalised == true && words.filter(\.capitalised).count >= 2
            && words.count <= 10
    }

    static let followPattern = try! NSRegularExpression(
        pattern: #"\b(?:[Ff]ollow (?:her|him|them|me) (?:on|at)\b|(?:work|writing|reporting|articles?) (?:has|have) (?:also )?appeared in\b)"#)
    static let rolePattern = try! NSRegularExpression(
        pattern: #"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3} (?:is|was|has been|serves as) (?:a|an|the)\b[^.]{0,80}?\b(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|critic|author)s?\b"#)

    /// Words from the start of a paragraph within which the role pattern's verb must fall (its name
    /// part is at most four tokens, each of which may split into a few words at dots and hyphens).
    static let roleCueWindow = 16

    /// True for an author biography: "X is a staff writer …" late in the text, or "Follow her on …".
    static func isAuthorBio(_ makeText: () -> String, bytes: UnsafeBufferPointer<UInt8>, words: [WordScanner.Word], late: Bool) -> Bool {
        // Cheap word checks first: the text is built and the regular expressions run only where a cue word occurs.
        let follow = Keys.follow, appeared = Keys.appeared
        let mayFollow = words.contains { $0.key == follow || $0.key == appeared }
            && BioPhrases.mayMatchFollow(bytes)
        // The role pattern starts the paragraph with a few capitalised words, then "is/was/has been/serves".
        let mayBeRole = late && words.first?.capitalised == true
            && words.prefix(roleCueWindow).contains { Keys.roleVerbs.contains($0.key) }
            && words.contains { Keys.roles.contains($0.key) }
            && BioPhrases.mayMatchRole(bytes)
        guard mayFollow || mayBeRole else { return false }
        let text = makeText()
        let range = NSRange(text.startIndex..., in: text)
        if mayFollow, followPattern.firstMatch(in: text, range: range) != nil { return true }
        return mayBeRole && rolePattern.firstMatch(in: text, range: range) != nil
    }

    /// Furniture at the start of a long paragraph: a prompt ("sign in", "subscribe") and the run
    /// of unrelated headlines after it, up to where the words start recurring in the article.
    static func leadingRun(_ paragraph: Paragraph, index paragraphIndex: Int, cohesion: Cohesion, vocabulary: ContentVocabulary) -> Range<Int>? {
        let words = paragraph.words
        guard let first = paragraph.hits.first, first.strong, first.wordRange.lowerBound <= 2 else { return nil }
        var end = first.wordRange.upperBound
        for hit in paragraph.hits.dropFirst() where hit.wordRange.lowerBound <= end + 2 { end = hit.wordRange.upperBound }
        var lastIndex: [UInt64: Int] = [:]
        for (index, word) in words.enumerated() { lastIndex[word.key] = index }
        // Only content words are asked about; they all have a vocabulary index.
        func recurs(_ index: Int) -> Bool {
            let key = words[index].key
            if (lastIndex[key] ?? 0) > index + 30 { return true }
            guard let id = vocabulary.index(of: key) else { return false }
            return cohesion.countOutside(id, paragraph: paragraphIndex) > 0
        }
        let limit = min(words.count - 10, end + 120)
        var stop: Int?
        var index = end
        while index < limit {
            if WordScanner.isContent(words[index]), recurs(index) {
                var window: [Int] = []
                var next = index
                while window.count < 8, next < words.count {
                    if WordScanner.isContent(words[next]) { window.append(next) }
                    next += 1
                }
                if window.count >= 4, window.filter(recurs).count * 8 >= window.count * 5 {
                    stop = index
                    break
                }
            }
            index += 1
        }
        let runEnd = stop ?? end
        guard runEnd < words.count else { return nil }
        return paragraph.range.lowerBound..<words[runEnd - 1].range.upperBound
    }

    /// Furniture closing a long paragraph: from a strong cue (copyright, terms, sign-up) to the
    /// end, with cues no more than 12 words apart.
    static func trailingRun(_ paragraph: Paragraph) -> Range<Int>? {
        let words = paragraph.words
        let hits = paragraph.hits
        guard let lastHit = hits.last, words.count - lastHit.wordRange.upperBound <= 12 else { return nil }
        var startHit = hits.count - 1
        while startHit > 0, hits[startHit].wordRange.lowerBound - hits[startHit - 1].wordRange.upperBound <= 12 {
            startHit -= 1
        }
        while startHit < hits.count, !hits[startHit].strong { startHit += 1 }
        guard startHit < hits.count else { return nil }
        let run = hits[startHit...]
        let startWord = run.first!.wordRange.lowerBound
        let strong = run.filter(\.strong).count
        guard strong >= 2, startWord > 0, startWord >= words.count / 2 || words.count - startWord <= 60 else { return nil }
        return words[startWord].range.lowerBound..<paragraph.range.upperBound
    }
}

/// Names the distinct content words of one article with dense indices.
///
/// Every word of three or more bytes goes into one table, stop words too, so a word costs one probe:
/// whether a key is a stop word is looked up once, when the key is first seen.
struct ContentVocabulary {
    private var table = HashKeyTable(capacity: 512)
    /// Per table entry: its content-word index, or -1 for a stop word.
    private var contentIndex: [Int32] = []
    /// Per content-word index: the number of the last `distinctContentKeys` call that listed it, so
    /// repeats are dropped without sorting them.
    private var lastListing: [Int32] = []
    private var listings: Int32 = 0

    /// Number of distinct content words seen.
    var count: Int { lastListing.count }

    /// The index of a content word's key, or nil when no content word had that key.
    func index(of key: UInt64) -> Int? {
        guard let entry = table.index(of: key), contentIndex[entry] >= 0 else { return nil }
        return Int(contentIndex[entry])
    }

    /// Indices of the distinct content words among `words`, in order of first use.
    mutating func distinctContentKeys(of words: [WordScanner.Word]) -> [Int32] {
        var unique: [Int32] = []
        unique.reserveCapacity(words.count)
        listings += 1
        for word in words where word.length >= 3 {
            let entry = table.insert(word.key)
            if entry.inserted {
                if WordScanner.stopwordKeys.contains(word.key) {
                    contentIndex.append(-1)
                } else {
                    contentIndex.append(Int32(lastListing.count))
                    lastListing.append(0)
                }
            }
            let index = contentIndex[entry.index]
            guard index >= 0 else { continue }
            if lastListing[Int(index)] != listings {
                lastListing[Int(index)] = listings
                unique.append(index)
            }
        }
        return unique
    }
}

/// How many content words a paragraph shares with the rest of the article (furniture excluded).
struct Cohesion {
    /// Per vocabulary index: article paragraphs (and the headline) holding the word.
    private var counts: [Int32]
    private let paragraphs: [BoilerplateDetector.Paragraph]
    private let flagged: [Bool]

    init(paragraphs: [BoilerplateDetector.Paragraph], flagged: [Bool], titleKeys: [Int32], vocabularySize: Int) {
        self.paragraphs = paragraphs
        self.flagged = flagged
        counts = [Int32](repeating: 0, count: vocabularySize)
        for key in titleKeys { counts[Int(key)] += 1 }
        for (index, paragraph) in paragraphs.enumerated() where !flagged[index] {
            for key in paragraph.contentKeys { counts[Int(key)] += 1 }
        }
    }

    /// The share of paragraph `index`'s content words found in other article paragraphs (0.5 when it has none).
    func score(_ index: Int) -> Double {
        let keys = paragraphs[index].contentKeys
        guard !keys.isEmpty else { return 0.5 }
        let own: Int32 = flagged[index] ? 0 : 1
        var shared = 0
        for key in keys where counts[Int(key)] - own > 0 { shared += 1 }
        return Double(shared) / Double(keys.count)
    }

    /// Article paragraphs other than `paragraph` (and the headline) holding content word `key`.
    func countOutside(_ key: Int, paragraph: Int) -> Int32 {
        let own: Int32 = !flagged[paragraph] && paragraphs[paragraph].contentKeys.contains(Int32(key)) ? 1 : 0
        return counts[key] - own
    }
}

/// Keys of the words the detector's rules name.
private enum Keys {
    static let by = WordHash.of("by")
    static let published = WordHash.of("published")
    static let updated = WordHash.of("updated")
    static let follow = WordHash.of("follow")
    static let appeared = WordHash.of("appeared")
    /// The verbs of the author-bio pattern: is, was, (has) been, serves.
    static let roleVerbs = HashKeyTable(["is", "was", "been", "serves"].map(WordHash.of))
    /// The role words of the author-bio pattern, with their plural and possessive forms.
    static let roles = HashKeyTable(
        ["editor", "writer", "reporter", "correspondent", "columnist", "contributor", "journalist", "producer", "critic", "author"]
            .flatMap { [WordHash.of($0), WordHash.of($0 + "s"), WordHash.of($0 + "'s")] })
}

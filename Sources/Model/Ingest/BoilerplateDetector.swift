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
        let measured = MeasuredArticle(bytes: bytes, paragraphs: article.paragraphs, title: article.titleRange)
        let paragraphs = measured.paragraphs
        guard !paragraphs.isEmpty else { return [] }
        var flagged = [Bool](repeating: false, count: paragraphs.count)

        // Separators, repeated lines, bylines, author bios.
        // Only lines under 60 words are compared.
        let repeated = measured.repeatedShortLines()
        let bylines = paragraphs.map { isByline(measured.words(of: $0), traits: $0.traits) }
        for (index, paragraph) in paragraphs.enumerated() {
            if paragraph.words.isEmpty { flagged[index] = true; continue }
            if repeated[index] { flagged[index] = true }
            if bylines[index] { flagged[index] = true }
            if paragraph.words.count <= 150,
               isAuthorBio(
                   bytes: UnsafeBufferPointer(rebasing: bytes[paragraph.range]), start: paragraph.range.lowerBound,
                   words: measured.words(of: paragraph),
                   traits: paragraph.traits, late: index * 2 >= paragraphs.count)
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
        var cohesion = Cohesion(measured, flagged: flagged)
        for (index, paragraph) in paragraphs.enumerated() where !flagged[index] {
            let count = paragraph.words.count
            let dense = paragraph.strongHits * 2 + paragraph.weakHits >= max(2, count / 4)
            if dense || (paragraph.strongHits >= 1 && count <= 30 && cohesion.score(index, in: measured) < 0.5) { flagged[index] = true }
        }
        // Short unrelated lines sandwiched between furniture, or trailing after it.
        for _ in 0..<3 {
            cohesion.update(measured, flagged: flagged)
            var changed = false
            for index in paragraphs.indices where !flagged[index] && paragraphs[index].words.count <= 40 {
                let before = index > 0 && flagged[index - 1]
                let after = index + 1 < paragraphs.count && flagged[index + 1]
                if before && (after || index == paragraphs.count - 1), cohesion.score(index, in: measured) < 0.2 {
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
            || (judgeCohesion && paragraphs[tail].words.count <= 30 && cohesion.score(tail, in: measured) < 0.3
                && !Self.holdsQuotationMark(bytes[paragraphs[tail].range]))
        {
            tailHasFurniture = tailHasFurniture || flagged[tail]
            tail -= 1
        }
        if tailHasFurniture, flagged.contains(false) {
            for index in (tail + 1)..<paragraphs.count { flagged[index] = true }
        }

        var spans: [Range<Int>] = []
        cohesion.update(measured, flagged: flagged)
        for (index, paragraph) in paragraphs.enumerated() {
            if flagged[index] {
                spans.append(paragraph.range)
                continue
            }
            guard paragraph.words.count >= 30 else { continue }
            if let lead = leadingRun(paragraph, index: index, in: measured, cohesion: cohesion) { spans.append(lead) }
            if let trail = trailingRun(paragraph, in: measured) { spans.append(trail) }
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A short line "By Name …" or naming a person with "Published"/"Updated"; `traits` are its words'.
    static func isByline(_ words: ArraySlice<WordScanner.Word>, traits: WordTraits) -> Bool {
        guard words.count >= 2, words.count <= 14 else { return false }
        let first = words[words.startIndex]
        if first.key == RuleWords.by, words[words.startIndex + 1].capitalised { return true }
        return traits.contains(.bylineStamp) && first.capitalised && words.lazy.filter(\.capitalised).count >= 2
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
    /// `bytes` and `words` are the paragraph's (at least one word), `start` the text offset where
    /// `bytes` begin, `traits` its words'.
    static func isAuthorBio(
        bytes: UnsafeBufferPointer<UInt8>, start: Int, words: ArraySlice<WordScanner.Word>, traits: WordTraits, late: Bool
    ) -> Bool {
        // Cheap word checks first: the text is built and the regular expressions run only where a cue word occurs.
        let mayFollow = traits.contains(.followCue) && BioPhrases.mayMatchFollow(bytes, words: words, start: start)
        // The role pattern starts the paragraph with a few capitalised words, then "is/was/has been/serves".
        let mayBeRole = late && words[words.startIndex].capitalised && traits.contains(.role)
            && words.prefix(roleCueWindow).contains { WordTraits.of($0.key).contains(.roleVerb) }
            && BioPhrases.mayMatchRole(bytes)
        guard mayFollow || mayBeRole else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        let range = NSRange(text.startIndex..., in: text)
        if mayFollow, followPattern.firstMatch(in: text, range: range) != nil { return true }
        return mayBeRole && rolePattern.firstMatch(in: text, range: range) != nil
    }

    /// Furniture at the start of a long paragraph: a prompt ("sign in", "subscribe") and the run
    /// of unrelated headlines after it, up to where the words start recurring in the article.
    /// Word positions here are positions in the article's word list.
    static func leadingRun(
        _ paragraph: MeasuredArticle.Paragraph, index paragraphIndex: Int, in article: MeasuredArticle, cohesion: Cohesion
    ) -> Range<Int>? {
        let words = article.words(of: paragraph)
        let hits = article.hits(of: paragraph)
        guard let first = hits.first, first.strong, first.wordRange.lowerBound - words.startIndex <= 2 else { return nil }
        var end = first.wordRange.upperBound
        for hit in hits.dropFirst() where hit.wordRange.lowerBound <= end + 2 { end = hit.wordRange.upperBound }
        var lastIndex: [UInt64: Int] = [:]
        for index in words.indices { lastIndex[words[index].key] = index }
        // Only content words are asked about; they all have a vocabulary index.
        func recurs(_ index: Int) -> Bool {
            let key = words[index].key
            if (lastIndex[key] ?? 0) > index + 30 { return true }
            guard let id = article.vocabulary.index(of: key) else { return false }
            return cohesion.countOutside(id, paragraph: paragraphIndex, in: article) > 0
        }
        let limit = min(words.endIndex - 10, end + 120)
        var stop: Int?
        var index = end
        while index < limit {
            if WordScanner.isContent(words[index]), recurs(index) {
                var window: [Int] = []
                var next = index
                while window.count < 8, next < words.endIndex {
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
        guard runEnd < words.endIndex else { return nil }
        return paragraph.range.lowerBound..<words[runEnd - 1].range.upperBound
    }

    /// Furniture closing a long paragraph: from a strong cue (copyright, terms, sign-up) to the
    /// end, with cues no more than 12 words apart.
    static func trailingRun(_ paragraph: MeasuredArticle.Paragraph, in article: MeasuredArticle) -> Range<Int>? {
        let words = article.words(of: paragraph)
        let hits = article.hits(of: paragraph)
        guard let lastHit = hits.last, words.endIndex - lastHit.wordRange.upperBound <= 12 else { return nil }
        var startHit = hits.endIndex - 1
        while startHit > hits.startIndex, hits[startHit].wordRange.lowerBound - hits[startHit - 1].wordRange.upperBound <= 12 {
            startHit -= 1
        }
        while startHit < hits.endIndex, !hits[startHit].strong { startHit += 1 }
        guard startHit < hits.endIndex else { return nil }
        let run = hits[startHit...]
        let startWord = run.first!.wordRange.lowerBound
        let strong = run.filter(\.strong).count
        let wordsBefore = startWord - words.startIndex, wordsFrom = words.endIndex - startWord
        guard strong >= 2, wordsBefore > 0, wordsBefore >= words.count / 2 || wordsFrom <= 60 else { return nil }
        return words[startWord].range.lowerBound..<paragraph.range.upperBound
    }
}

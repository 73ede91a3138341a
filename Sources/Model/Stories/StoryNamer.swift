import Foundation

/// Turns merged groups into `Story` values with stable, readable ids.
///
/// An id is a slug of the story's three most distinctive terms (shared by its members when it has
/// several) and 8 hex digits of a hash of its members' ids: `farenthold-resigns-texas-1c9e04ab`.
/// The same members always give the same id.
struct StoryNamer {
    let features: StoryFeatures
    let articles: [Article]

    /// Terms in a slug.
    static let slugTerms = 3

    func stories(fromRoots roots: [Int]) -> StoryGrouping {
        var storyOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        var storyIndexOfArticle: [Int] = []
        storyIndexOfArticle.reserveCapacity(roots.count)
        for (article, root) in roots.enumerated() {
            if let story = storyOfRoot[root] {
                members[story].append(article)
                storyIndexOfArticle.append(story)
            } else {
                storyOfRoot[root] = members.count
                storyIndexOfArticle.append(members.count)
                members.append([article])
            }
        }
        var used = Set<String>()
        let stories = members.map { group -> Story in
            let terms = keyTerms(of: group)
            var id = slug(terms) + Self.hexHash(group.map { articles[$0].id }.sorted())
            if used.contains(id) {
                var suffix = 2
                while used.contains(id + "-\(suffix)") { suffix += 1 }
                id += "-\(suffix)"
            }
            used.insert(id)
            return Story(id: id, articleIndices: group, keyTerms: terms)
        }
        return StoryGrouping(stories: stories, storyIndexOfArticle: storyIndexOfArticle)
    }

    /// The story's most distinctive terms, as case-folded text, best first.
    ///
    /// The 24 weightiest terms held by two members (by one, for a story of one article) are read
    /// in order of weight, ties by their text; each is kept unless a term kept before contains it
    /// or is contained in it, up to six. Ties are ordered only when reached, so only the terms
    /// read are turned into text.
    func keyTerms(of group: [Int]) -> [String] {
        var tally = TermTally(capacity: group.reduce(0) { $0 + features.vectors[$1].count })
        for article in group {
            for entry in features.vectors[article] { tally.add(entry.term, weight: entry.weight) }
        }
        // Ties break on the words themselves, so that input order does not change the id.
        let ranked = tally.terms(heldByAtLeast: group.count > 1 ? 2 : 1)
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.term < $1.term }
            .prefix(24)
        var result: [String] = []
        var start = ranked.startIndex
        while start < ranked.endIndex {
            // The run of terms of equal weight, in order of their text.
            var end = start + 1
            while end < ranked.endIndex, ranked[end].total == ranked[start].total { end += 1 }
            let texts = ranked[start..<end].map { surface(of: $0.term) }
            for text in end - start == 1 ? texts : texts.sorted() {
                // A name pair already carries its words; skip terms a chosen one already contains.
                if text.isEmpty || result.contains(where: { Self.holds($0, text) || Self.holds(text, $0) }) { continue }
                result.append(text)
                if result.count == 6 { return result }
            }
            start = end
        }
        return result
    }

    /// True when `part`'s bytes occur in `whole` (a plain byte search; terms are short).
    static func holds(_ whole: String, _ part: String) -> Bool {
        let whole = Array(whole.utf8), part = Array(part.utf8)
        guard part.count <= whole.count else { return false }
        if part.isEmpty { return true }
        for start in 0...(whole.count - part.count) where whole[start] == part[0] {
            if whole[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }

    /// The case-folded words of a term as first seen.
    func surface(of term: UInt32) -> String {
        let sighting = features.firstSeen[Int(term)]
        let article = articles[Int(sighting.article)]
        let source = sighting.inTitleString ? (article.title ?? "") : article.text
        let words = NormalizedWordScanner.words(in: source, ranges: [sighting.range])
        let utf8 = source.utf8
        return words.map { word in
            let start = utf8.index(utf8.startIndex, offsetBy: word.range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: word.range.upperBound)
            return String(source[start..<end]).lowercased()
        }.joined(separator: " ")
    }

    /// The first `slugTerms` terms as a lower-case ASCII slug ending in a dash, or "" when none fit.
    func slug(_ terms: [String]) -> String {
        var parts: [String] = []
        for term in terms {
            // Accents folded first, so "lefèvre" gives "lefevre", not "lef-vre". Terms are
            // lower-cased already, so plain ASCII has nothing to fold.
            let folded = term.utf8.allSatisfy { $0 < 0x80 } ? term
                : term.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let ascii = folded.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)))
                    ? Character(scalar) : "-"
            }
            let cleaned = String(ascii).split(separator: "-").joined(separator: "-")
            if !cleaned.isEmpty { parts.append(cleaned) }
            if parts.count == Self.slugTerms { break }
        }
        return parts.isEmpty ? "story-" : parts.joined(separator: "-") + "-"
    }

    /// 8 hex digits of an FNV-1a hash of the member ids, in the order given.
    static func hexHash(_ ids: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for id in ids {
            for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Marks as furniture the paragraphs that recur word for word across articles of one outlet
/// (newsletter prompts, bios, legal lines), leaving near-duplicate articles alone.
enum RepeatedTextPass {
    /// Paragraphs longer than this many bytes are never treated as repeated furniture.
    static let maximumParagraphLength = 600

    /// Adds each repeated paragraph of `articles` to its article's boilerplate.
    static func markRepeats(in articles: inout [Article]) {
        guard articles.count > 1 else { return }
        var groups: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() { groups[groupKey(article), default: []].append(index) }
        for members in groups.values where members.count > 1 {
            // First the cheap hash of every candidate paragraph; words are read only where they can
            // matter: a paragraph with a quotation mark, or one whose text another article shares.
            var lines: [(article: Int, range: Range<Int>, text: UInt64, quoted: Bool)] = []
            var textOwners: [UInt64: (last: Int, count: Int)] = [:]
            for index in members {
                let article = articles[index]
                let utf8 = Array(article.text.utf8)
                for paragraph in article.articleParagraphs where paragraph.count >= 20 && paragraph.count <= maximumParagraphLength {
                    let slice = utf8[paragraph]
                    let text = normalisedHash(slice)
                    lines.append((index, paragraph, text, containsQuotationMark(slice)))
                    let owner = textOwners[text] ?? (-1, 0)
                    if owner.last != index { textOwners[text] = (index, owner.count + 1) }
                }
            }
            var owners: [LineKey: Set<Int>] = [:]
            var keysByArticle: [Int: [(Range<Int>, LineKey)]] = [:]
            var wordsOf: (article: Int, bytes: [UInt8])?
            for line in lines {
                var hasFurnitureWords = false
                if line.quoted || (textOwners[line.text]?.count ?? 0) >= 2 {
                    if wordsOf?.article != line.article { wordsOf = (line.article, Array(articles[line.article].text.utf8)) }
                    let words = WordScanner.words(wordsOf!.bytes, in: line.range)
                    hasFurnitureWords = !FurnitureVocabulary.hits(in: words).isEmpty
                }
                // A quotation shared by two reports of one event is news, not furniture.
                if !hasFurnitureWords && line.quoted { continue }
                let key = LineKey(text: line.text, hasFurnitureWords: hasFurnitureWords)
                owners[key, default: []].insert(line.article)
                keysByArticle[line.article, default: []].append((line.range, key))
            }
            for index in members {
                let entries = keysByArticle[index] ?? []
                // Furniture vocabulary: two articles suffice; otherwise three must share the line.
                let repeated = entries.filter { (owners[$0.1]?.count ?? 0) >= ($0.1.hasFurnitureWords ? 2 : 3) }
                // A copy of the same article shares most of its paragraphs: that is not furniture.
                guard !repeated.isEmpty, repeated.count * 2 < entries.count else { continue }
                articles[index].boilerplate = (articles[index].boilerplate + repeated.map(\.0)).sorted { $0.lowerBound < $1.lowerBound }
            }
        }
    }

    /// Articles are compared within their outlet, or within their folder when the outlet is unknown.
    static func groupKey(_ article: Article) -> String {
        if let outlet = article.outlet { return "outlet:" + outlet.lowercased() }
        let id = article.id.split(separator: "#").first.map(String.init) ?? article.id
        guard let slash = id.lastIndex(of: "/") else { return "folder:." }
        return "folder:" + id[..<slash]
    }

    /// True when the bytes hold a straight or curly double quotation mark.
    static func containsQuotationMark(_ bytes: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0x9C || byte == 0x9D { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// A paragraph as compared across articles: its normalised text (hashed) and whether it holds furniture words.
    struct LineKey: Hashable {
        var text: UInt64
        var hasFurnitureWords: Bool
    }

    /// Hash of the letters and digits only, lower case: the same line whatever its spacing and punctuation.
    static func normalisedHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = WordHash.offset
        for byte in bytes {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { hash = WordHash.adding(byte, to: hash) }
            else if byte >= 0x41 && byte <= 0x5A { hash = WordHash.adding(byte | 0x20, to: hash) }
        }
        return hash
    }
}

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
            var owners: [String: Set<Int>] = [:]
            var keysByArticle: [Int: [(Range<Int>, String)]] = [:]
            for index in members {
                let article = articles[index]
                let utf8 = Array(article.text.utf8)
                for paragraph in article.articleParagraphs where paragraph.count >= 20 && paragraph.count <= maximumParagraphLength {
                    let slice = utf8[paragraph]
                    let words = WordScanner.words(utf8, in: paragraph)
                    let hasFurnitureWords = !FurnitureVocabulary.hits(in: words).isEmpty
                    // A quotation shared by two reports of one event is news, not furniture.
                    if !hasFurnitureWords && containsQuotationMark(slice) { continue }
                    let key = (hasFurnitureWords ? "f:" : "p:") + normalised(slice)
                    owners[key, default: []].insert(index)
                    keysByArticle[index, default: []].append((paragraph, key))
                }
            }
            for index in members {
                let entries = keysByArticle[index] ?? []
                // Furniture vocabulary: two articles suffice; otherwise three must share the line.
                let repeated = entries.filter { (owners[$0.1]?.count ?? 0) >= ($0.1.hasPrefix("f:") ? 2 : 3) }
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

    /// Letters and digits only, lower case: the same line whatever its spacing and punctuation.
    static func normalised(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 { out.append(byte) }
            else if byte >= 0x41 && byte <= 0x5A { out.append(byte | 0x20) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

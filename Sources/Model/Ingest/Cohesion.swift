/// How many content words a paragraph shares with the rest of the article (furniture excluded).
///
/// Counts are taken against a snapshot of the furniture flags; `update` moves the snapshot on,
/// which only ever adds flags, by taking out the newly flagged paragraphs' words.
struct Cohesion {
    /// Per vocabulary index: article paragraphs (and the headline) holding the word.
    private var counts: [Int32]
    /// The flags the counts were taken with.
    private var flagged: [Bool]

    /// Counts over `article`'s headline and the paragraphs not `flagged`.
    init(_ article: MeasuredArticle, flagged: [Bool]) {
        self.flagged = flagged
        var counts = [Int32](repeating: 0, count: article.vocabulary.count)
        for key in article.titleKeys { counts[Int(key)] += 1 }
        counts.withUnsafeMutableBufferPointer { counts in
            article.contentKeys.withUnsafeBufferPointer { keys in
                for (index, paragraph) in article.paragraphs.enumerated() where !flagged[index] {
                    precondition(paragraph.contentKeys.lowerBound >= 0 && paragraph.contentKeys.upperBound <= keys.count)
                    for position in paragraph.contentKeys {
                        // Vocabulary indices are below its count: one unsigned comparison checks both ends.
                        let key = Int(UInt32(bitPattern: keys[position]))
                        precondition(key < counts.count, "content key outside the vocabulary")
                        counts[key] &+= 1
                    }
                }
            }
        }
        self.counts = counts
    }

    /// Takes the counts to `newFlags`, which hold every flag of the current snapshot.
    mutating func update(_ article: MeasuredArticle, flagged newFlags: [Bool]) {
        for index in newFlags.indices where newFlags[index] && !flagged[index] {
            for key in article.contentKeys(of: index) { counts[Int(key)] -= 1 }
        }
        flagged = newFlags
    }

    /// The share of paragraph `index`'s content words found in other article paragraphs (0.5 when it has none).
    func score(_ index: Int, in article: MeasuredArticle) -> Double {
        let keys = article.contentKeys(of: index)
        guard !keys.isEmpty else { return 0.5 }
        let own: Int32 = flagged[index] ? 0 : 1
        var shared = 0
        for key in keys where counts[Int(key)] - own > 0 { shared += 1 }
        return Double(shared) / Double(keys.count)
    }

    /// Article paragraphs other than `paragraph` (and the headline) holding content word `key`.
    func countOutside(_ key: Int, paragraph: Int, in article: MeasuredArticle) -> Int32 {
        let own: Int32 = !flagged[paragraph] && article.contentKeys(of: paragraph).contains(Int32(key)) ? 1 : 0
        return counts[key] - own
    }
}

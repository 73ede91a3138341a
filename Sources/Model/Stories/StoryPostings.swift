/// An inverted index of rare terms: for each term, the articles holding it and their weights,
/// stored as flat arrays (one slice per term) rather than as a dictionary of arrays.
struct TermPostings {
    /// Per term: where its slice starts in `articles`; the slice ends where the next term's starts.
    private var starts: [UInt32]
    /// Article of every posting, grouped by term, ascending within a term.
    private(set) var articles: [Int32]
    /// Weight of the term in that article.
    private(set) var weights: [Float]

    /// Indexes the terms of `vectors` whose document frequency lies in 2...frequencyCap.
    init(vectors: [[TermWeight]], documentFrequency: [Int32], frequencyCap: Int32) {
        var starts = [UInt32](repeating: 0, count: documentFrequency.count + 1)
        for vector in vectors {
            for entry in vector {
                let df = documentFrequency[Int(entry.term)]
                if df >= 2 && df <= frequencyCap { starts[Int(entry.term) + 1] += 1 }
            }
        }
        for term in 0..<documentFrequency.count { starts[term + 1] += starts[term] }
        var fill = starts
        let total = Int(starts[documentFrequency.count])
        var articles = [Int32](repeating: 0, count: total)
        var weights = [Float](repeating: 0, count: total)
        for (article, vector) in vectors.enumerated() {
            for entry in vector {
                let df = documentFrequency[Int(entry.term)]
                guard df >= 2 && df <= frequencyCap else { continue }
                let position = Int(fill[Int(entry.term)])
                articles[position] = Int32(article)
                weights[position] = entry.weight
                fill[Int(entry.term)] += 1
            }
        }
        self.starts = starts
        self.articles = articles
        self.weights = weights
    }

    /// Positions in `articles` and `weights` of `term`'s postings.
    @inline(__always)
    func range(of term: UInt32) -> Range<Int> {
        Int(starts[Int(term)])..<Int(starts[Int(term) + 1])
    }
}

/// For each quotation shingle, the articles that carry it, in article order.
struct ShinglePostings {
    private var ids: HashKeyTable
    private var starts: [UInt32]
    private var holders: [Int32]

    /// Indexes the shingle lists of every article.
    init(shingles: [[UInt64]]) {
        var ids = HashKeyTable(capacity: 1024)
        var counts: [UInt32] = []
        for list in shingles {
            for shingle in list {
                let (id, inserted) = ids.insert(shingle)
                if inserted { counts.append(1) } else { counts[id] += 1 }
            }
        }
        var starts = [UInt32](repeating: 0, count: counts.count + 1)
        for id in counts.indices { starts[id + 1] = starts[id] + counts[id] }
        var fill = starts
        var holders = [Int32](repeating: 0, count: Int(starts[counts.count]))
        for (article, list) in shingles.enumerated() {
            for shingle in list {
                let id = ids.index(of: shingle)!
                holders[Int(fill[id])] = Int32(article)
                fill[id] += 1
            }
        }
        self.ids = ids
        self.starts = starts
        self.holders = holders
    }

    /// The articles that carry `shingle`.
    func articles(of shingle: UInt64) -> ArraySlice<Int32> {
        guard let id = ids.index(of: shingle) else { return [] }
        return holders[Int(starts[id])..<Int(starts[id + 1])]
    }
}

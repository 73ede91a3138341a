/// Annotates the articles of one story together, so a lower-cased, punctuation-stripped account
/// can borrow people and quotations from the others.
public enum StoryAnnotator {
    /// One `Annotations` per article, in the order given. Articles whose `degradation` includes
    /// `.lowercased` are annotated by `DegradedRecovery` from the other accounts.
    public static func annotate(_ articles: [Article]) -> [Annotations] {
        var analyses: [ArticleAnnotator.Analysis?] = Array(repeating: nil, count: articles.count)
        for (index, article) in articles.enumerated() where !article.degradation.contains(.lowercased) {
            analyses[index] = ArticleAnnotator.analyse(article)
        }
        // What the degraded accounts borrow is gathered once, when the first of them needs it.
        var evidence: DegradedRecovery.StoryEvidence?
        return articles.indices.map { index in
            if let analysis = analyses[index] { return analysis.annotations }
            let borrowed = evidence ?? DegradedRecovery.StoryEvidence(analyses.compactMap { $0 })
            evidence = borrowed
            return DegradedRecovery.recover(articles[index], from: borrowed)
        }
    }
}

/// The per-article steps after reading: furniture marked, then degradation judged on the rest.
enum ArticleFinisher {
    /// Fills `boilerplate` (keeping any already set) and `degradation`.
    static func finish(_ article: inout Article) {
        let found = BoilerplateDetector.detect(in: article)
        article.boilerplate = (article.boilerplate + found).sorted { $0.lowerBound < $1.lowerBound }
        article.degradation = DegradationDetector.detect(article.text, in: article.articleParagraphs)
    }
}

/// The per-article steps after reading: furniture marked, then degradation judged on the rest.
enum ArticleFinisher {
    /// Fills `boilerplate` (keeping any already set) and `degradation`, and writes the date as ISO 8601.
    static func finish(_ article: inout Article) {
        if let date = article.date { article.date = DateNormalizer.normalize(date) }
        let found = BoilerplateDetector.detect(in: article)
        article.boilerplate = (article.boilerplate + found).sorted { $0.lowerBound < $1.lowerBound }
        article.degradation = DegradationDetector.detect(article.text, in: article.articleParagraphs)
    }
}

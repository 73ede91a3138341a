import Model

/// Remembers laid-out article documents so a key press does not re-wrap the whole text.
final class LayoutCache: @unchecked Sendable {
    private struct Key: Hashable {
        var article: Int
        var width: Int
        var showBoilerplate: Bool
        var annotated: Bool
    }

    private var documents: [Key: ArticleDocument] = [:]

    /// The document for `articleIndex` at `width`, built on first use.
    func document(for state: ReaderState, articleIndex: Int) -> ArticleDocument {
        let annotations = state.annotations[articleIndex]
        let key = Key(article: articleIndex, width: state.width, showBoilerplate: state.showBoilerplate,
                      annotated: annotations != nil)
        if let cached = documents[key] { return cached }
        if documents.count > 64 { documents.removeAll() }
        let document = ArticleDocument(
            article: state.articles[articleIndex], annotations: annotations ?? Annotations(),
            width: state.width, showBoilerplate: state.showBoilerplate)
        documents[key] = document
        return document
    }
}

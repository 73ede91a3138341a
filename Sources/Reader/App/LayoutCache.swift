import Model

/// Remembers laid-out documents and alignments so a key press does not re-wrap or re-align.
final class LayoutCache: @unchecked Sendable {
    private struct DocumentKey: Hashable {
        var article: Int
        var width: Int
        var showBoilerplate: Bool
        var annotated: Bool
    }

    private struct PairKey: Hashable {
        var left: Int
        var right: Int
    }

    private struct ComparisonKey: Hashable {
        var pair: PairKey
        var width: Int
        var annotated: Bool
    }

    private var documents: [DocumentKey: ArticleDocument] = [:]
    private var alignments: [PairKey: Alignment] = [:]
    private var comparisons: [ComparisonKey: ComparisonDocument] = [:]
    private let aligner = Aligner()
    private var wordCounts: [Int: Int] = [:]

    /// Forgets everything laid out or counted, after the articles themselves changed.
    func forgetArticles() {
        documents.removeAll()
        alignments.removeAll()
        comparisons.removeAll()
        wordCounts.removeAll()
    }

    /// Words in the article proper, counted once.
    func wordCount(of articleIndex: Int, in state: ReaderState) -> Int {
        if let count = wordCounts[articleIndex] { return count }
        let count = state.articles[articleIndex].wordCount
        wordCounts[articleIndex] = count
        return count
    }

    /// The document for `articleIndex` at the article pane's width, built on first use.
    func document(for state: ReaderState, articleIndex: Int) -> ArticleDocument {
        let annotations = state.annotations[articleIndex]
        let key = DocumentKey(article: articleIndex, width: state.articlePaneWidth,
                              showBoilerplate: state.showBoilerplate, annotated: annotations != nil)
        if let cached = documents[key] { return cached }
        if documents.count > 64 { documents.removeAll() }
        let document = ArticleDocument(
            article: state.articles[articleIndex], annotations: annotations ?? Annotations(),
            width: state.articlePaneWidth, showBoilerplate: state.showBoilerplate)
        documents[key] = document
        return document
    }

    /// The side-by-side document for two accounts at the window's width.
    func comparison(for state: ReaderState, left: Int, right: Int) -> ComparisonDocument {
        let pair = PairKey(left: left, right: right)
        let annotated = state.annotations[left] != nil && state.annotations[right] != nil
        let key = ComparisonKey(pair: pair, width: state.width, annotated: annotated)
        if let cached = comparisons[key] { return cached }
        if comparisons.count > 16 { comparisons.removeAll() }
        if alignments.count > 32 { alignments.removeAll() }
        let alignment = alignments[pair] ?? aligner.align(state.articles[left], state.articles[right])
        alignments[pair] = alignment
        let document = ComparisonDocument(
            left: state.articles[left], leftAnnotations: state.annotations[left] ?? Annotations(),
            right: state.articles[right], rightAnnotations: state.annotations[right] ?? Annotations(),
            alignment: alignment, width: state.width)
        comparisons[key] = document
        return document
    }
}

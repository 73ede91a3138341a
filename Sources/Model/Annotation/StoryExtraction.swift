/// Everything `reader extract` prints for a corpus: each article with its degradation filled in,
/// its story id, and its annotations (story by story, so degraded accounts draw on the others).
public struct StoryExtraction: Sendable {
    /// The articles, degradation detected where ingestion left it empty.
    public var articles: [Article]
    /// The stories found, and each article's story.
    public var grouping: StoryGrouping
    /// One story id per article; nil when the corpus held a single article.
    public var storyIDs: [String?]
    /// One `Annotations` per article.
    public var annotations: [Annotations]

    /// Groups `articles` into stories with `grouper` and annotates each story together.
    public init(articles: [Article], grouper: StoryGrouper = StoryGrouper()) {
        var articles = articles
        for index in articles.indices where articles[index].degradation.isEmpty {
            articles[index].degradation = DegradationDetector.detect(articles[index].text, in: articles[index].articleParagraphs)
        }
        self.articles = articles
        grouping = grouper.group(articles)
        let grouping = grouping
        storyIDs = articles.indices.map { grouping.storyID(ofArticle: $0) }
        var annotations = [Annotations](repeating: Annotations(), count: articles.count)
        for story in grouping.stories {
            let results = StoryAnnotator.annotate(story.articleIndices.map { articles[$0] })
            for (index, result) in zip(story.articleIndices, results) { annotations[index] = result }
        }
        self.annotations = annotations
    }
}

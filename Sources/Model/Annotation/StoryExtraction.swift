/// Everything `reader extract` prints for a corpus: each article with its degradation filled in,
/// its story id, and its annotations (story by story, so degraded accounts draw on the others).
public struct StoryExtraction: Sendable {
    /// The articles, degradation detected where ingestion left it empty.
    public var articles: [Article]
    /// One story id per article; nil for an article alone in its story.
    public var storyIDs: [String?]
    /// One `Annotations` per article.
    public var annotations: [Annotations]

    /// Groups `articles` with `grouping` and annotates each story together.
    public init(articles: [Article], grouping: StoryAssignment.Grouping = StoryAssignment.provisional) {
        var articles = articles
        for index in articles.indices where articles[index].degradation.isEmpty {
            articles[index].degradation = DegradationDetector.detect(articles[index].text)
        }
        self.articles = articles
        let ids = articles.count > 1 ? grouping(articles) : [String?](repeating: nil, count: articles.count)
        storyIDs = ids
        var annotations = [Annotations](repeating: Annotations(), count: articles.count)
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, id) in ids.enumerated() {
            guard let id else {
                annotations[index] = StoryAnnotator.annotate([articles[index]])[0]
                continue
            }
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(index)
        }
        for id in order {
            let members = groups[id]!
            let results = StoryAnnotator.annotate(members.map { articles[$0] })
            for (position, index) in members.enumerated() { annotations[index] = results[position] }
        }
        self.annotations = annotations
    }
}

import Foundation

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
    /// Seconds spent detecting degradation and grouping the articles into stories.
    public var groupingSeconds: Double = 0
    /// Seconds spent annotating the stories.
    public var annotationSeconds: Double = 0

    /// Groups `articles` into stories with `grouper` and annotates each story together; with
    /// `concurrent`, stories are annotated on all cores (the result is the same, in the same order).
    public init(articles: [Article], grouper: StoryGrouper = StoryGrouper(), concurrent: Bool = false) {
        let clock = ContinuousClock()
        let groupingStart = clock.now
        var articles = articles
        for index in articles.indices where articles[index].degradation.isEmpty {
            articles[index].degradation = DegradationDetector.detect(articles[index].text, in: articles[index].articleParagraphs)
        }
        self.articles = articles
        grouping = grouper.group(articles)
        let grouping = grouping
        storyIDs = articles.indices.map { grouping.storyID(ofArticle: $0) }
        let annotationStart = clock.now
        groupingSeconds = Self.seconds(annotationStart - groupingStart)
        let stories = grouping.stories.map { $0.articleIndices }
        let perStory: [[Annotations]]
        if concurrent && stories.count > 1 {
            let results = StoryResults(count: stories.count)
            let frozen = articles
            DispatchQueue.concurrentPerform(iterations: stories.count) { story in
                results.set(story, StoryAnnotator.annotate(stories[story].map { frozen[$0] }))
            }
            perStory = results.values
        } else {
            perStory = stories.map { indices in StoryAnnotator.annotate(indices.map { articles[$0] }) }
        }
        var annotations = [Annotations](repeating: Annotations(), count: articles.count)
        for (indices, results) in zip(stories, perStory) {
            for (index, result) in zip(indices, results) { annotations[index] = result }
        }
        self.annotations = annotations
        annotationSeconds = Self.seconds(clock.now - annotationStart)
    }

    /// Total UTF-8 bytes of the articles' texts: what annotation reads.
    public var textBytes: Int { articles.reduce(0) { $0 + $1.text.utf8.count } }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

/// Per-story results filled in from several threads, each slot written once.
private final class StoryResults: @unchecked Sendable {
    private var slots: [[Annotations]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [Annotations]) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [[Annotations]] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

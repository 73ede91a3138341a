/// A group of articles that tell the same event, as `StoryGrouper` found it.
public struct Story: Sendable, Equatable, Identifiable {
    /// Stable, readable id: a slug of the most distinctive shared words and a short hash of the members.
    public var id: String
    /// Indices of the member articles in the grouped array, ascending.
    public var articleIndices: [Int]
    /// The words that best characterise the story, most distinctive first (case folded).
    public var keyTerms: [String]

    public init(id: String, articleIndices: [Int], keyTerms: [String]) {
        self.id = id
        self.articleIndices = articleIndices
        self.keyTerms = keyTerms
    }
}

/// The outcome of grouping a corpus: its stories and, for each article, the story it belongs to.
public struct StoryGrouping: Sendable, Equatable {
    /// Stories in order of their first article.
    public var stories: [Story]
    /// For each article (by index), the index of its story in `stories`.
    public var storyIndexOfArticle: [Int]

    public init(stories: [Story], storyIndexOfArticle: [Int]) {
        self.stories = stories
        self.storyIndexOfArticle = storyIndexOfArticle
    }

    /// The story id of article `index`, or nil when the corpus held a single article
    /// (the extract schema's `story` is null then). A lone article in a larger corpus is a story of one.
    public func storyID(ofArticle index: Int) -> String? {
        guard storyIndexOfArticle.count > 1, storyIndexOfArticle.indices.contains(index) else { return nil }
        return stories[storyIndexOfArticle[index]].id
    }
}

/// Everything read from the user's inputs: the articles, and what could not be read and why.
public struct Corpus: Sendable {
    /// Articles in input order.
    public var articles: [Article]
    /// Inputs that gave no article, with the reason.
    public var skipped: [SkippedInput]

    public init(articles: [Article] = [], skipped: [SkippedInput] = []) {
        self.articles = articles
        self.skipped = skipped
    }
}

/// An input that gave no article, with a reason a user can act on.
public struct SkippedInput: Sendable, Equatable {
    /// `path` or `path:line`.
    public var location: String
    /// Why it was skipped.
    public var reason: String

    public init(location: String, reason: String) {
        self.location = location
        self.reason = reason
    }
}

extension Corpus {
    /// Adds another batch's articles and skipped inputs after these.
    public mutating func append(_ other: Corpus) {
        articles.append(contentsOf: other.articles)
        skipped.append(contentsOf: other.skipped)
    }
}

/// What the reader remembers between runs: which articles were read and where each was left.
public struct ReadingState: Codable, Sendable, Equatable {
    /// The layout of the state file this build writes; files with a higher one are set aside.
    public static let currentFormat = 1

    /// The file layout (see `currentFormat`).
    public var format: Int
    /// Counts saves: each `ReadingStateStore.save` stores one more than the state it was given.
    public var revision: Int
    /// Ids of the articles the user has opened.
    public var readArticleIDs: Set<String>
    /// The last scroll position (first visible row) per article id.
    public var scrollPositions: [String: Int]

    /// An empty state: nothing read, no positions.
    public init(revision: Int = 0, readArticleIDs: Set<String> = [], scrollPositions: [String: Int] = [:]) {
        self.format = Self.currentFormat
        self.revision = revision
        self.readArticleIDs = readArticleIDs
        self.scrollPositions = scrollPositions
    }
}

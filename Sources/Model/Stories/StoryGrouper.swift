/// Groups a corpus into stories: the articles of different outlets that tell the same event.
///
/// How it works, in four passes, none of which compares every article with every other:
/// 1. Each article becomes a TF-IDF vector of content words (headline words count double) and of
///    name pairs ("Rex Tillerson"), plus the set of quoted passages it shares with others
///    (word 4-grams inside quotation marks, looked up in every account so that a lower-cased,
///    punctuation-stripped account still matches). Matching is case- and punctuation-blind.
/// 2. Candidate pairs come from an inverted index of rare terms: each article looks up its most
///    weighty rare terms and keeps the few articles that share most of that weight.
/// 3. Candidates are scored: cosine of the vectors plus a bonus for shared quotations, then read
///    against each article's background (the mean of its best few scores), so a pair that stands
///    out from both articles' usual likeness links even when its raw score is modest.
/// 4. Pairs are merged best first under average linkage (the mean score over all cross pairs must
///    stay above a threshold), which keeps two similar events with the same people apart once
///    their own articles have gathered. Two articles of one outlet, or dates days apart, make a
///    merge less likely (a prior, not a rule).
/// The result is deterministic: ties break by article order.
public struct StoryGrouper: Sendable {
    /// The knobs of the method, with the values tuned on development data.
    public struct Settings: Sendable, Equatable {
        /// Mean cross-pair link strength (1 = just linked) above which two groups merge.
        public var mergeThreshold: Double = 0.9
        /// How far above both articles' background a raw score must stand to link them.
        public var relativeThreshold: Double = 1.18
        /// A raw score that links two articles whatever their background.
        public var absoluteThreshold: Double = 0.35
        /// Best raw scores averaged into an article's background.
        public var backgroundNeighbours: Int = 6
        /// The least background an article is given (so a lone article is not linked on noise).
        public var backgroundFloor: Float = 0.05
        /// Factor on the linkage when the two groups already hold an article of the same outlet.
        public var sameOutletFactor: Double = 0.6
        /// Factor on the linkage when the groups' dates lie further apart than `dateToleranceDays`.
        public var distantDateFactor: Double = 0.4
        /// Days two accounts of one event may lie apart.
        public var dateToleranceDays: Int = 3
        /// How much a headline word counts against a body word.
        public var titleWeight: Float = 2
        /// Extra weight of a name pair over a single word.
        public var nameBoost: Float = 1.5
        /// Words per quotation shingle.
        public var shingleLength: Int = 4
        /// Score added for shared quotations, reached at `quoteSaturation` shared shingles.
        public var quoteBonus: Double = 0.3
        /// Shared shingles that earn the whole quotation bonus.
        public var quoteSaturation: Double = 8
        /// Terms kept per article vector (the weightiest).
        public var vectorTerms: Int = 120
        /// Rare terms per article looked up in the index.
        public var lookupTerms: Int = 40
        /// Candidates kept per article for exact scoring.
        public var candidatesPerArticle: Int = 20

        public init() {}
    }

    /// The settings in use.
    public var settings: Settings

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Groups `articles` into stories; every article gets exactly one story.
    public func group(_ articles: [Article]) -> StoryGrouping {
        guard !articles.isEmpty else { return StoryGrouping(stories: [], storyIndexOfArticle: []) }
        // Each pass leaves megabytes freed in the worker threads' arenas: give them back first.
        FreedMemory.release()
        let features = StoryFeatureBuilder(settings: settings).build(articles)
        FreedMemory.release()
        let pairs = StoryPairScorer(settings: settings, features: features).scoredPairs()
        FreedMemory.release()
        let roots = StoryMerger(settings: settings, articles: articles).merge(pairs: pairs)
        defer { FreedMemory.release() }
        return StoryNamer(features: features, articles: articles).stories(fromRoots: roots)
    }
}

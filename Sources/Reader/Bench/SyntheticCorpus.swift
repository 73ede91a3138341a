/// A deterministic synthetic news corpus: `articleCount` accounts of invented stories, each story
/// told by one to eight outlets, generated story by story so no more than one story is in memory.
struct SyntheticCorpus: Sendable {
    /// The same seed always gives the same corpus.
    var seed: UInt64
    var articleCount: Int
    /// Body length range in words (furniture comes on top).
    var words: ClosedRange<Int> = 300...1500
    /// Fewest accounts a story gets (while articles remain to be produced).
    var minimumAccounts = 1

    init(seed: UInt64 = 7, articleCount: Int, words: ClosedRange<Int> = 300...1500, minimumAccounts: Int = 1) {
        self.seed = seed
        self.articleCount = articleCount
        self.words = words
        self.minimumAccounts = minimumAccounts
    }

    /// Calls `body` with every story and its accounts, in story order, until `articleCount`
    /// accounts have been produced.
    func forEachStory(_ body: (SyntheticStory, [SyntheticArticle]) throws -> Void) rethrows {
        var produced = 0
        var number = 0
        while produced < articleCount {
            let (story, accounts) = Self.story(number, seed: seed, words: words, minimumAccounts: minimumAccounts, limit: articleCount - produced)
            try body(story, accounts)
            produced += accounts.count
            number += 1
        }
    }

    /// Every account, in order (for tests and small corpora).
    var articles: [SyntheticArticle] {
        var all: [SyntheticArticle] = []
        forEachStory { all += $1 }
        return all
    }

    /// Story `number` and its accounts (at most `limit` of them).
    static func story(_ number: Int, seed: UInt64, words: ClosedRange<Int>, minimumAccounts: Int = 1, limit: Int) -> (SyntheticStory, [SyntheticArticle]) {
        let story = SyntheticStory(number: number, seed: seed)
        var random = SeededRandom(seed: seed ^ 0xA5A5_A5A5, stream: number)
        let outletCount = min(limit, max(minimumAccounts, [1, 2, 3, 4, 5, 6, 8][random.weightedIndex([10, 15, 20, 20, 15, 10, 10])]))
        let outlets = random.sample(Array(SyntheticVocabulary.outlets.indices), count: outletCount)
        let accounts = outlets.map { outlet -> SyntheticArticle in
            let target = words.lowerBound + (random.int(in: 0...(words.count - 1)) + random.int(in: 0...(words.count - 1))) / 2
            var composer = AccountComposer(story: story, outletIndex: outlet, random: SeededRandom(seed: random.next()))
            return composer.compose(targetWords: target, lag: random.int(in: 0...2))
        }
        return (story, accounts)
    }
}

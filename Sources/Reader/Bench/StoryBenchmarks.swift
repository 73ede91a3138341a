import Dispatch
import Foundation
import Model

/// The measurements that exercise the model: story grouping, annotation, alignment, and the
/// side-by-side view built on them.
enum StoryBenchmarks {
    /// Groups `articles` once, timed.
    static func group(_ articles: [Article]) -> (figures: SizeFigures.Grouping, grouping: StoryGrouping) {
        let (grouping, wall, cpu) = BenchClock.measureAllThreads { StoryGrouper().group(articles) }
        let figures = SizeFigures.Grouping(seconds: wall, cpuSeconds: cpu, stories: grouping.stories.count)
        return (figures, grouping)
    }

    /// Pair precision and recall of `grouping` against the generator's stories (`truth`, keyed by
    /// article id relative to `folder`); nil when no article has a true story.
    static func scores(_ grouping: StoryGrouping, of articles: [Article], truth: [String: Int], folder: String) -> (precision: Double, recall: Double)? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let trueStories = articles.map { article -> Int? in
            truth[article.id.hasPrefix(prefix) ? String(article.id.dropFirst(prefix.count)) : article.id]
        }
        return GroupingQuality.pairScores(predicted: grouping.storyIndexOfArticle, truth: trueStories)
    }

    /// Annotates whole stories, in order, until `byteLimit` bytes of text have been read: furniture
    /// detection and then `StoryAnnotator` for each story, once on one thread and once spread
    /// over every core with `concurrentPerform`.
    static func annotate(_ articles: [Article], stories: [Story], byteLimit: Int) -> SizeFigures.Annotation? {
        var chosen: [[Int]] = []
        var bytes = 0, words = 0
        for story in stories where bytes < byteLimit {
            chosen.append(story.articleIndices)
            for index in story.articleIndices {
                let text = articles[index].text.utf8
                bytes += text.count
                words += WordCounter.count(in: articles[index].text.utf8, range: 0..<text.count)
            }
        }
        guard bytes > 0 else { return nil }
        let selected = chosen
        // This machine's pace moves by a fifth from one turn to the next: turns repeat, at least
        // three of them and until three seconds have passed, and the median counts.
        var turns: [(wall: Double, cpu: Double)] = []
        var found = (quotes: 0, people: 0)
        let paceBefore = CorePace.measure()
        repeat {
            let turn = BenchClock.measure { () -> (quotes: Int, people: Int) in
                var quotes = 0, people = 0
                for members in selected {
                    let found = annotateStory(members, articles)
                    quotes += found.quotes
                    people += found.people
                }
                return (quotes, people)
            }
            turns.append((turn.wall, turn.cpu))
            found = turn.result
        } while turns.count < minimumTurns
            || (turns.count < maximumTurns && turns.reduce(0, { $0 + $1.wall }) < minimumSerialSeconds)
        let paceAfter = CorePace.measure()
        let byWall = turns.sorted { $0.wall < $1.wall }
        let median = byWall[byWall.count / 2]
        let tally = Tally()
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let startAll = BenchClock.now()
        DispatchQueue.concurrentPerform(iterations: selected.count) { position in
            let found = annotateStory(selected[position], articles)
            tally.add(found.quotes)
        }
        let allCores = BenchClock.now() - startAll
        precondition(tally.total == found.quotes, "parallel annotation disagreed with the serial run")
        return SizeFigures.Annotation(
            articles: selected.reduce(0) { $0 + $1.count }, bytes: bytes, words: words,
            quotes: found.quotes, people: found.people,
            oneCoreSeconds: median.wall, oneCoreCPUSeconds: median.cpu, oneCoreTurns: turns.count,
            oneCoreFastestSeconds: byWall[0].wall, oneCoreSlowestSeconds: byWall[byWall.count - 1].wall,
            allCoresSeconds: allCores, threads: threads, corePaceBefore: paceBefore, corePaceAfter: paceAfter)
    }

    /// Serial annotation turns: at least this many…
    static let minimumTurns = 3
    /// …and more until together they have lasted this long…
    static let minimumSerialSeconds = 3.0
    /// …or this many have run.
    static let maximumTurns = 41

    /// Furniture, then quotes and people, for one story's articles; returns what was found.
    private static func annotateStory(_ members: [Int], _ articles: [Article]) -> (quotes: Int, people: Int) {
        var accounts = members.map { articles[$0] }
        for index in accounts.indices { accounts[index].boilerplate = BoilerplateDetector.detect(in: accounts[index]) }
        var quotes = 0, people = 0
        for annotations in StoryAnnotator.annotate(accounts) {
            quotes += annotations.quotes.count
            people += annotations.people.count
        }
        return (quotes, people)
    }

    /// The annotations the article view would show for `article`, read on its own.
    static func annotations(for article: Article) -> Annotations {
        StoryAnnotator.annotate([article])[0]
    }

    /// Frame times in the side-by-side view: the first article of the largest story among the
    /// first hundred, beside the next outlet's account, both annotated.
    static func compareFrames(_ listState: ReaderState, grouping: StoryGrouping, keys: Int) -> SizeFigures.Frames? {
        var state = listState
        let articles = state.articles
        let rows = grouping.stories.map { story in
            StorySummaryRow(
                id: story.id, title: story.articleIndices.lazy.compactMap { articles[$0].title }.first ?? story.id,
                members: story.articleIndices,
                outlets: Array(Set(story.articleIndices.map { articles[$0].outlet ?? "unknown outlet" })).sorted())
        }
        _ = reduce(&state, .grouped(stories: rows, storyOfArticle: grouping.storyIndexOfArticle))
        guard let story = grouping.stories.prefix(100).max(by: { $0.articleIndices.count < $1.articleIndices.count }),
              story.articleIndices.count > 1 else { return nil }
        let members = story.articleIndices.map { articles[$0] }
        for (index, annotations) in zip(story.articleIndices, StoryAnnotator.annotate(members)) {
            _ = reduce(&state, .annotated(articleIndex: index, annotations))
        }
        _ = openArticle(story.articleIndices[0], &state)
        _ = reduce(&state, .command(.toggleSideBySide))
        guard case .compare = state.screen else { return nil }
        return FrameTimer.time(state, keys: keys) { $0.articleScroll }
    }

    /// Aligns two 5,000-word accounts of one synthetic story (and the same pair with the right
    /// account lower-cased and unpunctuated): the first run, then the median of five.
    static func alignment(seed: UInt64) -> BenchResults.AlignmentFigures? {
        var pair: [SyntheticArticle] = []
        for number in 0..<50 {
            let accounts = SyntheticCorpus.story(number, seed: seed, words: 5000...5000, limit: 8).1.filter { !$0.degraded }
            if accounts.count >= 2 {
                pair = Array(accounts.prefix(2))
                break
            }
        }
        guard pair.count == 2 else { return nil }
        var flattened = pair[1]
        flattened.degraded = true
        guard let left = article(pair[0], name: "left.txt"), let right = article(pair[1], name: "right.txt"),
              let degraded = article(flattened, name: "degraded.txt") else { return nil }

        let aligner = Aligner()
        let first = BenchClock.measure { aligner.align(left, right) }
        var times: [Double] = []
        for _ in 0..<5 { times.append(BenchClock.measure { aligner.align(left, right) }.wall) }
        var degradedTimes: [Double] = []
        var degradedRows = 0
        for _ in 0..<5 {
            let run = BenchClock.measure { aligner.align(left, degraded) }
            degradedTimes.append(run.wall)
            degradedRows = run.result.matches.count
        }
        return BenchResults.AlignmentFigures(
            words: (pair[0].words, pair[1].words), firstSeconds: first.wall, medianSeconds: times.sorted()[2],
            matchedRows: first.result.matches.count, degradedMedianSeconds: degradedTimes.sorted()[2],
            degradedMatchedRows: degradedRows)
    }

    /// `synthetic` read back as the loader reads a plain-text file (furniture and degradation found).
    private static func article(_ synthetic: SyntheticArticle, name: String) -> Article? {
        CorpusLoader().load(data: Data(synthetic.plainText.utf8), name: name).articles.first
    }

    /// A counter shared by the threads of `concurrentPerform`.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var sum = 0
        func add(_ value: Int) {
            lock.lock()
            sum += value
            lock.unlock()
        }
        var total: Int {
            lock.lock()
            defer { lock.unlock() }
            return sum
        }
    }
}

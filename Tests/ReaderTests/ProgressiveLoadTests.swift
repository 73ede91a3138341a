import Model
import Testing
@testable import Reader

@Suite("Reading inputs in the background")
struct ProgressiveLoadTests {
    /// The fixture corpus split after its first article, as the reader paints it first.
    func firstBatchState() -> (ReaderState, rest: Corpus) {
        let whole = Fixtures.corpus
        var state = ReaderState(corpus: Corpus(articles: Array(whole.articles.prefix(1))), width: 80, height: 10)
        state.loading = LoadProgress(inputsRead: 1, inputCount: 4)
        _ = reduce(&state, .resized(width: 80, height: 10))
        return (state, Corpus(articles: Array(whole.articles.dropFirst())))
    }

    @Test("the status line says how many files are read while the rest load")
    func statusShowsProgress() {
        let (state, _) = firstBatchState()
        #expect(StatusBar.position(state).contains("reading 1/4 files"))
    }

    @Test("a later batch joins the list after the first, and the selection stays on its article")
    func laterBatchAppends() {
        var (state, rest) = firstBatchState()
        let first = state.articles[0].id
        _ = reduce(&state, .loaded(Corpus(articles: Array(rest.articles.prefix(1))), progress: LoadProgress(inputsRead: 2, inputCount: 4)))
        #expect(state.articles.count == 2)
        #expect(state.storyOfArticle == [-1, -1])
        #expect(state.selectedArticleIndex.map { state.articles[$0].id } == first)
        #expect(state.loading == LoadProgress(inputsRead: 2, inputCount: 4))
        rest.articles.removeFirst()
        rest.skipped = [SkippedInput(location: "notes.bin", reason: "binary")]
        _ = reduce(&state, .loaded(rest, progress: LoadProgress(inputsRead: 4, inputCount: 4)))
        #expect(state.articles.map(\.id) == Fixtures.corpus.articles.map(\.id))
        #expect(state.loading == nil)
        #expect(!StatusBar.position(state).contains("reading"))
        #expect(state.message == "1 input(s) skipped: press ! to see why")
    }

    @Test("finishing the corpus applies only once every batch is in")
    func finishWaitsForEveryBatch() {
        var (state, _) = firstBatchState()
        var finished = Fixtures.corpus.articles
        finished[0].outlet = "The Kell Lantern"
        _ = reduce(&state, .finished(finished))
        #expect(state.articles.count == 1)
        #expect(state.articles[0].outlet != "The Kell Lantern")
    }
}

@Suite("Annotations from the background")
struct AnnotationBatchTests {
    @Test("a batch of annotations fills every article and a person filter then finds them")
    func batchFillsAndRefilters() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 80, height: 10)
        state.listOptions.filter = "Duarte"
        rebuildList(&state)
        #expect(state.listEntries.isEmpty)
        _ = reduce(&state, .annotatedBatch([0: Fixtures.bridgeAnnotations, 2: Annotations()]))
        #expect(state.annotations.keys.sorted() == [0, 2])
        #expect(state.listEntries == [.article(0)])
    }
}

@Suite("Annotations ahead of the story")
struct ProvisionalAnnotationTests {
    @Test("an article annotated alone shows its annotations until its story's replace them")
    func provisionalThenStory() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 80, height: 10)
        _ = reduce(&state, .annotatedProvisionally(articleIndex: 0, Fixtures.bridgeAnnotations))
        #expect(state.annotations[0] == Fixtures.bridgeAnnotations)
        #expect(state.provisionalAnnotations == [0])
        _ = reduce(&state, .annotatedProvisionally(articleIndex: 0, Annotations()))
        #expect(state.annotations[0] == Fixtures.bridgeAnnotations)
        _ = reduce(&state, .annotatedBatch([0: Annotations()]))
        #expect(state.annotations[0] == Annotations())
        #expect(state.provisionalAnnotations.isEmpty)
    }

    @Test("the on-demand annotator finishes and annotates an opened article on its own thread, once")
    func onDemandAnnotatesOnce() async throws {
        let work = BackgroundWork()
        let annotator = OnDemandAnnotator(posting: work)
        let article = PlainTextParser.parse("""
            Ferry timetable changes for the winter
            The Kell ferry will run four crossings a day from November, the island council said on Tuesday.
            “Fewer sailings keep the service alive through the storms,” said council leader Mara Oyelaran.
            Oyelaran added that the summer timetable returns in April.
            """, id: "wire/ferry-winter.txt")
        #expect(annotator.annotate(0, article: article, needsFinishing: true))
        #expect(!annotator.annotate(0, article: article, needsFinishing: true))
        var posted: [Action] = []
        for _ in 0..<600 where posted.isEmpty {
            posted = work.drain()
            if posted.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
        }
        try await Task.sleep(for: .milliseconds(200))
        posted += work.drain()
        #expect(posted.count == 1)
        guard case .annotatedProvisionally(let index, let annotations) = posted.first else {
            Issue.record("expected a provisional annotation, got \(posted)")
            return
        }
        #expect(index == 0)
        #expect(annotations.people.map(\.name) == ["Mara Oyelaran"])
        #expect(annotations.quotes.map(\.speaker) == ["Mara Oyelaran"])
    }
}

extension ProvisionalAnnotationTests {
    @Test("an article over the annotation limit is left to the background, not finished twice")
    func oversizedIsLeftAlone() {
        let work = BackgroundWork()
        let body = String(repeating: "The tide rose over the quay again today. ", count: OpenCommand.annotationLimit / 40 + 10)
        let article = PlainTextParser.parse("Tides\n\n" + body, id: "big.txt")
        #expect(!OnDemandAnnotator(posting: work).annotate(0, article: article, needsFinishing: true))
        #expect(work.drain().isEmpty)
    }
}

@Suite("What is on screen")
struct ShownArticleTests {
    @Test("an opened article, both sides of a comparison and a wide list's preview are on screen; the corpus people screen shows none")
    func showing() {
        var state = ReaderState(corpus: Fixtures.corpus, width: 80, height: 10)
        #expect(!state.isShowing(articleIndex: 0))
        state.width = 140
        #expect(state.isShowing(articleIndex: 0))
        state.screen = .compare(left: 0, right: 1)
        #expect(state.isShowing(articleIndex: 1) && !state.isShowing(articleIndex: 2))
        state.screen = .article(2)
        #expect(state.isShowing(articleIndex: 2) && !state.isShowing(articleIndex: 0))
        state.screen = .corpusPeople
        #expect(!state.isShowing(articleIndex: 0))
    }
}

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

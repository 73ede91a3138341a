import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Model

/// The measurements made on one corpus folder, in one process so that its peak memory is the
/// corpus's own: load and first paint, grouping, annotation, and frame times.
struct SizeBenchmark {
    /// The corpus folder.
    var folder: String
    /// The generator's stories (`BenchRunner.readTruth`), for grouping quality; read only after
    /// peak memory is taken, so the benchmark's own scoring data is not counted as the reader's.
    var truthFile: String?
    /// Annotation reads stories in order until this many bytes of text have been read.
    var annotationByteLimit: Int
    /// Keys timed per view.
    var frameKeys = 1000
    /// Screen size for painting.
    var width = 100
    var height = 30

    /// Runs every measurement, reporting progress on standard error.
    func run(files: Int, corpusBytes: Int) -> SizeFigures {
        let residentAtStart = MemoryUsage.currentResidentBytes() ?? 0
        // First paint: what the reader does before it can show anything.
        let startCPU = BenchClock.threadCPU()
        let start = BenchClock.now()
        // As the reader does: list the inputs, parse a first batch only and paint; the other
        // inputs and the furniture, outlets and stories follow in the background.
        let load = ProgressiveLoad(loader: CorpusLoader(finishesArticles: false), paths: [folder])
        let listed = BenchClock.now()
        let (firstBatch, inputsRead) = load.readFirstBatch()
        let loaded = BenchClock.now()
        var state = ReaderState(corpus: firstBatch, width: width, height: height)
        _ = reduce(&state, .resized(width: width, height: height))
        var buffer = ScreenBuffer(width: width, height: height)
        render(state, into: &buffer)
        let painted = BenchClock.now()
        let paintedCPU = BenchClock.threadCPU() - startCPU
        let residentAfterPaint = MemoryUsage.currentResidentBytes() ?? MemoryUsage.peakResidentBytes()
        progress("listed \(load.plan.count) inputs in \(format(listed - start)) s, read the first \(firstBatch.articles.count) articles in \(format(loaded - start)) s, list painted at \(format(painted - start)) s")

        // The background's part of loading, timed here on this thread.
        var corpus = firstBatch
        let restStart = BenchClock.now()
        load.readRest(from: inputsRead) { part, _ in corpus.append(part) }
        let allRead = BenchClock.now()
        progress("read all \(corpus.articles.count) articles at \(format(allRead - start)) s")

        var figures = SizeFigures(
            articles: corpus.articles.count, files: files, corpusBytes: corpusBytes, skipped: corpus.skipped.count,
            loadSeconds: loaded - start, allReadSeconds: allRead - restStart + (loaded - start), firstPaintSeconds: painted - start, firstPaintCPUSeconds: paintedCPU, residentAfterPaint: residentAfterPaint,
            residentAtStart: residentAtStart, peakResident: 0)

        let finishStart = BenchClock.now()
        CorpusLoader.finish(&corpus)
        progress("furniture, degradation and outlets (background, all cores) in \(format(BenchClock.now() - finishStart)) s")
        state.articles = corpus.articles
        let articles = corpus.articles
        let grouping = StoryBenchmarks.group(articles)
        figures.grouping = grouping.figures
        progress("grouped into \(grouping.figures.stories) stories in \(format(grouping.figures.seconds)) s")

        figures.annotation = StoryBenchmarks.annotate(articles, stories: grouping.grouping.stories, byteLimit: annotationByteLimit)
        if let annotation = figures.annotation {
            progress("annotated \(annotation.bytes / 1_000_000) MB: \(format(Double(annotation.bytes) / 1e6 / annotation.oneCoreSeconds)) MB/s on one core")
        }

        figures.articleFrames = articleFrames(state)
        figures.compareFrames = StoryBenchmarks.compareFrames(state, grouping: grouping.grouping, keys: frameKeys)
        figures.peakResident = MemoryUsage.peakResidentBytes()
        if let truthFile,
           let scores = StoryBenchmarks.scores(grouping.grouping, of: articles, truth: BenchRunner.readTruth(truthFile), folder: folder) {
            figures.grouping?.pairPrecision = scores.precision
            figures.grouping?.pairRecall = scores.recall
        }
        return figures
    }

    /// Frame times in the article view, on the longest of the first articles, annotated.
    func articleFrames(_ listState: ReaderState) -> SizeFigures.Frames? {
        guard !listState.articles.isEmpty else { return nil }
        var state = listState
        let candidates = state.articles.indices.prefix(500)
        guard let longest = candidates.max(by: { state.articles[$0].text.utf8.count < state.articles[$1].text.utf8.count }) else { return nil }
        _ = reduce(&state, .annotated(articleIndex: longest, StoryBenchmarks.annotations(for: state.articles[longest])))
        _ = openArticle(longest, &state)
        return FrameTimer.time(state, keys: frameKeys) { $0.articleScroll }
    }

    private func progress(_ message: String) {
        if ProcessInfo.processInfo.environment["BENCH_TRIM"] != nil, let symbol = dlsym(nil, "malloc_trim") {
            typealias Trim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        let resident = (MemoryUsage.currentResidentBytes() ?? 0) / 1_000_000
        let peak = MemoryUsage.peakResidentBytes() / 1_000_000
        FileHandle.standardError.write(Data("bench: \(message) [resident \(resident) MB, peak \(peak) MB]\n".utf8))
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

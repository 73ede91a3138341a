import Model

/// Reads a corpus a batch at a time: the first batch is enough to paint the list, the rest
/// follow from the background in growing batches, so a big folder opens at once.
struct ProgressiveLoad: Sendable {
    /// Articles read before the list is first painted: more than a tall screen shows.
    static let firstBatchArticles = 200
    /// Inputs in the first background batch; each later batch doubles, up to `largestBatch`.
    static let firstBackgroundBatch = 512
    static let largestBatch = 8192

    let loader: CorpusLoader
    let plan: LoadPlan

    /// Lists the inputs behind `paths` without reading them.
    init(loader: CorpusLoader, paths: [String]) {
        self.loader = loader
        plan = loader.plan(paths: paths)
    }

    /// Reads the first inputs, until a screenful of articles or every input is in.
    func readFirstBatch() -> (corpus: Corpus, inputsRead: Int) {
        loader.loadFirstBatch(plan, minimumArticles: Self.firstBatchArticles)
    }

    /// Reads the inputs from `start` on, handing each batch and the inputs read so far to `deliver`.
    func readRest(from start: Int, deliver: (Corpus, _ inputsRead: Int) -> Void) {
        var read = start
        var batch = Self.firstBackgroundBatch
        while read < plan.count {
            let end = min(plan.count, read + batch)
            let part = loader.load(plan, inputs: read..<end)
            read = end
            deliver(part, read)
            batch = min(Self.largestBatch, batch * 2)
        }
    }
}

/// How far reading the inputs has got, for the status line.
struct LoadProgress: Equatable, Sendable {
    var inputsRead: Int
    var inputCount: Int

    /// True once every input has been read.
    var isComplete: Bool { inputsRead >= inputCount }
}

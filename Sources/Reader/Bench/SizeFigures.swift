/// Everything measured for one corpus size; the child process prints it as one JSON line.
struct SizeFigures: Sendable, Codable {
    /// Frame times after a key, in seconds.
    struct Frames: Sendable, Codable {
        var median: Double
        var p99: Double
        var worst: Double
        /// The same in thread CPU time: what the frame costs when the machine is not shared.
        var cpuMedian: Double
        var cpuP99: Double
        var keys: Int
    }

    /// Story grouping: time, and agreement with the generator's stories (pairs of articles).
    struct Grouping: Sendable, Codable {
        var seconds: Double
        /// CPU seconds of every thread (grouping runs on all cores).
        var cpuSeconds: Double
        var stories: Int
        var pairPrecision: Double?
        var pairRecall: Double?
    }

    /// Annotation (furniture + quotes + people) over a prefix of the stories.
    struct Annotation: Sendable, Codable {
        var articles: Int
        var bytes: Int
        var words: Int
        var quotes: Int
        var people: Int
        /// The median serial turn: wall and thread CPU time.
        var oneCoreSeconds: Double
        var oneCoreCPUSeconds: Double
        /// Serial turns run, and the fastest and slowest of them.
        var oneCoreTurns: Int
        var oneCoreFastestSeconds: Double
        var oneCoreSlowestSeconds: Double
        var allCoresSeconds: Double
        var threads: Int
        /// `CorePace.measure()` just before and just after the serial turns, in million steps a second.
        var corePaceBefore: Double
        var corePaceAfter: Double
    }

    var articles: Int
    var files: Int
    var corpusBytes: Int
    /// Inputs the loader skipped (should be none).
    var skipped: Int
    /// Listing the inputs and reading the first batch (what the first paint waits for).
    var loadSeconds: Double
    /// Listing and reading every input (the rest in the background, while the list is shown).
    var allReadSeconds: Double
    /// Load + initial state + first render of the list, headless.
    var firstPaintSeconds: Double
    /// CPU time of the same (one thread).
    var firstPaintCPUSeconds: Double
    /// Resident memory right after the first paint, in bytes.
    var residentAfterPaint: Int
    var grouping: Grouping?
    var annotation: Annotation?
    var articleFrames: Frames?
    var compareFrames: Frames?
    /// Resident memory before the corpus was read (runtime and libraries), in bytes.
    var residentAtStart: Int
    /// Largest resident set of the whole run, in bytes.
    var peakResident: Int
}

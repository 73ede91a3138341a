/// Everything one `reader bench` run measured, ready to print.
struct BenchResults: Sendable {
    /// One corpus size: how it was generated, and what the child process measured on it.
    struct SizeRun: Sendable {
        var size: Int
        var generated: CorpusFolderWriter.Summary
        var generateSeconds: Double
        var figures: SizeFigures?
        /// Seconds until the real binary had drawn the list on a pseudo-terminal.
        var realFirstPaint: Double?
        /// Why the size could not be measured, when it could not.
        var failure: String?
    }

    /// Aligning two long accounts of one story.
    struct AlignmentFigures: Sendable {
        var words: (left: Int, right: Int)
        var firstSeconds: Double
        var medianSeconds: Double
        var matchedRows: Int
        /// The same against a lower-cased, punctuation-stripped right account.
        var degradedMedianSeconds: Double
        var degradedMatchedRows: Int
    }

    var machine: MachineInfo
    var release: Bool
    var seed: UInt64
    var sizes: [SizeRun] = []
    var alignment: AlignmentFigures?
    var pty: PtyProbe.Figures?
    /// Why the terminal measurements are missing, when they are.
    var ptyFailure: String?
}

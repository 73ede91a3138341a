import ArgumentParser
import Foundation
import Model

/// `reader bench`: generates synthetic corpora and measures speed and memory against the targets.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory on generated corpora (build with scripts/build-release).",
        discussion: """
            Generates deterministic synthetic corpora (fictional outlets, people, quotations, \
            furniture, lower-cased accounts) in a temporary folder, measures loading and first \
            paint, story grouping, annotation, alignment, frame times, peak memory and the bytes \
            sent to a terminal, prints the figures next to their targets, and deletes the corpora. \
            Exits non-zero only when it could not run.
            """
    )

    @Option(help: ArgumentHelp("Corpus sizes in articles, comma-separated.", valueName: "n,n,..."))
    var sizes = "1000,10000,100000"

    @Flag(help: "Only the 1,000-article corpus.")
    var quick = false

    @Option(help: "Seed of the synthetic corpora: the same seed gives the same corpora.")
    var seed: UInt64 = 7

    @Option(help: ArgumentHelp("Folder in which to generate the corpora.", valueName: "path"), completion: .directory)
    var workDir = NSTemporaryDirectory()

    @Flag(help: "Keep the generated corpora.")
    var keep = false

    @Option(name: .customLong("annotate-mb"), help: "Annotate stories until this many megabytes of text have been read.")
    var annotateMegabytes = 100

    @Flag(help: "Skip the measurements that run the real binary on a pseudo-terminal.")
    var noPty = false

    @Option(help: ArgumentHelp("Keys that open the side-by-side view from an article, for the terminal measurements.", valueName: "keys"))
    var compareKeys = "s"

    @Option(help: ArgumentHelp("Also write the tables as Markdown to this file.", valueName: "path"), completion: .file())
    var markdown: String?

    @Option(help: ArgumentHelp("Only write a corpus of the first size (or --one-size) to this folder, and stop (for profiling).", valueName: "path"), completion: .directory)
    var generate: String?

    @Option(help: ArgumentHelp("Measure one size in this process and print its figures as JSON (used by the full run).", valueName: "n"))
    var oneSize: Int?

    @Option(help: ArgumentHelp("With --one-size: measure this existing corpus folder instead of generating one.", valueName: "path"), completion: .directory)
    var corpusDir: String?

    @Option(help: ArgumentHelp("With --one-size: true story of each article (id<TAB>story lines), for grouping quality.", valueName: "path"), completion: .file())
    var truthFile: String?

    func validate() throws {
        if oneSize == nil, parsedSizes.isEmpty { throw ValidationError("--sizes needs at least one positive number") }
        if let oneSize, oneSize <= 0 { throw ValidationError("--one-size needs a positive number") }
    }

    private var parsedSizes: [Int] {
        quick ? [1000] : sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
    }

    func run() throws {
        if let generate {
            let size = oneSize ?? parsedSizes.first ?? 1000
            let summary = try CorpusFolderWriter().write(SyntheticCorpus(seed: seed, articleCount: size), to: generate)
            print("\(summary.articles) articles in \(summary.files) files (\(summary.bytes) bytes), \(summary.stories) stories, \(summary.degraded) lower-cased: \(generate)")
            return
        }
        if let oneSize {
            try runOneSize(oneSize)
            return
        }
        let runner = BenchRunner(
            sizes: parsedSizes, seed: seed, workFolder: workDir.hasSuffix("/") ? String(workDir.dropLast()) : workDir,
            keep: keep, annotationMegabytes: annotateMegabytes, measureTerminal: !noPty, compareKeys: compareKeys)
        let results = runner.run()
        let report = BenchReport(results: results)
        print(report.text)
        if let markdown {
            try AtomicFile.write(Data(report.markdown.utf8), to: URL(fileURLWithPath: markdown))
        }
        if results.sizes.allSatisfy({ $0.figures == nil }) { throw ExitCode(1) }
    }

    /// Child mode: measure one corpus (generated here when no folder is given) and print JSON.
    private func runOneSize(_ size: Int) throws {
        var folder = corpusDir
        var generated: String?
        if folder == nil {
            let path = (workDir.hasSuffix("/") ? String(workDir.dropLast()) : workDir) + "/reader-bench-\(getpid())-\(size)"
            _ = try CorpusFolderWriter().write(SyntheticCorpus(seed: seed, articleCount: size), to: path)
            folder = path
            generated = path
        }
        defer { if let generated, !keep { try? FileManager.default.removeItem(atPath: generated) } }
        guard let folder else { return }
        let (files, bytes) = Self.diskUsage(folder)
        let benchmark = SizeBenchmark(
            folder: folder, truthFile: truthFile,
            annotationByteLimit: annotateMegabytes * 1_000_000)
        let figures = benchmark.run(files: files, corpusBytes: bytes)
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(figures), as: UTF8.self)
        print(BenchRunner.figuresPrefix + json)
    }

    /// Number of files and their total size under `folder`, hidden files included.
    static func diskUsage(_ folder: String) -> (files: Int, bytes: Int) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return (0, 0) }
        var files = 0, bytes = 0
        while let relative = enumerator.nextObject() as? String {
            let attributes = enumerator.fileAttributes
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            files += 1
            bytes += (attributes?[.size] as? NSNumber)?.intValue ?? 0
            _ = relative
        }
        return (files, bytes)
    }
}

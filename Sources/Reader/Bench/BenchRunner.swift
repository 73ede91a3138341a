import Foundation

/// Runs the whole benchmark: for each size, generate a corpus on disk, measure it in a child
/// process (`reader bench --one-size N`) so each size's peak memory is its own, time the real
/// binary's first paint on a pty, delete the corpus; then alignment and terminal bytes.
struct BenchRunner {
    var sizes: [Int]
    var seed: UInt64
    /// Where corpora are generated (a fresh folder inside it, removed at the end unless `keep`).
    var workFolder: String
    var keep: Bool
    var annotationMegabytes: Int
    var measureTerminal: Bool
    var compareKeys: String

    /// Bytes a generated article takes on disk, on average, with margin (for the space check).
    static let bytesPerArticle = 8_000

    func run() -> BenchResults {
        var results = BenchResults(machine: MachineInfo.current(), release: Self.isRelease, seed: seed)
        let root = workFolder + "/reader-bench-\(getpid())"
        defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }
        for size in sizes {
            results.sizes.append(runSize(size, root: root))
        }
        progress("aligning two 5,000-word accounts")
        results.alignment = StoryBenchmarks.alignment(seed: seed)
        if measureTerminal {
            if PtyProbe.script == nil {
                results.ptyFailure = "scripts/pty-bytes.py not found"
            } else {
                progress("counting terminal bytes on a pty")
                let folder = root + "/pty"
                do {
                    _ = try CorpusFolderWriter().write(SyntheticCorpus(seed: seed, articleCount: 24, words: 1400...1500, minimumAccounts: 3), to: folder)
                    let figures = PtyProbe().run(corpus: folder, samples: 5, compareKeys: compareKeys)
                    if let error = figures?.error {
                        results.ptyFailure = error
                    } else if figures == nil {
                        results.ptyFailure = "the pty script failed (is python3 installed?)"
                    } else {
                        results.pty = figures
                    }
                } catch {
                    results.ptyFailure = "could not write the corpus: \(error)"
                }
            }
        } else {
            results.ptyFailure = "skipped (--no-pty)"
        }
        return results
    }

    private func runSize(_ size: Int, root: String) -> BenchResults.SizeRun {
        let folder = root + "/corpus-\(size)"
        var run = BenchResults.SizeRun(size: size, generated: .init(), generateSeconds: 0)
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: workFolder)[.systemFreeSize] as? NSNumber)?.intValue ?? .max
        if free < size * Self.bytesPerArticle * 2 {
            run.failure = "not enough free disk space in \(workFolder) (\(free / 1_000_000) MB free)"
            return run
        }
        progress("generating \(size) articles in \(folder)")
        do {
            let start = BenchClock.now()
            run.generated = try CorpusFolderWriter().write(SyntheticCorpus(seed: seed, articleCount: size), to: folder)
            run.generateSeconds = BenchClock.now() - start
            // The kernel writes the new files out in the background; let it finish before the
            // child times anything, so the generator's disk writes are not charged to the reader.
            sync()
        } catch {
            run.failure = "could not write the corpus: \(error)"
            return run
        }
        defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
        let truthFile = root + "/truth-\(size).tsv"
        let truth = run.generated.truth.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }.joined(separator: "\n")
        try? truth.write(toFile: truthFile, atomically: false, encoding: .utf8)
        run.generated.truth = [:]

        progress("measuring \(size) articles in a child process")
        let output = ChildProcess.run(ChildProcess.currentExecutable, [
            "bench", "--one-size", String(size), "--corpus-dir", folder, "--truth-file", truthFile,
            "--annotate-mb", String(annotationMegabytes),
        ])
        if let line = output?.split(separator: "\n").last(where: { $0.hasPrefix(Self.figuresPrefix) }) {
            run.figures = try? JSONDecoder().decode(SizeFigures.self, from: Data(line.dropFirst(Self.figuresPrefix.count).utf8))
        }
        if run.figures == nil { run.failure = "the child process failed" }
        if measureTerminal, PtyProbe.script != nil {
            progress("timing the real binary's first paint on a pty")
            run.realFirstPaint = PtyProbe().run(corpus: folder, samples: 1, settle: 0)?.firstPaintS
        }
        return run
    }

    /// Marks the child's line of figures on its standard output.
    static let figuresPrefix = "BENCH-FIGURES "

    static var isRelease: Bool {
        #if DEBUG
        return false
        #else
        return true
        #endif
    }

    /// Reads a truth file written by the parent: `id<TAB>story` lines.
    static func readTruth(_ path: String) -> [String: Int] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var truth: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let story = Int(parts[1]) { truth[String(parts[0])] = story }
        }
        return truth
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
    }
}

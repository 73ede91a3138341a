import Foundation

/// Turns `BenchResults` into tables — figure, target, verdict — as aligned text for the terminal
/// or as Markdown for BENCHMARKS.md.
struct BenchReport {
    /// One table: a title and rows of [measure, figure, target, verdict].
    struct Table {
        var title: String
        var rows: [[String]]
    }

    let results: BenchResults

    /// Every table, in reading order.
    var tables: [Table] {
        var tables = results.sizes.map(sizeTable)
        if results.sizes.filter({ $0.figures != nil }).count > 1 { tables.append(growthTable) }
        tables.append(fixedTable)
        return tables
    }

    var header: String {
        let machine = results.machine
        return """
            reader bench — \(machine.date), commit \(machine.commit), \(results.release ? "release build" : "DEBUG BUILD (figures not meaningful)")
            machine: \(machine.cpuModel), \(machine.cores) cores (nproc), \(machine.memory) RAM; seed \(results.seed)
            """
    }

    /// Aligned plain-text tables.
    var text: String {
        var output = header + "\n"
        for table in tables {
            output += "\n" + table.title + "\n"
            let all = [["measure", "figure", "target", ""]] + table.rows
            let widths = (0..<4).map { column in all.map { $0[column].count }.max() ?? 0 }
            for row in all {
                output += (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            }
        }
        return output
    }

    /// Markdown tables.
    var markdown: String {
        var output = header.split(separator: "\n").map { "- " + $0 }.joined(separator: "\n") + "\n"
        for table in tables {
            output += "\n### \(table.title)\n\n| Measure | Figure | Target | |\n|---|---|---|---|\n"
            for row in table.rows {
                output += "| " + row.map { $0.replacingOccurrences(of: "|", with: "/") }.joined(separator: " | ") + " |\n"
            }
        }
        return output
    }

    // MARK: tables

    private func sizeTable(_ run: BenchResults.SizeRun) -> Table {
        let generated = run.generated
        var rows: [[String]] = [[
            "corpus", "\(grouped(run.size)) articles, \(grouped(generated.files)) files, \(megabytes(generated.bytes)) on disk, "
                + "\(grouped(generated.stories)) stories, \(grouped(generated.degraded)) lower-cased (generated in \(seconds(run.generateSeconds)))",
            "", "",
        ]]
        guard let figures = run.figures else {
            rows.append(["measurements", "not run: \(run.failure ?? "unknown failure")", "", "FAILED"])
            return Table(title: "\(grouped(run.size)) articles", rows: rows)
        }
        let paintTarget = run.size > 10_000 ? 3.0 : 0.3
        if figures.skipped > 0 { rows.append(["inputs skipped by the loader", grouped(figures.skipped), "0", "CHECK"]) }
        rows.append(["list painted (headless: list inputs + first batch + state + render)", "\(seconds(figures.firstPaintSeconds)) (CPU \(seconds(figures.firstPaintCPUSeconds)))",
                     "≤ \(seconds(paintTarget))", verdict(figures.firstPaintSeconds <= paintTarget)])
        rows.append(["  of which listing the inputs and reading the first batch", seconds(figures.loadSeconds), "", ""])
        rows.append(["every input read (the rest in the background, all cores)", seconds(figures.allReadSeconds), "", ""])
        if let real = run.realFirstPaint {
            rows.append(["list painted (real binary on a pty)", seconds(real), "≤ \(seconds(paintTarget))", verdict(real <= paintTarget)])
        }
        if let grouping = figures.grouping {
            let target = run.size > 10_000 ? 30.0 : 2.0
            var quality = "\(grouped(grouping.stories)) stories"
            if let precision = grouping.pairPrecision, let recall = grouping.pairRecall {
                quality += String(format: ", pair precision %.2f, recall %.2f", precision, recall)
            }
            rows.append(["story grouping (all cores)", "\(seconds(grouping.seconds)) (CPU of all threads \(seconds(grouping.cpuSeconds)); \(quality))", "≤ \(seconds(target))", verdict(grouping.seconds <= target)])
        }
        if let annotation = figures.annotation {
            let rate = Double(annotation.bytes) / 1e6 / annotation.oneCoreSeconds
            let cpuRate = Double(annotation.bytes) / 1e6 / annotation.oneCoreCPUSeconds
            rows.append(["annotation, one core (furniture + quotes + people)",
                         String(format: "%.1f MB/s, %@ words/s (CPU time: %.1f MB/s)", rate, grouped(Int(Double(annotation.words) / annotation.oneCoreSeconds)), cpuRate),
                         "≥ 50 MB/s", verdict(rate >= 50)])
            rows.append(["  measured over", "\(grouped(annotation.articles)) articles, \(megabytes(annotation.bytes)), \(grouped(annotation.quotes)) quotes, \(grouped(annotation.people)) people", "", ""])
            if annotation.oneCoreTurns > 1 {
                let megabytesRead = Double(annotation.bytes) / 1e6
                rows.append(["  serial turns (median shown)", String(format: "%d, from %.1f to %.1f MB/s", annotation.oneCoreTurns,
                                                                    megabytesRead / annotation.oneCoreSlowestSeconds, megabytesRead / annotation.oneCoreFastestSeconds), "", ""])
            }
            rows.append(["  core pace before / after the serial turns (fixed integer loop, `CorePace`)",
                         String(format: "%.0f / %.0f M steps/s", annotation.corePaceBefore, annotation.corePaceAfter), "", ""])
            rows.append(["annotation, all cores (\(annotation.threads) threads, concurrentPerform over stories)",
                         String(format: "%.1f MB/s (×%.2f)", Double(annotation.bytes) / 1e6 / annotation.allCoresSeconds, annotation.oneCoreSeconds / annotation.allCoresSeconds),
                         "", ""])
        }
        for (name, frames) in [("frame after a key, article view", figures.articleFrames), ("frame after a key, side-by-side view", figures.compareFrames)] {
            guard let frames else {
                rows.append([name, "not measured (view not available in this build)", "≤ 5 ms", "—"])
                continue
            }
            rows.append([name, String(format: "median %.3f ms, p99 %.3f ms, worst %.3f ms; CPU median %.3f ms, p99 %.3f ms (%d keys)",
                                      frames.median * 1000, frames.p99 * 1000, frames.worst * 1000, frames.cpuMedian * 1000, frames.cpuP99 * 1000, frames.keys),
                         "≤ 5 ms (p99)", verdict(frames.p99 <= 0.005)])
        }
        let ratio = Double(figures.peakResident) / Double(max(1, figures.corpusBytes))
        rows.append(["peak memory (VmHWM, own process)", "\(megabytes(figures.peakResident)) = \(String(format: "%.2f", ratio))× corpus on disk",
                     "≤ 2×", verdict(ratio <= 2)])
        rows.append(["  resident at start / after the list is painted", "\(megabytes(figures.residentAtStart)) / \(megabytes(figures.residentAfterPaint))", "", ""])
        let aboveStart = Double(figures.peakResident - figures.residentAtStart) / Double(max(1, figures.corpusBytes))
        rows.append(["  peak above the runtime's own", String(format: "%@ = %.2f× corpus on disk", megabytes(figures.peakResident - figures.residentAtStart), aboveStart), "", ""])
        return Table(title: "\(grouped(run.size)) articles", rows: rows)
    }

    private var growthTable: Table {
        let measured = results.sizes.filter { $0.figures != nil }
        var rows: [[String]] = []
        for (previous, next) in zip(measured, measured.dropFirst()) {
            let label = "\(grouped(previous.size)) → \(grouped(next.size))"
            let n0 = Double(previous.size), n1 = Double(next.size)
            let nLogN = (n1 * log(n1)) / (n0 * log(n0))
            if let a = previous.figures?.grouping, let b = next.figures?.grouping, a.cpuSeconds > 0, a.seconds > 0 {
                let ratio = b.cpuSeconds / a.cpuSeconds
                let exponent = log(ratio) / log(n1 / n0)
                rows.append(["grouping CPU time \(label)", String(format: "×%.1f (wall ×%.1f; n log n: ×%.1f; time ∝ n^%.2f)", ratio, b.seconds / a.seconds, nLogN, exponent),
                             "≤ n log n (+20% noise)", verdict(ratio <= nLogN * 1.2)])
            }
            if let a = previous.figures?.firstPaintSeconds, let b = next.figures?.firstPaintSeconds, a > 0 {
                rows.append(["list painted \(label)", String(format: "×%.1f (n: ×%.0f)", b / a, n1 / n0), "", ""])
            }
            if let a = previous.figures?.peakResident, let b = next.figures?.peakResident, a > 0 {
                rows.append(["peak memory \(label)", String(format: "×%.1f (n: ×%.0f)", Double(b) / Double(a), n1 / n0), "", ""])
            }
        }
        return Table(title: "Growth", rows: rows)
    }

    private var fixedTable: Table {
        var rows: [[String]] = []
        if let alignment = results.alignment {
            rows.append(["alignment, two \(grouped(alignment.words.left))/\(grouped(alignment.words.right))-word accounts",
                         String(format: "median %.1f ms (first run %.1f ms), %d matched rows", alignment.medianSeconds * 1000, alignment.firstSeconds * 1000, alignment.matchedRows),
                         "≤ 50 ms", verdict(alignment.medianSeconds <= 0.05)])
            rows.append(["  the same, right account lower-cased and unpunctuated",
                         String(format: "median %.1f ms, %d matched rows", alignment.degradedMedianSeconds * 1000, alignment.degradedMatchedRows),
                         "≤ 50 ms", verdict(alignment.degradedMedianSeconds <= 0.05)])
        }
        if let pty = results.pty {
            let median = { (samples: [Int]?) -> Int? in
                guard let samples, !samples.isEmpty else { return nil }
                return samples.sorted()[samples.count / 2]
            }
            let describe = { (samples: [Int]?) -> String in
                guard let samples, let middle = median(samples) else { return "not measured" }
                return "\(middle) bytes (samples: \(samples.map(String.init).joined(separator: ", ")))"
            }
            rows.append(["terminal: first frame (real binary, 100×30, xterm-256color)", "\(pty.firstPaintBytes ?? 0) bytes", "", ""])
            rows.append(["terminal: opening an article", "\(pty.openBytes ?? 0) bytes", "", ""])
            rows.append(["terminal: one-line scroll, article view", describe(pty.lineBytes), "≤ 200 bytes", verdict(median(pty.lineBytes).map { $0 <= 200 })])
            rows.append(["terminal: page down, article view", describe(pty.pageBytes), "", ""])
            if pty.compareLineBytes != nil {
                rows.append(["terminal: opening the side-by-side view", "\(pty.compareOpenBytes ?? 0) bytes", "", ""])
                rows.append(["terminal: one-line scroll, side-by-side", describe(pty.compareLineBytes), "≤ 200 bytes", verdict(median(pty.compareLineBytes).map { $0 <= 200 })])
                rows.append(["terminal: page down, side-by-side", describe(pty.comparePageBytes), "", ""])
            }
        } else {
            rows.append(["terminal bytes", "not measured: \(results.ptyFailure ?? "unknown")", "≤ 200 bytes", "—"])
        }
        return Table(title: "Independent of corpus size", rows: rows)
    }

    // MARK: formatting

    private func verdict(_ met: Bool?) -> String {
        guard let met else { return "—" }
        return met ? "met" : "MISSED"
    }

    private func seconds(_ value: Double) -> String {
        value < 10 ? String(format: "%.3f s", value) : String(format: "%.1f s", value)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return result
    }
}

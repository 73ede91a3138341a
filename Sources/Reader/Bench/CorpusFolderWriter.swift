import Foundation

/// Writes a synthetic corpus to a folder the way corpora arrive: a folder per outlet, one file per
/// article (plain text with a `.outlet` file naming the outlet, or Markdown with front matter),
/// and JSON Lines files of up to `recordsPerJSONLFile` records for the dataset-style outlets.
struct CorpusFolderWriter {
    var recordsPerJSONLFile = 250

    /// What was written.
    struct Summary: Sendable, Codable {
        var articles = 0
        var files = 0
        var bytes = 0
        var words = 0
        var degraded = 0
        var stories = 0
        /// Article id relative to the corpus folder (`outlet/file` or `outlet/part.jsonl#line`) and story number.
        var truth: [String: Int] = [:]
    }

    /// Writes `corpus` under `folder` (created if needed); throws when a file cannot be written.
    func write(_ corpus: SyntheticCorpus, to folder: String) throws -> Summary {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var summary = Summary()
        var pending: [Int: [String]] = [:]
        var parts: [Int: Int] = [:]
        var created: Set<Int> = []

        func flush(_ outletIndex: Int) throws {
            guard let lines = pending[outletIndex], !lines.isEmpty else { return }
            let part = parts[outletIndex, default: 0] + 1
            parts[outletIndex] = part
            let name = "part-" + Self.zeroPadded(part, 4) + ".jsonl"
            let relativeFolder = SyntheticVocabulary.outlets[outletIndex].slug
            try writeFile(folder + "/" + relativeFolder + "/" + name, lines.joined(separator: "\n") + "\n", into: &summary)
            pending[outletIndex] = []
        }

        try corpus.forEachStory { story, accounts in
            summary.stories += 1
            for account in accounts {
                let outlet = account.outlet
                let outletFolder = folder + "/" + outlet.slug
                if created.insert(account.outletIndex).inserted {
                    try manager.createDirectory(atPath: outletFolder, withIntermediateDirectories: true)
                    if outlet.format == .text {
                        try (outlet.name + "\n").write(toFile: outletFolder + "/.outlet", atomically: false, encoding: .utf8)
                    }
                }
                summary.articles += 1
                summary.words += account.words
                if account.degraded { summary.degraded += 1 }
                let stem = Self.zeroPadded(story.number, 7)
                switch outlet.format {
                case .text:
                    try writeFile(outletFolder + "/" + stem + ".txt", account.plainText, into: &summary)
                    summary.truth[outlet.slug + "/" + stem + ".txt"] = story.number
                case .markdown:
                    try writeFile(outletFolder + "/" + stem + ".md", account.markdown, into: &summary)
                    summary.truth[outlet.slug + "/" + stem + ".md"] = story.number
                case .jsonLines:
                    pending[account.outletIndex, default: []].append(account.jsonLine)
                    let line = pending[account.outletIndex]!.count
                    let part = parts[account.outletIndex, default: 0] + 1
                    let name = "part-" + Self.zeroPadded(part, 4) + ".jsonl"
                    summary.truth[outlet.slug + "/" + name + "#\(line)"] = story.number
                    if line >= recordsPerJSONLFile { try flush(account.outletIndex) }
                }
            }
        }
        for outletIndex in pending.keys.sorted() { try flush(outletIndex) }
        return summary
    }

    /// `value` in decimal, left-padded with zeros to `width` digits.
    static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func writeFile(_ path: String, _ contents: String, into summary: inout Summary) throws {
        let data = Data(contents.utf8)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        summary.files += 1
        summary.bytes += data.count
    }
}

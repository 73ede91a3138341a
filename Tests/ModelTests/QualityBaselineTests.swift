import Foundation
import Testing
@testable import Model

/// Guards annotation quality: scores the development corpora of ../shared/eval with its scorer and
/// fails when a figure falls more than the tolerance below `Tests/quality-baseline.json`.
@Suite("Annotation quality against recorded figures")
struct QualityBaselineTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let evalFolder = tests.appendingPathComponent("../../shared/eval").standardized

    @Test("no figure drops more than the tolerance below its recorded value")
    func figuresHold() throws {
        guard FileManager.default.fileExists(atPath: Self.evalFolder.appendingPathComponent("score.py").path) else {
            print("skipped: no evaluation data at \(Self.evalFolder.path) (../shared is absent, as in a user's clone)")
            return
        }
        let baseline = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.tests.appendingPathComponent("quality-baseline.json"))) as? [String: Any]
        let tolerance = baseline?["tolerance"] as? Double ?? 0.02
        let figures = try #require(baseline?["figures"] as? [String: Double])
        var measured: [String: Double] = [:]
        for corpus in Set(figures.keys.map { String($0.split(separator: " ")[0]) }) {
            let scores = try score(corpus: corpus)
            for (key, _) in figures where key.hasPrefix(corpus + " ") {
                let parts = key.split(separator: " ").map(String.init)
                let metric = scores[parts[1]] as? [String: Any]
                measured[key] = metric?[parts[2]] as? Double ?? 0
            }
        }
        for (key, recorded) in figures.sorted(by: { $0.key < $1.key }) {
            let value = measured[key] ?? 0
            print("quality: \(key) = \(String(format: "%.3f", value)) (recorded \(recorded))")
            #expect(value >= recorded - tolerance, "\(key) fell to \(value) from \(recorded)")
        }
    }

    /// Runs the Model's extraction over one corpus folder and the shared scorer over its output.
    private func score(corpus: String) throws -> [String: Any] {
        let folder = Self.evalFolder.appendingPathComponent(corpus)
        let loaded = CorpusLoader().load(paths: [folder.appendingPathComponent("docs").path])
        let extraction = StoryExtraction(articles: loaded.articles)
        var lines = ""
        for index in extraction.articles.indices {
            lines += ExtractRecord(article: extraction.articles[index], annotations: extraction.annotations[index],
                                   story: extraction.storyIDs[index]).jsonLine() + "\n"
        }
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("quality-\(corpus)-\(getpid()).jsonl")
        try lines.write(to: predictions, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predictions) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.evalFolder.appendingPathComponent("score.py").path,
                             folder.appendingPathComponent("gold.jsonl").path, predictions.path, "--json",
                             "--text-root", folder.appendingPathComponent("docs").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

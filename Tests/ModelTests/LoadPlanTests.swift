import Foundation
import Testing
@testable import Model

@Suite("Loading in batches")
struct LoadPlanTests {
    /// A scratch folder of `count` one-article text files named so they sort in order.
    func folder(files count: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("load-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for number in 0..<count {
            let text = "Harbour notice \(number)\n\nThe ferry to Kell left on time on day \(number).\n"
            try text.write(toFile: path + String(format: "/%03d.txt", number), atomically: false, encoding: .utf8)
        }
        return path
    }

    @Test("a plan lists every file under a folder in order and reads none of them")
    func planListsWithoutReading() throws {
        let root = try folder(files: 5)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let plan = CorpusLoader().plan(paths: [root, root + "/missing.txt", "-"])
        #expect(plan.count == 7)
        #expect(plan.inputs.first == .file(root + "/000.txt", folderOutlet: nil))
        #expect(plan.inputs[5] == .missing(root + "/missing.txt"))
        #expect(plan.inputs[6] == .standardInput)
    }

    @Test("the first batch stops once enough articles are in, and the rest follow in order")
    func firstBatchThenRest() throws {
        let root = try folder(files: 30)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let loader = CorpusLoader(finishesArticles: false)
        let plan = loader.plan(paths: [root])
        let (first, read) = loader.loadFirstBatch(plan, minimumArticles: 7, blockSize: 4)
        #expect(read == 8)
        #expect(first.articles.count == 8)
        var all = first
        all.append(loader.load(plan, inputs: read..<plan.count))
        let whole = loader.load(paths: [root])
        #expect(all.articles.map(\.id) == whole.articles.map(\.id))
        #expect(all.articles.map(\.text) == whole.articles.map(\.text))
    }
}

@Suite("Trimming")
struct WhitespaceTrimmingTests {
    @Test("white space and line breaks of any kind are trimmed from both ends only", arguments: [
        ("  \n\tKell harbour\u{00A0}\r\n", "Kell harbour"),
        ("Kell  harbour", "Kell  harbour"),
        ("\u{2003}\u{3000}", ""),
        ("", ""),
        (" e\u{301} ", "e\u{301}"),
    ])
    func trims(input: String, expected: String) {
        #expect(input.trimmingWhitespaceAndNewlines() == expected)
    }
}

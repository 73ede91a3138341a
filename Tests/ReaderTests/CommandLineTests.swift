import Foundation
import Testing

/// The printing subcommands, run as a user would run them on the demo corpus.
@Suite("Printing subcommands")
struct CommandLineTests {
    func run(_ arguments: [String]) throws -> (code: Int32, output: String) {
        let output = NSTemporaryDirectory() + "reader-cli-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let code = try ChildProcess.run([TmuxSession.readerBinary] + arguments, stdout: output).code
        return (code, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    var demo: String { RepositoryTools.root.appendingPathComponent("demo").path }

    @Test("stories --summary shows a quotation two outlets give to different speakers")
    func storySummary() throws {
        let (code, output) = try run(["stories", "--summary", "--shared-only", demo])
        #expect(code == 0)
        #expect(output.contains("quotations carried by more than one outlet:"))
        #expect(output.contains("! the outlets give different speakers"))
        #expect(output.contains("mentions") && output.contains("quotes"))
    }

    @Test("extract --json writes one schema line per article with the required fields")
    func extractJSON() throws {
        let (code, output) = try run(["extract", "--json", demo])
        #expect(code == 0)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 16)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for field in ["path", "title", "outlet", "story", "body", "boilerplate", "people", "quotes"] {
                #expect(object.keys.contains(field), "missing \(field)")
            }
        }
    }

    @Test("compare prints two accounts side by side without escape sequences when not a terminal")
    func comparePlain() throws {
        let left = demo + "/port-calder-crane-collapse/harbour-courier.txt"
        let right = demo + "/port-calder-crane-collapse/meridian-post.txt"
        let (code, output) = try run(["compare", "--width", "100", left, right])
        #expect(code == 0)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("okafor") && output.contains("Okafor"))
    }
}

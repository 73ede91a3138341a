import Foundation
import Model
import Testing
@testable import Reader

@Suite("Synthetic benchmark corpus")
struct SyntheticCorpusTests {
    static let sample = SyntheticCorpus(seed: 11, articleCount: 240).articles

    @Test("the same seed gives the same corpus, and another seed a different one")
    func deterministic() {
        let again = SyntheticCorpus(seed: 11, articleCount: 240).articles
        #expect(again == Self.sample)
        let other = SyntheticCorpus(seed: 12, articleCount: 240).articles
        #expect(other.map(\.paragraphs) != Self.sample.map(\.paragraphs))
    }

    @Test("a story generated on its own equals the same story generated in sequence")
    func storiesAreIndependent() {
        let fifth = Self.sample.filter { $0.story == 5 }
        let alone = SyntheticCorpus.story(5, seed: 11, words: 300...1500, limit: 100).1
        #expect(!fifth.isEmpty)
        #expect(alone == fifth)
    }

    @Test("the corpus has exactly the number of articles asked for, with bodies of 300 to about 1,500 words")
    func countAndLengths() {
        #expect(Self.sample.count == 240)
        #expect(Self.sample.allSatisfy { $0.words >= 300 && $0.words <= 1700 })
        let mean = Self.sample.reduce(0) { $0 + $1.words } / Self.sample.count
        #expect((700...1100).contains(mean))
    }

    @Test("about one account in ten is lower-cased with its punctuation stripped")
    func degradedShare() {
        let degraded = Self.sample.filter(\.degraded)
        #expect(degraded.count >= 240 / 25 && degraded.count <= 240 / 4)
        for account in degraded {
            let text = account.plainText
            #expect(!text.unicodeScalars.contains { $0.properties.isUppercase })
            #expect(!text.contains(".") && !text.contains(",") && !text.contains("“") && !text.contains("\""))
        }
    }

    @Test("accounts carry quotations in several marks and styles, and furniture")
    func quotesAndFurniture() {
        let readable = Self.sample.filter { !$0.degraded }
        #expect(readable.filter { $0.quotes > 0 }.count * 10 >= readable.count * 9)
        #expect(Self.sample.filter { $0.boilerplate > 0 }.count * 2 >= Self.sample.count)
        let text = readable.map(\.plainText).joined()
        #expect(text.contains("“") && text.contains("‘") && text.contains(" said.\n"))
        #expect(text.contains("\",\" ") || text.contains(",\" "))
        #expect(text.contains("Sign up for") || text.contains("Subscribe to"))
        #expect(text.contains("Read more:") || text.contains("Related stories") || text.contains("Most read"))
    }

    @Test("stories are told by several outlets that share some sentences word for word")
    func sharedAccounts() {
        let stories = Dictionary(grouping: Self.sample, by: \.story)
        let multi = stories.values.filter { $0.count >= 2 }
        #expect(multi.count * 2 >= stories.count)
        var sharing = 0
        for accounts in multi {
            let readable = accounts.filter { !$0.degraded }
            guard readable.count >= 2 else { continue }
            let first = Set(readable[0].paragraphs.flatMap { $0.components(separatedBy: ". ") })
            if readable[1].paragraphs.flatMap({ $0.components(separatedBy: ". ") }).contains(where: first.contains) { sharing += 1 }
            #expect(Set(accounts.map(\.outletIndex)).count == accounts.count)
        }
        #expect(sharing > 0)
    }

    @Test("a written corpus reads back with every article and nothing skipped")
    func writtenCorpusLoads() throws {
        let folder = NSTemporaryDirectory() + "synthetic-corpus-test-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let summary = try CorpusFolderWriter(recordsPerJSONLFile: 10).write(SyntheticCorpus(seed: 3, articleCount: 120), to: folder)
        #expect(summary.articles == 120)
        #expect(summary.truth.count == 120)
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(names.contains { $0.hasSuffix(".txt") } && names.contains { $0.hasSuffix(".md") } && names.contains { $0.hasSuffix(".jsonl") })
        let corpus = CorpusLoader().load(paths: [folder])
        #expect(corpus.skipped.isEmpty)
        #expect(corpus.articles.count == 120)
        let ids = Set(corpus.articles.map { String($0.id.dropFirst(folder.count + 1)) })
        let unmatched = ids.symmetricDifference(summary.truth.keys)
        #expect(unmatched.isEmpty, "ids the loader and the writer disagree on, e.g. \(unmatched.sorted().prefix(4))")
    }

    @Test("pair scores count pairs put together against pairs that belong together")
    func pairScores() throws {
        // Truth: {0,1,2} {3}; predicted: {0,1} {2,3}.
        let scores = try #require(GroupingQuality.pairScores(predicted: [0, 0, 1, 1], truth: [7, 7, 7, 8]))
        #expect(scores.precision == 0.5)
        #expect(abs(scores.recall - 1.0 / 3.0) < 1e-9)
    }
}

import Foundation
import Testing
@testable import Model

/// The two real seed articles in ../shared/seeds; skipped (with a note) where they are absent.
@Suite("Seed articles' furniture")
struct SeedBoilerplateTests {
    static let seedsPresent = FixturePaths.seedsFolder != nil

    func load(_ prefix: String) throws -> Article {
        let path = try #require(FixturePaths.seed(prefix), "seed \(prefix) not found")
        let corpus = CorpusLoader().load(paths: [path])
        return try #require(corpus.articles.first)
    }

    /// Boilerplate spans as text.
    func furniture(_ article: Article) -> [String] { article.boilerplate.map(article.substring) }

    @Test("seed 000: prompts, bio and the headline list are furniture, the Rosenberg paragraph is article",
          .enabled(if: seedsPresent, "../shared/seeds is absent: seed tests skipped"))
    func weekSeed() throws {
        let article = try load("000_")
        let spans = furniture(article)
        let isFurniture = { (prefix: String) in spans.contains { $0.hasPrefix(prefix) } }
        #expect(isFurniture("Subscribe to The Week"))
        #expect(isFurniture("Escape your echo chamber"))
        #expect(isFurniture("Sign up for The Week's Free Newsletters"))
        #expect(spans.filter { $0.hasPrefix("From our morning news briefing") }.count == 2)
        #expect(isFurniture("Sign up for Today's Best Articles"))
        #expect(isFurniture("A free daily email"))
        #expect(isFurniture("Jeva Lange was the executive editor"))
        #expect(isFurniture("Will Trump's 'madman' strategy pay off?"))
        #expect(isFurniture("By Sorcha Bradley"))
        #expect(isFurniture("What have we learned from week one"))
        let body = article.articleParagraphs.map(article.substring)
        #expect(body.count == 4)
        #expect(body.contains { $0.hasPrefix("BBC News' Moscow correspondent, Steve Rosenberg") })
        #expect(body.first?.hasPrefix("Russian Foreign Minister Sergey Lavrov") == true)
        #expect(article.outlet == "The Week")
        #expect(article.degradation.isEmpty)
    }

    @Test("seed 004: the leading sign-in run and trailing copyright run are furniture inside one paragraph",
          .enabled(if: seedsPresent, "../shared/seeds is absent: seed tests skipped"))
    func washingtonTimesSeed() throws {
        let article = try load("004_")
        let spans = furniture(article)
        #expect(spans.count == 2)
        let lead = try #require(spans.first)
        #expect(lead.hasPrefix("sign in manage newsletters"))
        #expect(lead.hasSuffix("always wrong"))
        let trail = try #require(spans.last)
        #expect(trail.hasPrefix("copyright 2020 the washington times llc"))
        #expect(trail.hasSuffix("manage newsletters"))
        #expect(article.outlet == "The Washington Times")
        #expect(article.degradation == [.lowercased, .punctuationStripped])
        #expect(article.title == nil)
    }
}

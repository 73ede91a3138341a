import Foundation
import Testing
@testable import Model

@Suite("Lower-cased accounts")
struct DegradedRecoveryTests {
    static let clean = """
        Dock deal signed
        Harbour Secretary Odo R. Vantrell met union leaders on Friday. "We agreed to keep every crane working through the winter," Vantrell said. "The port stays open."
        """
    static let degraded = """
        dock deal signed after long talks harbour secretary odo r vantrell said on friday we agreed to keep every crane working through the winter said mr vantrell who met union leaders
        """

    @Test("a lower-cased account borrows people and quotes from another account of the story")
    func recovery() {
        var broken = PlainTextParser.parse(Self.degraded, id: "b.txt")
        broken.degradation = [.lowercased, .punctuationStripped]
        let annotations = StoryAnnotator.annotate([PlainTextParser.parse(Self.clean, id: "a.txt"), broken])[1]
        let quote = try? #require(annotations.speech.first)
        #expect(quote.map { broken.substring($0.span) } == "we agreed to keep every crane working through the winter")
        #expect(quote?.speaker == "Odo R. Vantrell")
        #expect(quote?.inferred == true)
        let person = annotations.people.first { $0.name == "Odo R. Vantrell" }
        #expect(person?.mentions.map(broken.substring) == ["odo r vantrell", "vantrell"])
        #expect(person?.inferred == true)
    }

    @Test("two lower-cased accounts of one story each borrow what they would borrow alone")
    func twoDegradedAccounts() {
        var first = PlainTextParser.parse(Self.degraded, id: "b.txt")
        first.degradation = [.lowercased, .punctuationStripped]
        var second = PlainTextParser.parse("talks ended well said mr vantrell we agreed to keep every crane working through the winter", id: "c.txt")
        second.degradation = [.lowercased, .punctuationStripped]
        let clean = PlainTextParser.parse(Self.clean, id: "a.txt")
        let together = StoryAnnotator.annotate([first, clean, second])
        let alone = (StoryAnnotator.annotate([clean, first])[1], StoryAnnotator.annotate([clean, second])[1])
        #expect(together[0] == alone.0)
        #expect(together[2] == alone.1)
        #expect(together[2].speech.first.map { second.substring($0.span) } == "we agreed to keep every crane working through the winter")
        #expect(together[2].speech.first?.speaker == "Odo R. Vantrell")
    }

    @Test("the story's people merge by surname when first names agree or one is missing, keeping the fullest name")
    func storyPeopleMergeBySurname() {
        let accounts = [
            "Mayor Ines Harrow opened the bridge. Harrow said little.",
            "Ines Q. Harrow, the mayor, cut the ribbon beside Tomas Harrow, her brother.",
            "Councillor Bram Ellery and Ellery's aide watched.",
        ].enumerated().map { ArticleAnnotator.analyse(PlainTextParser.parse($0.element, id: "\($0.offset).txt")) }
        let people = DegradedRecovery.StoryEvidence(accounts).people
        let names = people.map(\.name)
        #expect(names.filter { $0.hasSuffix("Harrow") }.count == 2)
        #expect(names.contains("Ines Q. Harrow"))
        #expect(names.contains("Tomas Harrow"))
        #expect(people.first { $0.name == "Ines Q. Harrow" }?.full == ["ines", "q", "harrow"])
        #expect(names.contains("Bram Ellery"))
    }

    @Test("with the two seeds read together, the lower-cased account quotes Rex Tillerson")
    func seeds() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardized.path
        guard FileManager.default.fileExists(atPath: folder) else {
            print("skipped: no seeds at \(folder) (../shared is absent, as in a user's clone)")
            return
        }
        let corpus = CorpusLoader().load(paths: [folder])
        try #require(corpus.articles.count == 2)
        let extraction = StoryExtraction(articles: corpus.articles)
        let index = try #require(extraction.articles.firstIndex { $0.degradation.contains(.lowercased) })
        let article = extraction.articles[index]
        let annotations = extraction.annotations[index]
        let passage = "the president pressed president putin on more than one occasion regarding russian involvement president putin denied such involvement"
        let quote = annotations.speech.first { article.substring($0.span) == passage }
        #expect(quote?.speaker?.hasSuffix("Tillerson") == true)
        let tillerson = annotations.people.first { $0.name.hasSuffix("Tillerson") }
        let forms = Set(tillerson?.mentions.map(article.substring) ?? [])
        #expect(forms == ["rex w tillerson", "tillerson"])
        let afterTitle = tillerson?.mentions.contains { $0.lowerBound >= 3 && article.substring(($0.lowerBound - 3)..<$0.lowerBound) == "mr " }
        #expect(afterTitle == true)
    }
}

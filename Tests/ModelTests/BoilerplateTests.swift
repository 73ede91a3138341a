import Foundation
import Testing
@testable import Model

@Suite("Site furniture, outlets and degraded text")
struct BoilerplateTests {
    func article(_ name: String) throws -> Article {
        try #require(CorpusLoader().load(paths: [FixturePaths.path(name)]).articles.first)
    }

    @Test("prompts, an author bio and a headline + teaser + byline list are furniture; the paragraph between them is article")
    func lineFurniture() throws {
        let article = try article("furniture/lantern.txt")
        let body = article.articleParagraphs.map(article.substring)
        #expect(body.count == 3)
        #expect(body.last?.hasPrefix("Petrov said residents downstream") == true)
        let furniture = article.boilerplate.map(article.substring)
        for line in ["Subscribe to The Lantern", "Get sharp reporting on the valley", "Sign up for The Lantern's free newsletters",
                     "Sara Quill is a staff reporter", "Orchard owners count frost losses", "Valley growers say",
                     "By Noor Hadid, The Lantern Published", "-"] {
            #expect(furniture.contains { $0.hasPrefix(line) }, "\(line) should be furniture")
        }
        #expect(article.outlet == "The Lantern")
    }

    @Test("a short article ending in a prompt keeps its quotation and its last short paragraph")
    func shortArticleKeepsItsTail() {
        var article = PlainTextParser.parse("""
            Harbour bridge reopens after a year of repairs

            The Calder harbour bridge reopened on Monday after fourteen months of repairs, said Mayor Ines Duarte.

            “We promised the east side its bridge back, and here it is,” Duarte told reporters at the ribbon cutting.

            Traffic engineers expect the crossing to carry eleven thousand cars a day by spring.

            Subscribe to The Calder Lantern for the morning briefing.
            """, id: "lantern/bridge.txt")
        article.boilerplate = BoilerplateDetector.detect(in: article)
        let furniture = article.boilerplate.map(article.substring)
        #expect(furniture == ["Subscribe to The Calder Lantern for the morning briefing."])
    }

    @Test("in text without line breaks, a leading sign-in run and a trailing copyright run are found inside the paragraph")
    func flattenedFurniture() throws {
        let article = try article("furniture/flattened.txt")
        #expect(article.paragraphs.count == 1)
        let furniture = article.boilerplate.map(article.substring)
        #expect(furniture.count == 2)
        let lead = try #require(furniture.first)
        #expect(lead.hasPrefix("log in subscribe menu"))
        #expect(lead.contains("ten best walks for autumn"))
        #expect(!lead.contains("water board ordered"))
        let trail = try #require(furniture.last)
        #expect(trail.hasPrefix("copyright 2031 the valley lantern ltd"))
        #expect(trail.hasSuffix("click here for reprints"))
        #expect(article.outlet == "The Valley Lantern")
        #expect(article.degradation == [.lowercased, .punctuationStripped])
    }

    @Test("a line repeated across articles of one folder is furniture in each of them")
    func repeatedAcrossArticles() {
        let corpus = CorpusLoader().load(paths: [FixturePaths.path("repeated")])
        #expect(corpus.articles.count == 3)
        for article in corpus.articles {
            #expect(article.boilerplate.map(article.substring) == ["More stories like this arrive with the Pell Packet each Thursday morning."])
            #expect(article.articleParagraphs.count == 2)
        }
    }

    @Test("the same article twice shares everything, so nothing is marked as repeated furniture")
    func duplicateArticles() {
        let text = "Quarry vote delayed\nThe council delayed the quarry vote to March.\nMembers asked for a noise study first.\nThe study will take six weeks.\n"
        var articles = [PlainTextParser.parse(text, id: "a/1.txt"), PlainTextParser.parse(text, id: "a/2.txt")]
        RepeatedTextPass.markRepeats(in: &articles)
        #expect(articles.allSatisfy { $0.boilerplate.isEmpty })
    }

    @Test("an ordinary article has no furniture and no outlet guessed")
    func cleanArticle() throws {
        let article = try article("text/single-newlines.txt")
        #expect(article.boilerplate.isEmpty)
        #expect(article.outlet == nil)
        #expect(article.degradation.isEmpty)
    }

    @Test("lower-cased, punctuation-stripped text is flagged as degraded; normal prose is not")
    func degradation() throws {
        #expect(try article("text/degraded.txt").degradation == [.lowercased, .punctuationStripped])
        let shouted = String(repeating: "the tram line will open in two years the mayor said ", count: 10)
        let lowerOnly = PlainTextParser.parse(shouted.replacingOccurrences(of: "said ", with: "said. "), id: "x")
        #expect(DegradationDetector.detect(lowerOnly.text, in: lowerOnly.paragraphs) == [.lowercased])
        let noPunctuation = String(repeating: "The Mayor said the Tram would open in Westmere soon ", count: 10)
        #expect(DegradationDetector.detect(noPunctuation, in: [0..<noPunctuation.utf8.count]) == [.punctuationStripped])
    }

    @Test("outlet signatures come from furniture only, and conflicting ones give no outlet")
    func outletSignatures() {
        let text = "Subscribe to The Harbour Gazette\nSubscribe to Rivertown Echo"
        let spans = [0..<32, 33..<text.utf8.count]
        #expect(OutletDetector.detect(text, boilerplate: spans) == nil)
        #expect(OutletDetector.detect(text, boilerplate: [0..<32]) == "The Harbour Gazette")
        #expect(OutletDetector.detect(text, boilerplate: []) == nil)
        let legal = "© 2030 Northern Lights Media Group. All rights reserved."
        #expect(OutletDetector.detect(legal, boilerplate: [0..<legal.utf8.count]) == "Northern Lights")
    }

    @Test("a short form of the outlet's name ('the best of the Gazette') counts for the full name")
    func outletShortForm() {
        let text = "Subscribe to The Harbour Gazette\nGet the best of the Gazette in your inbox\nGet the best of the Gazette in your inbox\nSign up for The Harbour Gazette's newsletters"
        #expect(OutletDetector.detect(text, boilerplate: [0..<text.utf8.count]) == "The Harbour Gazette")
    }
}

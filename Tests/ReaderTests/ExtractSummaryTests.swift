import Testing
import Model
@testable import Reader

@Suite("Extract summary")
struct ExtractSummaryTests {
    @Test("the summary lists each person with a mention count and each quotation with its speaker")
    func listsPeopleAndQuotes() {
        let text = "Harbour talks\n\"We will rebuild the pier,\" said Mayor Lena Okafor. Okafor left.\n"
        let article = PlainTextParser.parse(text, id: "harbour.txt")
        let summary = ExtractSummary.render(article: article, annotations: ArticleAnnotator.annotate(article), story: nil)
        #expect(summary.contains("Lena Okafor ×2"))
        #expect(summary.contains("We will rebuild the pier,\u{201D} — Lena Okafor"))
    }
}

import Foundation
import Testing
@testable import Model

@Suite("Reading every input format")
struct FormatReaderTests {
    func load(_ name: String, fieldMap: FieldMap = FieldMap()) -> Corpus {
        CorpusLoader(fieldMap: fieldMap).load(paths: [FixturePaths.path(name)])
    }

    @Test("front matter gives outlet, date, author, url and title; offsets still count into the whole file")
    func frontMatter() throws {
        let article = try #require(load("text/front-matter.txt").articles.first)
        #expect(article.outlet == "The Marsh Courier")
        #expect(article.date == "2031-03-04")
        #expect(article.author == "Ines Varga")
        #expect(article.url == "https://courier.example/ferry")
        #expect(article.title == "Ferry service to Kelby Island resumes after storm")
        #expect(article.textIsWholeFile)
        let titleRange = try #require(article.titleRange)
        #expect(article.substring(titleRange) == "Ferry service to Kelby Island resumes after storm")
        #expect(article.paragraphs.count == 2)
        #expect(article.substring(article.paragraphs[0]).hasPrefix("The first ferry in nine days"))
        #expect(article.substring(article.paragraphs[0]).hasSuffix("island's school."))
        #expect(article.boilerplate.isEmpty)
    }

    @Test("a Markdown heading is the title and blank-line blocks are paragraphs")
    func markdown() throws {
        let article = try #require(load("text/grain.md").articles.first)
        #expect(article.format == .markdown)
        #expect(article.title == "Grain prices climb in Veltria")
        #expect(article.paragraphs.map(article.substring) == [
            "Wheat futures rose for a third day on Monday.\nTraders in Corvi blamed the late frost.",
            "The ministry said stocks were sufficient.",
        ])
    }

    @Test("single newlines separate paragraphs when the file has no blank lines")
    func singleNewlines() throws {
        let article = try #require(load("text/single-newlines.txt").articles.first)
        #expect(article.title == "Council approves new tram line for Westmere")
        #expect(article.paragraphs.count == 3)
    }

    @Test("HTML keeps headline, byline, date and article paragraphs, and drops scripts, navigation, share bars, comments and footers")
    func html() throws {
        let article = try #require(load("html/page.html").articles.first)
        #expect(article.format == .html)
        #expect(article.title == "Lighthouse keeper retires after 40 years")
        #expect(article.outlet == "The Coastline Herald")
        #expect(article.author == "Maren Oduya")
        #expect(article.date == "2030-06-12")
        #expect(!article.textIsWholeFile)
        let paragraphs = article.paragraphs.map(article.substring)
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.contains("Sunday — and handed") == true)
        #expect(paragraphs.contains("“The light never went out on my watch,” Kessel said, standing at the gallery rail."))
        #expect(!article.text.contains("tracking"))
        #expect(!article.text.contains("Share"))
        #expect(!article.text.contains("wonderful"))
        #expect(!article.text.contains("All rights reserved"))
        #expect(article.text.hasPrefix("Lighthouse keeper retires after 40 years\n\nAfter four decades"))
    }

    @Test("HTML without an article element is read from the block holding the most paragraph text")
    func htmlWithoutArticle() throws {
        let article = try #require(load("html/no-article-tag.html").articles.first)
        #expect(article.title == "Orchard festival draws record crowd")
        #expect(article.paragraphs.count == 2)
        #expect(!article.text.contains("Privacy"))
    }

    @Test("a JSON object is one article with common field names, a source object and an author list")
    func jsonObject() throws {
        let corpus = load("json/single.json")
        let article = try #require(corpus.articles.first)
        #expect(corpus.articles.count == 1)
        #expect(article.id == FixturePaths.path("json/single.json"))
        #expect(article.title == "Rail strike ends in Norrvik")
        #expect(article.outlet == "Norrvik Daily")
        #expect(article.author == "Pia Lund, Erik Sand")
        #expect(article.url == "https://nd.example/rail")
        #expect(article.text == "Rail strike ends in Norrvik\n\nTrain drivers in Norrvik returned to work on Friday.\n\nThe union said the new contract met its demands.")
        #expect(article.titleRange == 0..<27)
        #expect(article.paragraphs.count == 2)
    }

    @Test("a JSON array gives file#N ids, and HTML inside a field becomes paragraphs")
    func jsonArray() throws {
        let corpus = load("json/array.json")
        #expect(corpus.articles.map(\.id) == [1, 2].map { FixturePaths.path("json/array.json") + "#\($0)" })
        #expect(corpus.articles.map(\.outlet) == ["Aldmoor Gazette", "Riverside Times"])
        let second = corpus.articles[1]
        #expect(second.paragraphs.map(second.substring) == ["The Aldmoor bridge will close for six weeks.", "Detours are signposted."])
    }

    @Test("a JSON object wrapping an array of articles reads each of them")
    func jsonWrapped() {
        let corpus = load("json/wrapped.json")
        #expect(corpus.articles.map(\.title) == ["Museum reopens", "New wing unveiled"])
        #expect(corpus.articles.allSatisfy { $0.outlet == "Tessaly Today" })
    }

    @Test("JSON Lines: each line an article, a broken line skipped and reported as file:line")
    func jsonLines() {
        let path = FixturePaths.path("json/records.jsonl")
        let corpus = load("json/records.jsonl")
        #expect(corpus.articles.map(\.title) == ["Flood warning for the Ossa valley", "Flood waters recede", "Clean-up begins"])
        #expect(corpus.articles.map(\.id) == ["\(path)#1", "\(path)#2", "\(path)#4"])
        #expect(corpus.articles.map(\.outlet) == ["ossa-news.example", "Valley Wire", nil])
        #expect(corpus.articles[2].date == "2033-05-02")
        #expect(corpus.skipped.map(\.location) == ["\(path):3"])
    }

    @Test("CSV with quoted commas, doubled quotes, CRLF and newlines inside a field")
    func csv() throws {
        let corpus = load("csv/dataset.csv")
        #expect(corpus.articles.count == 2)
        let first = try #require(corpus.articles.first)
        #expect(first.title == "Harvest festival, in pictures")
        #expect(first.outlet == "Fenwick Star")
        #expect(first.date == "2031-09-01")
        #expect(first.author == "Lio Marsh")
        #expect(first.paragraphs.map(first.substring) == ["The festival opened with a parade.", "Thousands watched \"the great pumpkin\" weigh-in."])
        #expect(first.format == .csv)
        #expect(corpus.articles[1].id.hasSuffix("dataset.csv#2"))
    }

    @Test("TSV with a header row")
    func tsv() {
        let corpus = load("csv/dataset.tsv")
        #expect(corpus.articles.map(\.title) == ["Tide tables revised", "Quay repairs finish"])
        #expect(corpus.articles.allSatisfy { $0.outlet == "Port Signal" && $0.format == .tsv })
    }

    @Test("unknown columns are skipped with a hint, and --field maps them")
    func customColumns() throws {
        let unmapped = load("csv/custom-columns.csv")
        #expect(unmapped.articles.isEmpty)
        #expect(unmapped.skipped.first?.reason.contains("--field") == true)
        let (map, rejected) = FieldMap.parse(["body=story_text", "outlet=paper", "nonsense"])
        #expect(rejected == ["nonsense"])
        let mapped = load("csv/custom-columns.csv", fieldMap: map)
        let article = try #require(mapped.articles.first)
        #expect(article.outlet == "Lorne Ledger")
        #expect(article.substring(article.body) == "Beekeepers in Lorne reported a record honey harvest.")
    }

    @Test("RSS: one article per item, content:encoded preferred, the channel title as outlet")
    func rss() throws {
        let corpus = load("feeds/rss.xml")
        #expect(corpus.articles.count == 2)
        let first = try #require(corpus.articles.first)
        #expect(first.format == .rss)
        #expect(first.title == "Quarry expansion approved")
        #expect(first.outlet == "The Quarry Bulletin")
        #expect(first.author == "Aldo Brisk")
        #expect(first.url == "https://bulletin.example/quarry")
        #expect(first.paragraphs.map(first.substring) == [
            "The planning board approved the quarry expansion on Monday.", "“It brings forty jobs,” said board chair Wren Colby.",
        ])
        #expect(corpus.articles[1].substring(corpus.articles[1].body) == "Residents near the quarry filed 30 complaints in January.")
    }

    @Test("RSS: a pubDate with zero-width joiners or a broken byte in it is read or kept, never crashes the reader")
    func rssInvisibleDateMarks() {
        // Two fuzzed feeds crashed Foundation's DateFormatter this way; the reader must read on.
        let corpus = load("feeds/invisible-date-marks.xml")
        #expect(corpus.articles.map(\.title) == ["Ferry timetable changes", "Harbour lights repaired"])
        #expect(corpus.articles.first?.date == "2026-03-10")
        #expect(corpus.articles.last?.date == "Wed, 11 Mar 2026 0\u{200D}\u{200D}\u{200D}\u{FFFD}9:30:00 +0000")
    }

    @Test("Atom: one article per entry, summary or content, author name and alternate link")
    func atom() throws {
        let corpus = load("feeds/atom.xml")
        #expect(corpus.articles.map(\.title) == ["Snow closes mountain pass", "Pass reopens"])
        let first = try #require(corpus.articles.first)
        #expect(first.format == .atom)
        #expect(first.outlet == "Highland Monitor")
        #expect(first.author == "Kai Torvel")
        #expect(first.url == "https://monitor.example/snow")
        #expect(corpus.articles[1].substring(corpus.articles[1].body) == "Ploughs cleared the Brenn pass by noon.")
    }

    @Test("a feed declaring entities is refused instead of expanded")
    func entityBomb() {
        let corpus = load("feeds/entity-bomb.xml")
        #expect(corpus.articles.isEmpty)
        #expect(corpus.skipped.first?.reason.contains("entities") == true)
    }

    @Test("formats are detected by content when the name says nothing")
    func detectionByContent() {
        #expect(FormatDetector.detect(name: "page", text: "<!doctype html><p>x</p>") == .html)
        #expect(FormatDetector.detect(name: "feed", text: "<?xml version=\"1.0\"?><rss></rss>") == .rss)
        #expect(FormatDetector.detect(name: "feed.xml", text: "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>") == .atom)
        #expect(FormatDetector.detect(name: "data", text: "{\"a\": 1}\n{\"a\": 2}\n") == .jsonLines)
        #expect(FormatDetector.detect(name: "data.txt", text: "[{\"a\": 1}]") == .json)
        #expect(FormatDetector.detect(name: "notes", text: "Plain words.") == .plainText)
        #expect(FormatDetector.detect(name: "story.html", text: "Just text") == .html)
    }

    @Test("standard input is read from data with the display name '-'")
    func standardInput() throws {
        let corpus = CorpusLoader().load(data: Data("{\"title\": \"Piped\", \"text\": \"Read from a pipe.\"}".utf8))
        let article = try #require(corpus.articles.first)
        #expect(article.id == "-")
        #expect(article.title == "Piped")
    }

    @Test("folders are read recursively; a .outlet file names the outlet below it unless metadata says otherwise")
    func folderOutlet() {
        let corpus = load("folder-outlet")
        let byName = Dictionary(uniqueKeysWithValues: corpus.articles.map { (($0.id as NSString).lastPathComponent, $0.outlet) })
        #expect(byName["lock.txt"] == .some("The Fenland Observer"))
        #expect(byName["own-outlet.txt"] == .some("Marsh Radio"))
        #expect(corpus.articles.count == 2)
    }
}

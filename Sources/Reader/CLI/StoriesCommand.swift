import ArgumentParser
import Foundation
import Model

/// `reader stories PATH...`: groups the articles into stories and lists each with its outlets.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories (same event, several outlets) found in the articles.",
        discussion: """
            Reads every path at once and groups the articles that tell the same event. Prints one \
            block per story: its id, article count and outlets, then its articles. With --json, \
            one JSON object per story per line.
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "One JSON object per story per line.")
    var json = false

    @Flag(name: .long, help: "Leave out stories of a single article.")
    var sharedOnly = false

    @Flag(name: .long, help: "Under each story: the quotations its outlets share and how their wordings differ, the ones only one outlet carries, and who each outlet mentions and quotes.")
    var summary = false

    @Flag(name: .long, help: "Print the time spent loading and grouping to standard error.")
    var timings = false

    func run() throws {
        let loadStart = PhaseClock()
        let corpus = input.loadCorpus()
        let loadTime = loadStart.elapsed()
        for skipped in corpus.skipped {
            FileHandle.standardError.write(Data("skipped \(TextSanitizer.clean(skipped.location)): \(skipped.reason)\n".utf8))
        }
        let groupStart = PhaseClock()
        let grouping = StoryGrouper().group(corpus.articles)
        if timings {
            let groupTime = groupStart.elapsed()
            let bytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
            FileHandle.standardError.write(Data(String(
                format: "load: %d articles, %.1f MB in %.3f s (%.3f s CPU)\ngroup: %d stories in %.3f s (%.3f s CPU)\n",
                corpus.articles.count, Double(bytes) / 1_000_000, loadTime.wall, loadTime.cpu,
                grouping.stories.count, groupTime.wall, groupTime.cpu).utf8))
        }
        var output = ""
        for story in grouping.stories where !sharedOnly || story.articleIndices.count > 1 {
            let members = story.articleIndices.map { corpus.articles[$0] }
            let outlets = StoryListing.outlets(of: members)
            if json {
                output += StoryListing.jsonLine(story: story, members: members, outlets: outlets) + "\n"
            } else {
                output += StoryListing.textBlock(story: story, members: members, outlets: outlets)
                if summary {
                    let annotations = StoryAnnotator.annotate(members)
                    output += StorySummaryText.render(StorySummary(articles: members, annotations: annotations), members: members) + "\n"
                }
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// How `reader stories` writes one story, as text or as a JSON line.
enum StoryListing {
    /// Distinct outlets of the members, in order of first appearance.
    static func outlets(of members: [Article]) -> [String] {
        var seen: [String] = []
        for outlet in members.compactMap(\.outlet) where !seen.contains(outlet) { seen.append(outlet) }
        return seen
    }

    /// A block of text: a header line, then one indented line per article.
    static func textBlock(story: Story, members: [Article], outlets: [String]) -> String {
        let count = members.count == 1 ? "1 article" : "\(members.count) articles"
        let outletText = outlets.isEmpty ? "" : " — " + outlets.map(TextSanitizer.clean).joined(separator: ", ")
        var block = "\(story.id)  (\(count)\(outletText))\n"
        for article in members {
            let outlet = article.outlet.map { " [\(TextSanitizer.clean($0))]" } ?? ""
            let title = article.title.map { "  " + TextSanitizer.clean($0) } ?? ""
            block += "  \(TextSanitizer.clean(article.id))\(outlet)\(title)\n"
        }
        return block + "\n"
    }

    /// One JSON object: story id, count, outlets, key terms and the articles (path, outlet, title).
    static func jsonLine(story: Story, members: [Article], outlets: [String]) -> String {
        struct Member: Encodable {
            var path: String
            var outlet: String?
            var title: String?
            var date: String?
        }
        struct Line: Encodable {
            var story: String
            var count: Int
            var outlets: [String]
            var keyTerms: [String]
            var articles: [Member]
            enum CodingKeys: String, CodingKey { case story, count, outlets, keyTerms = "key_terms", articles }
        }
        let line = Line(
            story: story.id, count: members.count, outlets: outlets, keyTerms: story.keyTerms,
            articles: members.map { Member(path: $0.id, outlet: $0.outlet, title: $0.title, date: $0.date) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(line) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Wall-clock and process CPU time since it was made.
struct PhaseClock {
    private let wallStart = DispatchTime.now().uptimeNanoseconds
    private let cpuStart = PhaseClock.processCPUSeconds()

    /// Seconds elapsed on the wall and of CPU (all threads).
    func elapsed() -> (wall: Double, cpu: Double) {
        (Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9, Self.processCPUSeconds() - cpuStart)
    }

    /// CPU seconds used by this process so far (user + system, every thread).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

import ArgumentParser
import Foundation
import Model

/// `reader extract`: prints what the reader finds in each article, as JSON Lines or a summary.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the people, quotations and speakers found in each article.",
        discussion: """
            With --json, writes one JSON object per article in input order, as described in \
            EXTRACT-SCHEMA.md (offsets count Unicode code points). Without it, a readable summary.
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Write JSON Lines (one object per article) instead of a summary.")
    var json = false

    func run() throws {
        let corpus = input.loadCorpus()
        for skipped in corpus.skipped {
            FileHandle.standardError.write(Data("reader: skipped \(skipped.location): \(skipped.reason)\n".utf8))
        }
        let extraction = StoryExtraction(articles: corpus.articles)
        var output = ""
        for index in extraction.articles.indices {
            let article = extraction.articles[index]
            let annotations = extraction.annotations[index]
            if json {
                output += ExtractRecord(article: article, annotations: annotations, story: extraction.storyIDs[index]).jsonLine()
                output += "\n"
            } else {
                output += ExtractSummary.render(article: article, annotations: annotations, story: extraction.storyIDs[index])
            }
            if output.utf8.count > 1 << 20 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

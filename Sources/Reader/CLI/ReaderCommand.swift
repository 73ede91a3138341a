import ArgumentParser
import Foundation
import Model

/// The `reader` command: opens the reader, and hosts the subcommands that print to stdout.
@main
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "A terminal reader that compares how news outlets tell the same story.",
        discussion: """
            Opens a folder or dataset of news articles, groups them into stories, highlights \
            quotations, speakers and people, and shows two outlets' accounts side by side. \
            With no path it opens the bundled demo corpus.
            """,
        version: ReaderVersion.current,
        subcommands: [OpenCommand.self, ExtractCommand.self, StoriesCommand.self, CompareCommand.self, BenchCommand.self, DebugSaveStateCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

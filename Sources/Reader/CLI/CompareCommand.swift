import ArgumentParser
import Foundation
import Model

/// `reader compare A B`: two accounts of one event side by side, passage by passage.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print two accounts of one event side by side, passage by passage.",
        discussion: """
            A and B are articles as `extract` names them: a file path, or file#N for the N-th \
            record of a multi-record file. Rows follow A's reading order: '=' marks a matched pair \
            (with its similarity), '<' a passage only A has, '>' one only B has. Inside a pair, \
            words only A has are shown [-like this-], words only B has {+like this+} (colours \
            instead when standard output is a terminal).
            """
    )

    @Argument(help: "The left account.")
    var left: String

    @Argument(help: "The right account.")
    var right: String

    @Option(name: .long, help: "Total width in columns (default: the terminal's, else 100).")
    var width: Int?

    @Flag(name: .long, help: "Print the alignment as one JSON object.")
    var json = false

    func run() throws {
        let leftArticle = try ArticleLookup.article(named: left)
        let rightArticle = try ArticleLookup.article(named: right)
        let alignment = Aligner().align(leftArticle, rightArticle)
        let output: String
        if json {
            output = AlignmentJSON.line(alignment, left: leftArticle, right: rightArticle) + "\n"
        } else {
            let terminal = isatty(STDOUT_FILENO) == 1
            let columns = max(40, width ?? (terminal ? TerminalWidth.current() : nil) ?? 100)
            output = SideBySideRenderer(width: columns, colours: terminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
                .render(alignment, left: leftArticle, right: rightArticle)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Finds an article by the id `extract` gives it: a path, or `file#N`.
enum ArticleLookup {
    /// The article, or a validation error a user can act on.
    static func article(named name: String) throws -> Article {
        var file = name
        if let hash = name.lastIndex(of: "#"), !FileManager.default.fileExists(atPath: name),
           name[name.index(after: hash)...].allSatisfy(\.isNumber) {
            file = String(name[..<hash])
        }
        let corpus = CorpusLoader().load(paths: [file])
        if let exact = corpus.articles.first(where: { $0.id == name }) { return exact }
        if file == name, let only = corpus.articles.first { return only }
        let reason = corpus.skipped.first.map { ": \($0.reason)" } ?? ""
        throw ValidationError("no article \(TextSanitizer.clean(name))\(reason)")
    }
}

/// The terminal's width in columns, when standard output is one.
enum TerminalWidth {
    static func current() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

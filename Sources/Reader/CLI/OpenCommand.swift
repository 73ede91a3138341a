import ArgumentParser
import Foundation
import Model

/// `reader [PATH...]`: the full-screen reader (the default subcommand).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open articles in the full-screen reader (the default; no path opens the demo corpus)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Colour theme: a name from the themes folder (dark, light, high-contrast, monochrome) or a file path.", valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("Config file to read instead of the default.", valueName: "path"), completion: .file())
    var config: String?

    func run() throws {
        let configuration = Config.load(path: config ?? Config.defaultPath())
        for problem in configuration.problems { FileHandle.standardError.write(Data("reader: \(problem)\n".utf8)) }
        let (chosenTheme, themeProblems) = loadTheme(named: theme ?? configuration.themeName ?? "dark")
        for problem in themeProblems { FileHandle.standardError.write(Data("reader: \(problem)\n".utf8)) }

        var fallback: [String] = []
        if input.paths.isEmpty {
            guard let demo = ResourceLocator.folder("demo") else {
                throw ValidationError("no path given and the demo corpus was not found (set READER_DATA_DIR to the folder holding demo/)")
            }
            fallback = [demo]
        }
        let corpus = input.loadCorpus(fallback: fallback)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        Signals.install()
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: chosenTheme, monochrome: noColor || chosenTheme.name == "monochrome")
        } catch {
            FileHandle.standardError.write(Data("reader: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var state = ReaderState(corpus: corpus, width: 80, height: 24, keymap: configuration.keymap)
        if let problem = (configuration.problems + themeProblems).first { state.message = problem }
        var loop = AppLoop(state: state, terminal: terminal, annotate: nil)
        let code = loop.run()
        if code != 0 { throw ExitCode(code) }
    }

    /// The named theme, or the monochrome one with a message when it cannot be read.
    private func loadTheme(named name: String) -> (Theme, [String]) {
        guard let path = ResourceLocator.themeFile(name) else {
            return (.monochrome, ["theme '\(name)' not found; using monochrome"])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.monochrome, ["\(path): cannot be read; using monochrome"])
        }
        return Theme.parse(String(decoding: data, as: UTF8.self), name: name, file: path)
    }
}

import ArgumentParser
import Model

/// The inputs every command reads: paths (files, folders, `-` for standard input) and field maps.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders of articles; '-' reads standard input.", completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("field"), help: ArgumentHelp(
        "Map a dataset column to a field, e.g. --field body=story_text (title, body, outlet, date, url, author).",
        valueName: "field=column"))
    var fieldMappings: [String] = []

    /// Reads every path (or `fallback` when none was given) into a corpus; skipped inputs are
    /// recorded, never fatal.
    func loadCorpus(fallback: [String] = []) -> Corpus {
        CorpusLoader().load(paths: paths.isEmpty ? fallback : paths)
    }
}

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
    /// recorded, never fatal. `--field` values that name no known field are reported as skipped.
    /// With `finishing` false, articles are parsed only (see `CorpusLoader.finish`).
    func loadCorpus(fallback: [String] = [], finishing: Bool = true) -> Corpus {
        let (fieldMap, rejected) = FieldMap.parse(fieldMappings)
        let loader = CorpusLoader(fieldMap: fieldMap, finishesArticles: finishing)
        var corpus = loader.load(paths: paths.isEmpty ? fallback : paths)
        corpus.skipped.append(contentsOf: rejected.map {
            SkippedInput(location: "--field \($0)", reason: "expected FIELD=COLUMN with FIELD one of title, body, outlet, date, url, author")
        })
        return corpus
    }
}

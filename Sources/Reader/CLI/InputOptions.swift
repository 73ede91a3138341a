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
    func loadCorpus(fallback: [String] = []) -> Corpus {
        let (loader, rejected) = loader(finishing: true)
        var corpus = loader.load(paths: paths.isEmpty ? fallback : paths)
        corpus.skipped.append(contentsOf: rejected)
        return corpus
    }

    /// The loader the `--field` options ask for, and those options that name no known field as
    /// skipped inputs. With `finishing` false, articles come back parsed only (see `CorpusLoader.finish`).
    func loader(finishing: Bool) -> (CorpusLoader, rejected: [SkippedInput]) {
        let (fieldMap, rejected) = FieldMap.parse(fieldMappings)
        let skipped = rejected.map {
            SkippedInput(location: "--field \($0)", reason: "expected FIELD=COLUMN with FIELD one of title, body, outlet, date, url, author")
        }
        return (CorpusLoader(fieldMap: fieldMap, finishesArticles: finishing), skipped)
    }
}

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

    @Flag(help: "Neither read nor save what was read and where (saved state lives under $XDG_STATE_HOME/reader).")
    var noState = false

    func run() throws {
        let configuration = Config.load(path: config ?? Config.defaultPath())
        let (chosenTheme, themeProblems) = loadTheme(named: theme ?? configuration.themeName ?? "dark")
        let problems = configuration.problems + themeProblems
        for problem in problems { FileHandle.standardError.write(Data("reader: \(problem)\n".utf8)) }

        var fallback: [String] = []
        if input.paths.isEmpty {
            guard let demo = ResourceLocator.folder("demo") else {
                throw ValidationError("no path given and the demo corpus was not found (set READER_DATA_DIR to the folder holding demo/)")
            }
            fallback = [demo]
        }
        // The first batch, parsed only: the list paints now; the other inputs, furniture,
        // outlets, stories and annotations follow from the background.
        let (loader, rejected) = input.loader(finishing: false)
        let load = ProgressiveLoad(loader: loader, paths: input.paths.isEmpty ? fallback : input.paths)
        let (batch, inputsRead) = load.readFirstBatch()
        var firstBatch = batch
        firstBatch.skipped.append(contentsOf: rejected)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        Signals.install()
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: chosenTheme, monochrome: noColor || chosenTheme.name == "monochrome")
        } catch {
            FileHandle.standardError.write(Data("reader: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if configuration.mouse { terminal.enableMouse() }
        var state = ReaderState(corpus: firstBatch, width: 80, height: 24, keymap: configuration.keymap)
        if inputsRead < load.plan.count {
            state.loading = LoadProgress(inputsRead: inputsRead, inputCount: load.plan.count)
        }
        let store = noState ? nil : ReadingStateStore(fileURL: ReadingStateStore.defaultFileURL())
        var saved = ReadingState()
        if let store {
            let loaded = store.load()
            saved = loaded.state
            state.read = saved.readArticleIDs
            state.positions = saved.scrollPositions
            if let message = loaded.message { state.message = message }
        }
        if let problem = problems.first { state.message = problem }

        let background = BackgroundWork()
        background.start { [firstBatch] post in
            var finished = firstBatch
            load.readRest(from: inputsRead) { part, read in
                finished.append(part)
                post(.loaded(part, progress: LoadProgress(inputsRead: read, inputCount: load.plan.count)))
            }
            CorpusLoader.finish(&finished)
            post(.finished(finished.articles))
            Self.groupAndAnnotate(finished.articles, work: background, post: post)
        }
        let useOSC52 = configuration.clipboard == .osc52
        let services = Services(
            saveState: { state in
                guard let store else { return nil }
                saved.readArticleIDs = state.read
                saved.scrollPositions = state.positions
                do {
                    saved = try store.save(saved)
                    return nil
                } catch {
                    return "could not save reading state: \(error)"
                }
            },
            copy: { text in
                if useOSC52 {
                    terminal.copyToClipboard(text)
                    return "Quote copied to the clipboard (OSC 52)"
                }
                return Clipboard.saveToFile(text)
            })
        var loop = AppLoop(state: state, terminal: terminal, services: services, background: background, onDemand: OnDemandAnnotator(posting: background))
        let code = loop.run()
        if code != 0 { throw ExitCode(code) }
    }

    /// Groups the corpus into stories, then annotates it story by story (so lower-cased
    /// accounts can borrow from the others), posting each result as it is ready; a story the
    /// user is waiting for (an article just opened) goes first.
    static func groupAndAnnotate(_ articles: [Article], work: BackgroundWork, post: @Sendable (Action) -> Void) {
        let grouping = StoryGrouper().group(articles)
        let rows = grouping.stories.map { story in
            StorySummaryRow(
                id: story.id,
                title: story.articleIndices.lazy.compactMap { articles[$0].title }.first ?? story.id,
                members: story.articleIndices,
                outlets: Array(Set(story.articleIndices.map { articles[$0].outlet ?? "unknown outlet" })).sorted())
        }
        post(.grouped(stories: rows, storyOfArticle: grouping.storyIndexOfArticle))
        var done = [Bool](repeating: false, count: grouping.stories.count)
        var next = 0
        while true {
            let requested = work.takeRequests().compactMap { index in
                grouping.storyIndexOfArticle.indices.contains(index) ? grouping.storyIndexOfArticle[index] : nil
            }.first { !done[$0] }
            while next < done.count, done[next] { next += 1 }
            guard let story = requested ?? (next < done.count ? next : nil) else { break }
            done[story] = true
            let members = grouping.stories[story].articleIndices
            for (index, annotations) in zip(members, annotate(members, of: articles)) {
                post(.annotated(articleIndex: index, annotations))
            }
        }
    }

    /// Articles larger than this are shown without highlights rather than keep a core busy for
    /// a minute (`reader extract` still annotates them).
    static let annotationLimit = 4_000_000

    /// Annotates the articles at `indices` as one story; oversized ones get no annotations.
    static func annotate(_ indices: [Int], of articles: [Article]) -> [Annotations] {
        let annotatable = indices.filter { articles[$0].text.utf8.count <= annotationLimit }
        let found = annotatable.isEmpty ? [] : StoryAnnotator.annotate(annotatable.map { articles[$0] })
        let byIndex = Dictionary(uniqueKeysWithValues: zip(annotatable, found))
        return indices.map { byIndex[$0] ?? Annotations() }
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

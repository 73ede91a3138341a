import Foundation

/// Reads articles from files, folders (recursively), and standard input, never failing as a whole.
///
/// Each input's format is detected from its content and name; every article then gets its
/// furniture marked, its degradation flagged and, when metadata gives none, an outlet from its
/// signatures. No annotation happens here: loading stays cheap, so a listing can show at once.
public struct CorpusLoader: Sendable {
    /// Files larger than this are skipped with a reason rather than read.
    public var maximumFileSize: Int
    /// Which dataset column holds which field (`--field body=story_text`).
    public var fieldMap: FieldMap
    /// When false, articles come back parsed only: no furniture, degradation, normalised date or
    /// signature outlet yet, so a listing can paint at once; `CorpusLoader.finish` does the rest.
    public var finishesArticles: Bool
    /// The name of the file that, placed in a folder, names the outlet of every article below it.
    public static let outletFileName = ".outlet"

    public init(maximumFileSize: Int = 256 * 1024 * 1024, fieldMap: FieldMap = FieldMap(), finishesArticles: Bool = true) {
        self.maximumFileSize = maximumFileSize
        self.fieldMap = fieldMap
        self.finishesArticles = finishesArticles
    }

    /// The steps a loader without `finishesArticles` left out: furniture, degradation and dates
    /// per article (on all cores), then the corpus-wide repeated-text pass and signature outlets.
    public static func finish(_ corpus: inout Corpus) {
        let articles = corpus.articles
        OrderedParallelMap.forEach(count: articles.count, produce: { index -> Article in
            var article = articles[index]
            ArticleFinisher.finish(&article)
            return article
        }, consume: { index, article in
            corpus.articles[index] = article
        })
        finishCorpus(&corpus)
    }

    /// The per-article part of `finish` for one article (no corpus-wide repeated-text pass), for
    /// an article wanted before the whole corpus is finished.
    public static func finishAlone(_ article: inout Article) {
        ArticleFinisher.finish(&article)
    }

    /// Reads every path in order (`-` is standard input); folders are walked recursively in name order.
    public func load(paths: [String]) -> Corpus {
        let plan = plan(paths: paths)
        var corpus = load(plan, inputs: 0..<plan.count)
        if finishesArticles { Self.finishCorpus(&corpus) }
        return corpus
    }

    /// Lists the inputs behind `paths` in reading order without reading any of them, so a
    /// reader can read them a batch at a time and paint the first batch at once.
    public func plan(paths: [String]) -> LoadPlan {
        var inputs: [LoadPlan.Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.missing(path))
                continue
            }
            if isDirectory.boolValue {
                var outlets = FolderOutlets(root: path)
                for file in FolderWalker.files(under: path) { inputs.append(.file(file, folderOutlet: outlets.outlet(for: file))) }
            } else {
                var outlets = FolderOutlets(root: (path as NSString).deletingLastPathComponent)
                inputs.append(.file(path, folderOutlet: outlets.outlet(for: path)))
            }
        }
        return LoadPlan(inputs: inputs)
    }

    /// Reads the inputs at `range` of `plan` on all cores, articles kept in input order. The
    /// corpus-wide steps (`finishCorpus`) are left to the caller, who may read other batches.
    public func load(_ plan: LoadPlan, inputs range: Range<Int>) -> Corpus {
        HTMLDocument.prepareForThreads()
        var corpus = Corpus()
        let inputs = plan.inputs
        let start = range.lowerBound
        OrderedParallelMap.forEach(count: range.count, blockSize: 256, produce: { offset -> Corpus in
            var part = Corpus()
            switch inputs[start + offset] {
            case .standardInput:
                read(FileHandle.standardInput.readDataToEndOfFile(), name: "-", folderOutlet: nil, into: &part)
            case .missing(let path):
                part.skipped.append(SkippedInput(location: path, reason: "no such file or folder"))
            case .file(let path, let folderOutlet):
                loadFile(path, folderOutlet: folderOutlet, into: &part)
            }
            return part
        }, consume: { _, part in
            corpus.append(part)
        })
        return corpus
    }

    /// Reads the first inputs of `plan`, a block at a time, until at least `minimumArticles`
    /// articles are in or every input is read; returns them and how many inputs were read.
    public func loadFirstBatch(_ plan: LoadPlan, minimumArticles: Int, blockSize: Int = 64) -> (corpus: Corpus, inputsRead: Int) {
        var corpus = Corpus()
        var read = 0
        while read < plan.count, corpus.articles.count < minimumArticles {
            let end = min(plan.count, read + blockSize)
            corpus.append(load(plan, inputs: read..<end))
            read = end
        }
        return (corpus, read)
    }

    /// Reads articles from bytes already in memory (standard input, a test), shown as `name`.
    public func load(data: Data, name: String = "-") -> Corpus {
        var corpus = Corpus()
        read(data, name: name, folderOutlet: nil, into: &corpus)
        if finishesArticles { Self.finishCorpus(&corpus) }
        return corpus
    }

    /// Reads one file and appends its article(s) or the reason it was skipped.
    func loadFile(_ path: String, folderOutlet: String?, into corpus: inout Corpus) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumFileSize {
            corpus.skipped.append(SkippedInput(location: path, reason: "larger than \(maximumFileSize / 1_048_576) MB"))
            return
        }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            corpus.skipped.append(SkippedInput(location: path, reason: exists ? "cannot be read (permission denied?)" : "vanished before it could be read"))
            return
        }
        read(data, name: path, folderOutlet: folderOutlet, into: &corpus)
    }

    /// Decodes `data`, detects its format and appends its articles (each one finished).
    func read(_ data: Data, name: String, folderOutlet: String?, into corpus: inout Corpus) {
        let text: String
        switch TextDecoder.decode(data) {
        case .binary(let reason):
            corpus.skipped.append(SkippedInput(location: name, reason: reason))
            return
        case .text(let decoded, _):
            text = decoded
        }
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            corpus.skipped.append(SkippedInput(location: name, reason: "empty"))
            return
        }
        var part = Corpus()
        switch FormatDetector.detect(name: name, text: text) {
        case .plainText: part.articles.append(PlainTextParser.parse(text, id: name, format: .plainText))
        case .markdown: part.articles.append(PlainTextParser.parse(text, id: name, format: .markdown))
        case .html:
            switch HTMLArticleReader.read(text, id: name) {
            case .success(let article): part.articles.append(article)
            case .failure(let reason): part.skipped.append(SkippedInput(location: name, reason: reason.message))
            }
        case .json: JSONArticleReader(fieldMap: fieldMap).readDocument(text, name: name, into: &part)
        case .jsonLines: JSONArticleReader(fieldMap: fieldMap).readLines(text, name: name, into: &part)
        case .csv: DelimitedArticleReader(fieldMap: fieldMap).read(text, name: name, delimiter: ",", format: .csv, into: &part)
        case .tsv: DelimitedArticleReader(fieldMap: fieldMap).read(text, name: name, delimiter: "\t", format: .tsv, into: &part)
        case .rss, .atom: FeedArticleReader.read(text, name: name, into: &part)
        }
        for var article in part.articles {
            if article.outlet == nil { article.outlet = folderOutlet }
            if finishesArticles { ArticleFinisher.finish(&article) }
            corpus.articles.append(article)
        }
        corpus.skipped.append(contentsOf: part.skipped)
    }

    /// Corpus-wide steps: text repeated across one outlet's articles is furniture; outlets from signatures.
    static func finishCorpus(_ corpus: inout Corpus) {
        RepeatedTextPass.markRepeats(in: &corpus.articles)
        let articles = corpus.articles
        let unnamed = articles.indices.filter { articles[$0].outlet == nil }
        OrderedParallelMap.forEach(count: unnamed.count, produce: { position -> String? in
            let article = articles[unnamed[position]]
            return OutletDetector.detect(article.text, boilerplate: article.boilerplate)
        }, consume: { position, outlet in
            corpus.articles[unnamed[position]].outlet = outlet
        })
    }
}

/// Finds the outlet named by the nearest `.outlet` file between a file's folder and the input root.
struct FolderOutlets {
    let root: String
    private var cache: [String: String?] = [:]

    init(root: String) { self.root = root.isEmpty ? "." : root }

    /// The outlet for `file`, or nil when no `.outlet` file applies.
    mutating func outlet(for file: String) -> String? {
        // Cut at the last slash without NSString: this runs once per file of a big folder.
        var folder = ""
        if let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) {
            folder = slash == file.utf8.startIndex ? "/" : String(file[..<slash])
        }
        if folder.isEmpty { folder = "." }
        return outlet(inFolder: folder, depth: 0)
    }

    private mutating func outlet(inFolder folder: String, depth: Int) -> String? {
        if let cached = cache[folder] { return cached }
        var found: String?
        let marker = folder + "/" + CorpusLoader.outletFileName
        if let data = FileManager.default.contents(atPath: marker), data.count < 4096 {
            found = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        let standardFolder = (folder as NSString).standardizingPath
        if found == nil, depth < 64, standardFolder != (root as NSString).standardizingPath, standardFolder != "/" {
            let parent = (folder as NSString).deletingLastPathComponent
            if !parent.isEmpty, parent != folder { found = outlet(inFolder: parent, depth: depth + 1) }
        }
        cache[folder] = .some(found)
        return found
    }
}

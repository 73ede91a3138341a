import Foundation

/// Reads articles from files and folders (recursively), never failing as a whole.
public struct CorpusLoader: Sendable {
    /// Files larger than this are skipped with a reason rather than read.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 256 * 1024 * 1024) {
        self.maximumFileSize = maximumFileSize
    }

    /// Reads every path in order; folders are walked recursively in name order.
    public func load(paths: [String]) -> Corpus {
        var corpus = Corpus()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                corpus.skipped.append(SkippedInput(location: path, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                for file in Self.files(under: path) { loadFile(file, into: &corpus) }
            } else {
                loadFile(path, into: &corpus)
            }
        }
        return corpus
    }

    /// Regular files under `folder`, hidden ones left out, sorted by path.
    static func files(under folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(full)
            }
        }
        return result.sorted()
    }

    /// Reads one file and appends its article(s) or the reason it was skipped.
    func loadFile(_ path: String, into corpus: inout Corpus) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumFileSize {
            corpus.skipped.append(SkippedInput(location: path, reason: "larger than \(maximumFileSize / 1_048_576) MB"))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            corpus.skipped.append(SkippedInput(location: path, reason: "cannot be read"))
            return
        }
        switch TextDecoder.decode(data) {
        case .binary(let reason):
            corpus.skipped.append(SkippedInput(location: path, reason: reason))
        case .text(let text, _):
            if text.allSatisfy(\.isWhitespace) {
                corpus.skipped.append(SkippedInput(location: path, reason: "empty"))
                return
            }
            let format: SourceFormat = path.lowercased().hasSuffix(".md") ? .markdown : .plainText
            corpus.articles.append(PlainTextParser.parse(text, id: path, format: format))
        }
    }
}

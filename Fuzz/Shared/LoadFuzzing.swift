import Foundation
import Model

/// Writes each input to a file with a chosen extension and loads it with `CorpusLoader`, so
/// the loader's format dispatch and every parser behind it see the bytes as a user's file.
enum LoadFuzzing {
    /// One folder per fuzzing process, removed when it exits normally.
    static let folder: String = {
        let path = NSTemporaryDirectory() + "reader-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "reader-fuzz-\(getpid())") }
        return path
    }()

    /// Loads `size` bytes at `data` as a file named `input.<fileExtension>` and checks every article.
    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, fileExtension: String) -> Int32 {
        let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
        let path = folder + "/input." + fileExtension
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        let corpus = CorpusLoader().load(paths: [path])
        for article in corpus.articles { FuzzChecks.checkArticle(article) }
        return 0
    }
}

import Foundation

/// Runs `scripts/pty-bytes.py`: the real binary on a pseudo-terminal, counting what it writes.
struct PtyProbe {
    /// What the script reports (see the script's header).
    struct Figures: Sendable, Codable {
        var firstPaintS: Double?
        var firstPaintBytes: Int?
        var openBytes: Int?
        var lineBytes: [Int]?
        var pageBytes: [Int]?
        var compareOpenBytes: Int?
        var compareLineBytes: [Int]?
        var comparePageBytes: [Int]?
        var error: String?
    }

    /// The script, found beside the sources or the installed data (nil when missing).
    static var script: String? {
        guard let folder = ResourceLocator.folder("scripts") else { return nil }
        let path = folder + "/pty-bytes.py"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    var reader: String = ChildProcess.currentExecutable
    var columns = 100
    var rows = 30

    /// Runs the reader on `corpus`; nil when python3 or the script is missing or the run failed.
    func run(corpus: String, samples: Int, compareKeys: String = "", settle: Double = 1.5) -> Figures? {
        guard let script = Self.script else { return nil }
        var arguments = [script, reader, corpus, "--cols", String(columns), "--rows", String(rows), "--samples", String(samples),
                         "--settle", String(settle)]
        if !compareKeys.isEmpty { arguments += ["--compare-keys", compareKeys] }
        guard let output = ChildProcess.run("/usr/bin/env", ["python3"] + arguments) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(Figures.self, from: Data(output.utf8))
    }
}

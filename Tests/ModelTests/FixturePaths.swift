import Foundation

/// Where test fixtures live, found from this file's path (not SwiftPM resources).
enum FixturePaths {
    /// Tests/ModelTests/Fixtures.
    static let folder: String = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.appendingPathComponent("Fixtures").path
    }()

    /// The full path of fixture `name`.
    static func path(_ name: String) -> String { folder + "/" + name }

    /// /work/shared/seeds (../shared/seeds from the repository), or nil when absent.
    static let seedsFolder: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let candidate = url.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }()

    /// The seed file whose name starts with `prefix`, when the seeds are present.
    static func seed(_ prefix: String) -> String? {
        guard let folder = seedsFolder,
            let name = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted().first(where: { $0.hasPrefix(prefix) })
        else { return nil }
        return folder + "/" + name
    }
}

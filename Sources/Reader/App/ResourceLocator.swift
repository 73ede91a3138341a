import Foundation

/// Finds the files installed with the program (demo corpus, themes) without SwiftPM's
/// `Bundle.module`, which stops the program when its build folder is gone.
enum ResourceLocator {
    /// The first existing folder named `name` among: `$READER_DATA_DIR/name`, the install
    /// prefix's `share/reader/name` next to the binary, and the source tree it was built from.
    static func folder(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let data = environment["READER_DATA_DIR"], !data.isEmpty { candidates.append(data + "/" + name) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(executable.appendingPathComponent("../share/reader/\(name)").standardized.path)
        candidates.append(executable.appendingPathComponent("reader-data/\(name)").path)
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../..").standardized
        candidates.append(sourceRoot.appendingPathComponent(name).path)
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The theme called `name` (a file in the themes folder), or a path to a theme file.
    static func themeFile(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.fileExists(atPath: name) ? name : nil }
        guard let folder = folder("themes") else { return nil }
        let path = folder + "/" + name + ".theme"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

import Foundation

/// Runs another program and collects what it prints.
enum ChildProcess {
    /// Runs `executable` with `arguments` and `environment` additions, waits, and returns its
    /// standard output when it exits with status 0 (nil otherwise). Standard error passes through
    /// unless `captureError`, which discards it.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], captureError: Bool = false) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        process.standardOutput = output
        if captureError { process.standardError = FileHandle.nullDevice }
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The path of the running executable.
    static var currentExecutable: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    }
}

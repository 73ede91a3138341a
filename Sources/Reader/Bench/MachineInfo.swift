import Foundation

/// The machine a benchmark ran on, as the report states it.
struct MachineInfo: Sendable, Codable {
    var cpuModel: String
    var cores: Int
    var memory: String
    var date: String
    var commit: String

    /// Reads /proc/cpuinfo and /proc/meminfo, the core count, today's date, and the source
    /// commit (from `git` in the working folder, when there is one).
    static func current() -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let totalKiB = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let commit = ChildProcess.run("/usr/bin/env", ["git", "rev-parse", "--short", "HEAD"], captureError: true)?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return MachineInfo(
            cpuModel: model, cores: ProcessInfo.processInfo.activeProcessorCount,
            memory: String(format: "%.1f GiB", Double(totalKiB) / 1_048_576), date: formatter.string(from: Date()),
            commit: commit.isEmpty ? "unknown" : commit)
    }
}

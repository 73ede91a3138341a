import Foundation
import Glibc

/// Replaces a file's contents so that a crash, a kill or a power cut at any moment leaves
/// either the old contents or the new ones, never a mix.
///
/// A write goes to a temporary file in the same folder (`.NAME.tmp-PID-RANDOM`), which is
/// flushed to disk, renamed over the target, and then the folder itself is flushed so the
/// rename survives a power cut. On any error the temporary file is removed. A process killed
/// mid-write leaves its one temporary file behind; `removeStaleTemporaryFiles(for:)` deletes
/// those whose writer is no longer running (the state store calls it on every load and save).
public enum AtomicFile {
    /// Why a write failed: the step, the path and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var operation: String
        public var path: String
        public var code: Int32

        public var description: String {
            "\(path): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// Writes `data` to `url` atomically and durably; creates no folders.
    public static func write(_ data: Data, to url: URL) throws {
        let target = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/" + temporaryPrefix(for: url) + randomSuffix()

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(operation: "create temporary file", path: temporary, code: errno) }
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            var existing = stat()
            if stat(target, &existing) == 0 { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
            try writeAll(data, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw WriteError(operation: "fsync", path: temporary, code: errno) }
        }
        guard rename(temporary, target) == 0 else { throw WriteError(operation: "rename", path: target, code: errno) }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folderDescriptor >= 0 else { throw WriteError(operation: "open folder", path: folder, code: errno) }
        defer { close(folderDescriptor) }
        guard fsync(folderDescriptor) == 0 else { throw WriteError(operation: "fsync folder", path: folder, code: errno) }
    }

    /// Deletes temporary files left beside `url` by writers that are no longer running; returns
    /// the names removed. Files of a live process (a concurrent writer) are left alone.
    @discardableResult
    public static func removeStaleTemporaryFiles(for url: URL) -> [String] {
        let folder = url.deletingLastPathComponent().path
        let prefix = temporaryPrefix(for: url)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let owner = name.dropFirst(prefix.count).split(separator: "-").first.flatMap { pid_t($0) }
            if let owner, owner == getpid() || isRunning(owner) { continue }
            if unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Names of the temporary files currently beside `url` (for tests and diagnostics).
    public static func temporaryFiles(for url: URL) -> [String] {
        let prefix = temporaryPrefix(for: url)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// `.NAME.tmp-`: hidden, and tied to one target so cleaning never touches other files.
    static func temporaryPrefix(for url: URL) -> String {
        "." + url.lastPathComponent + ".tmp-"
    }

    private static func randomSuffix() -> String {
        "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let count = Glibc.write(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(operation: "write", path: path, code: errno)
                }
                written += count
            }
        }
    }
}

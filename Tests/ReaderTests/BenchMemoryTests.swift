import Foundation
import Testing
@testable import Reader

/// The benchmark's peak-memory reading, as the child process of one corpus size makes it.
@Suite("Benchmark peak memory")
struct BenchMemoryTests {
    @Test("the peak resident size is never below the resident size now")
    func peakCoversCurrent() throws {
        let current = try #require(MemoryUsage.currentResidentBytes())
        #expect(MemoryUsage.peakResidentBytes() >= current)
    }

    @Test("a benchmark child started by a large parent reports its own peak, not the parent's")
    func childPeakIsItsOwn() throws {
        // The parent touches 400 MB first: a reading that inherited the parent's peak across
        // posix_spawn and exec (as getrusage's ru_maxrss does) would report at least that.
        let size = 400 << 20
        let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 4096)
        defer { block.deallocate() }
        memset(block, 1, size)
        #expect(MemoryUsage.peakResidentBytes() >= size)

        let output = NSTemporaryDirectory() + "reader-bench-peak-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let demo = RepositoryTools.root.appendingPathComponent("demo").path
        let code = try ChildProcess.run([TmuxSession.readerBinary, "bench", "--one-size", "16", "--corpus-dir", demo,
                                         "--annotate-mb", "1", "--no-pty"], stdout: output).code
        #expect(code == 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").last { $0.hasPrefix(BenchRunner.figuresPrefix) })
        let figures = try JSONDecoder().decode(SizeFigures.self, from: Data(line.dropFirst(BenchRunner.figuresPrefix.count).utf8))
        #expect(figures.peakResident > 0)
        #expect(figures.peakResident < 200 << 20)
        // Keep the parent's block alive until the child has finished.
        #expect(block.load(fromByteOffset: size - 1, as: UInt8.self) == 1)
    }
}

import Dispatch
import Foundation

/// Runs an independent computation for every index on all cores, and hands the results back one
/// by one in index order, so the outcome is the same as a plain loop whatever the thread timing.
///
/// Work goes in blocks: a block's results are computed in parallel, then consumed in order before
/// the next block starts, so at most one block of results is held at a time.
enum OrderedParallelMap {
    /// Indices computed per parallel block.
    static let defaultBlockSize = 1024

    /// Threads to use: the active processor count, or `READER_THREADS` when set (1 = no threads).
    static let threadCount: Int = {
        if let text = ProcessInfo.processInfo.environment["READER_THREADS"], let value = Int(text), value >= 1 {
            return value
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Calls `produce` for every index of `0..<count` (in parallel) and `consume` with each result in index order.
    static func forEach<Result>(
        count: Int, blockSize: Int = defaultBlockSize,
        produce: (Int) -> Result, consume: (Int, Result) -> Void
    ) {
        forEach(count: count, blockSize: blockSize, makeScratch: { () }, produce: { _, index in produce(index) }, consume: consume)
    }

    /// As `forEach`, with a scratch value per worker (made by `makeScratch`) that `produce` may reuse
    /// from one index to the next, e.g. a large zeroed array.
    static func forEach<Scratch, Result>(
        count: Int, blockSize: Int = defaultBlockSize, makeScratch: () -> Scratch,
        produce: (inout Scratch, Int) -> Result, consume: (Int, Result) -> Void
    ) {
        guard count > 0 else { return }
        let threads = threadCount
        if threads == 1 || count == 1 {
            var scratch = makeScratch()
            for index in 0..<count { consume(index, produce(&scratch, index)) }
            return
        }
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: min(blockSize, count))
        buffer.initialize(repeating: nil)
        // A few strides per thread balance uneven article lengths without much overhead.
        let strideCount = min(min(blockSize, count), threads * 4)
        let scratches = UnsafeMutableBufferPointer<Scratch>.allocate(capacity: strideCount)
        for index in 0..<strideCount { (scratches.baseAddress! + index).initialize(to: makeScratch()) }
        defer {
            _ = buffer.deinitialize()
            buffer.deallocate()
            _ = scratches.deinitialize()
            scratches.deallocate()
        }
        let shared = SharedBuffer(buffer: buffer), sharedScratches = SharedBuffer(buffer: scratches)
        var blockStart = 0
        while blockStart < count {
            let blockCount = min(blockSize, count - blockStart)
            let strides = min(blockCount, strideCount)
            let start = blockStart
            withoutActuallyEscaping(produce) { produce in
                let work = SharedWork(produce: produce)
                DispatchQueue.concurrentPerform(iterations: strides) { stride in
                    var offset = stride
                    while offset < blockCount {
                        shared.buffer[offset] = work.produce(&sharedScratches.buffer[stride], start + offset)
                        offset += strides
                    }
                }
            }
            for offset in 0..<blockCount {
                consume(blockStart + offset, buffer[offset].take()!)
            }
            blockStart += blockCount
        }
    }

    /// The results of `produce` for every index of `0..<count`, in index order.
    static func map<Result>(count: Int, blockSize: Int = defaultBlockSize, _ produce: (Int) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        forEach(count: count, blockSize: blockSize, produce: produce) { _, result in results.append(result) }
        return results
    }
}

/// A result buffer whose slots are each written by exactly one thread.
private struct SharedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

/// The per-index computation, called from worker threads; it reads shared state only.
private struct SharedWork<Scratch, Result>: @unchecked Sendable {
    let produce: (inout Scratch, Int) -> Result
}

import Dispatch
import Foundation

/// Runs an independent computation for every index on all cores, and hands the results back one
/// by one in index order, so the outcome is the same as a plain loop whatever the thread timing.
///
/// Work goes in blocks: a block's results are computed in parallel, then consumed in order while
/// the next block is computed, so at most two blocks of results are held at a time.
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
        // Two result buffers: while the calling thread consumes one block, the workers already
        // compute the next into the other, so the serial consumer does not leave cores idle.
        let capacity = min(blockSize, count)
        let buffers = [UnsafeMutableBufferPointer<Result?>.allocate(capacity: capacity), UnsafeMutableBufferPointer<Result?>.allocate(capacity: capacity)]
        for buffer in buffers { buffer.initialize(repeating: nil) }
        // A few strides per thread balance uneven article lengths without much overhead.
        let strideCount = min(capacity, threads * 4)
        let scratches = UnsafeMutableBufferPointer<Scratch>.allocate(capacity: strideCount)
        for index in 0..<strideCount { (scratches.baseAddress! + index).initialize(to: makeScratch()) }
        defer {
            for buffer in buffers {
                _ = buffer.deinitialize()
                buffer.deallocate()
            }
            _ = scratches.deinitialize()
            scratches.deallocate()
        }
        let sharedScratches = SharedBuffer(buffer: scratches)
        withoutActuallyEscaping(produce) { produce in
            let work = SharedWork(produce: produce)
            /// Computes the block starting at `start` into `buffer`, on all cores.
            @Sendable func computeBlock(_ start: Int, into buffer: SharedBuffer<Result?>) {
                let blockCount = min(blockSize, count - start)
                let strides = min(blockCount, strideCount)
                DispatchQueue.concurrentPerform(iterations: strides) { stride in
                    var offset = stride
                    while offset < blockCount {
                        buffer.buffer[offset] = work.produce(&sharedScratches.buffer[stride], start + offset)
                        offset += strides
                    }
                }
            }
            var blockStart = 0
            var current = 0
            computeBlock(0, into: SharedBuffer(buffer: buffers[0]))
            while blockStart < count {
                let blockCount = min(blockSize, count - blockStart)
                let nextStart = blockStart + blockCount
                let nextBuffer = SharedBuffer(buffer: buffers[1 - current])
                let group = DispatchGroup()
                if nextStart < count {
                    DispatchQueue.global().async(group: group) { computeBlock(nextStart, into: nextBuffer) }
                }
                let buffer = buffers[current]
                for offset in 0..<blockCount {
                    consume(blockStart + offset, buffer[offset].take()!)
                }
                group.wait()
                blockStart = nextStart
                current = 1 - current
            }
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

extension OrderedParallelMap {
    /// Calls `update` on every element of `array` in place, on all cores; each element is touched
    /// by one thread only, so `update` may mutate it (and what it owns) but nothing shared.
    static func updateEach<Element>(_ array: inout [Element], _ update: (inout Element) -> Void) {
        let threads = threadCount
        guard threads > 1, array.count > 1 else {
            for index in array.indices { update(&array[index]) }
            return
        }
        let strides = min(array.count, threads * 4)
        array.withUnsafeMutableBufferPointer { elements in
            let shared = SharedBuffer(buffer: elements)
            withoutActuallyEscaping(update) { update in
                let work = SharedUpdate(update: update)
                DispatchQueue.concurrentPerform(iterations: strides) { stride in
                    var index = stride
                    while index < shared.buffer.count {
                        work.update(&shared.buffer[index])
                        index += strides
                    }
                }
            }
        }
    }
}

/// The per-element update of `updateEach`, called from worker threads.
private struct SharedUpdate<Element>: @unchecked Sendable {
    let update: (inout Element) -> Void
}

/// A result buffer whose slots are each written by exactly one thread.
private struct SharedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}

/// The per-index computation, called from worker threads; it reads shared state only.
private struct SharedWork<Scratch, Result>: @unchecked Sendable {
    let produce: (inout Scratch, Int) -> Result
}

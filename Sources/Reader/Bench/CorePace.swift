/// How fast the calling thread's core runs right now: a fixed integer workload (shifts, table
/// loads, multiplies) timed on the wall clock. A steady reading while another figure drifts shows
/// the drift is not the core's own pace (it is no divisor: annotation drifts where it does not).
enum CorePace {
    /// Steps in one reading: about 40 ms on this machine.
    static let steps = 20_000_000

    /// Millions of workload steps a second, the best of `readings` back-to-back readings (noise on
    /// a shared core only ever slows a reading down).
    static func measure(readings: Int = 3) -> Double {
        var best = Double.infinity
        var checksum: UInt64 = 0
        for _ in 0..<max(1, readings) {
            let start = BenchClock.now()
            checksum ^= workload(steps)
            best = min(best, BenchClock.now() - start)
        }
        // The checksum is used, so the optimiser cannot drop the loop.
        precondition(checksum != 1, "the pace workload gave its one impossible checksum")
        return Double(steps) / 1e6 / best
    }

    /// Table the workload reads: 16 KB, inside the first-level cache like a scanner's tables.
    private static let table: [UInt16] = (0..<8192).map { UInt16(truncatingIfNeeded: $0 &* 40503) }

    /// `steps` rounds of xorshift, a table load and a multiply-accumulate; returns the accumulator.
    @inline(never)
    static func workload(_ steps: Int) -> UInt64 {
        table.withUnsafeBufferPointer { table in
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            var sum: UInt64 = 0
            for _ in 0..<steps {
                state ^= state &<< 13
                state ^= state &>> 7
                state ^= state &<< 17
                sum = (sum ^ UInt64(table[Int(truncatingIfNeeded: state & 8191)])) &* 0x100_0000_01B3
            }
            return sum
        }
    }
}

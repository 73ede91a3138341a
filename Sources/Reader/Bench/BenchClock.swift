import Foundation

/// Wall-clock and CPU-time readings for the benchmark, in seconds.
enum BenchClock {
    /// Monotonic wall-clock time.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time (user + system) used so far by this thread.
    static func threadCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time (user + system) used so far by the whole process, all threads.
    static func processCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Wall seconds and the CPU seconds of every thread of the process taken by `work` (which
    /// spreads over worker threads), and its result.
    static func measureAllThreads<T>(_ work: () throws -> T) rethrows -> (result: T, wall: Double, cpu: Double) {
        let startCPU = processCPU()
        let start = now()
        let result = try work()
        return (result, now() - start, processCPU() - startCPU)
    }

    /// Wall and thread-CPU seconds taken by `work`, and its result.
    static func measure<T>(_ work: () throws -> T) rethrows -> (result: T, wall: Double, cpu: Double) {
        let startCPU = threadCPU()
        let start = now()
        let result = try work()
        return (result, now() - start, threadCPU() - startCPU)
    }
}

/// The memory this process has held, read from the kernel.
enum MemoryUsage {
    /// The largest resident set of this program so far, in bytes: VmHWM from /proc/self/status,
    /// else getrusage's ru_maxrss (which Linux gives in KiB).
    ///
    /// ru_maxrss also keeps the peak of the process image an exec replaced; a child started by
    /// `Process` (posix_spawn, which shares the parent's memory until the exec) starts with the
    /// parent's peak in it. VmHWM is the running program's own.
    static func peakResidentBytes() -> Int {
        if let highWater = statusField("VmHWM:") { return highWater }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// The resident set now, in bytes (VmRSS from /proc/self/status), or nil off Linux.
    static func currentResidentBytes() -> Int? { statusField("VmRSS:") }

    /// A size field of /proc/self/status (given there in kB), in bytes; nil when there is none.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}

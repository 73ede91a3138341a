/// How long `reader extract` spent in each stage, and the annotation throughput, for `--timings`.
struct ExtractTimings: Equatable {
    var loadingSeconds: Double
    var groupingSeconds: Double
    var annotationSeconds: Double
    /// UTF-8 bytes of the article texts annotated.
    var annotatedBytes: Int
    var articleCount: Int

    /// Annotated megabytes (10^6 bytes) per second; 0 when no time was measured.
    var megabytesPerSecond: Double {
        annotationSeconds > 0 ? Double(annotatedBytes) / 1_000_000 / annotationSeconds : 0
    }

    /// The report printed to standard error, one stage per line.
    func rendered() -> String {
        func format(_ value: Double, _ digits: Int) -> String {
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            let rounded = (value * scale).rounded() / scale
            return "\(rounded)"
        }
        return """
            timings: loading \(format(loadingSeconds, 3)) s
            timings: grouping \(format(groupingSeconds, 3)) s
            timings: annotation \(format(annotationSeconds, 3)) s for \(articleCount) articles, \(annotatedBytes) bytes, \
            \(format(megabytesPerSecond, 1)) MB/s

            """
    }

    /// A `Duration` in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

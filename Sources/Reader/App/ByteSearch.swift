/// Finds a query in text, ignoring ASCII case, over UTF-8 bytes (fast enough for every keystroke).
enum ByteSearch {
    /// Byte ranges of every non-overlapping match of `query` in `range` of `text`.
    static func matches(of query: String, in text: String, range: Range<Int>? = nil, limit: Int = 10_000) -> [Range<Int>] {
        let needle = Array(query.utf8).map(fold)
        guard !needle.isEmpty else { return [] }
        var results: [Range<Int>] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let start = max(0, range?.lowerBound ?? 0)
            let end = min(bytes.count, range?.upperBound ?? bytes.count)
            var index = start
            let first = needle[0]
            while index + needle.count <= end, results.count < limit {
                if fold(bytes[index]) == first {
                    var matched = true
                    for offset in 1..<needle.count where fold(bytes[index + offset]) != needle[offset] {
                        matched = false
                        break
                    }
                    if matched {
                        results.append(index..<(index + needle.count))
                        index += needle.count
                        continue
                    }
                }
                index += 1
            }
        }
        return results
    }

    /// True when `query` occurs in `text` (ASCII case ignored).
    static func contains(_ query: String, in text: String) -> Bool {
        !matches(of: query, in: text, limit: 1).isEmpty
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }
}

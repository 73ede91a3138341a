/// Merges scored pairs into groups, best pair first, under average linkage with outlet and date priors.
///
/// Linkage of two groups = sum of the scores of their scored cross pairs / (size × size); pairs
/// never scored count as 0. Sums are kept per pair of groups and folded together on each merge, so
/// the cost follows the number of scored pairs, not the square of the corpus.
struct StoryMerger {
    let settings: StoryGrouper.Settings
    let articles: [Article]

    /// Passes over the pairs; a later pass can join groups whose linkage grew through other merges.
    static let passes = 3

    /// The root (group representative) of every article.
    func merge(pairs: [ScoredPair]) -> [Int] {
        let count = articles.count
        var parent = Array(0..<count)
        var size = [Int](repeating: 1, count: count)
        // Keyed by 32-bit article numbers: these tables are the merge's whole memory.
        var links = [[Int32: Float]](repeating: [:], count: count)
        for pair in pairs {
            links[Int(pair.first)][pair.second, default: 0] += pair.score
            links[Int(pair.second)][pair.first, default: 0] += pair.score
        }
        var outlets: [[String]] = articles.map { article in
            guard let outlet = article.outlet?.lowercased(), !outlet.isEmpty else { return [] }
            return [outlet]
        }
        var dates: [ClosedRange<Int>?] = articles.map { article in
            article.date.flatMap(Self.dayNumber).map { $0...$0 }
        }

        func find(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }

        for _ in 0..<Self.passes {
            var merged = false
            for pair in pairs {
                let a = find(Int(pair.first)), b = find(Int(pair.second))
                if a == b { continue }
                var linkage = Double(links[a][Int32(b)] ?? 0) / Double(size[a] * size[b])
                if outlets[a].contains(where: { outlets[b].contains($0) }) { linkage *= settings.sameOutletFactor }
                if let left = dates[a], let right = dates[b] {
                    let gap = max(0, max(left.lowerBound, right.lowerBound) - min(left.upperBound, right.upperBound))
                    if gap > settings.dateToleranceDays { linkage *= settings.distantDateFactor }
                }
                guard linkage >= settings.mergeThreshold else { continue }
                // Keep the smaller index as root so that results do not depend on merge order details.
                let (root, child) = a < b ? (a, b) : (b, a)
                parent[child] = root
                size[root] += size[child]
                for (other, sum) in links[child] where Int(other) != root {
                    links[root][other, default: 0] += sum
                    links[Int(other)][Int32(root), default: 0] += sum
                    links[Int(other)][Int32(child)] = nil
                }
                links[root][Int32(child)] = nil
                links[child] = [:]
                outlets[root].append(contentsOf: outlets[child].filter { !outlets[root].contains($0) })
                if let childDates = dates[child] {
                    if let rootDates = dates[root] {
                        dates[root] = min(rootDates.lowerBound, childDates.lowerBound)...max(rootDates.upperBound, childDates.upperBound)
                    } else {
                        dates[root] = childDates
                    }
                }
                merged = true
            }
            if !merged { break }
        }
        return (0..<count).map(find)
    }

    /// Days since 1970-01-01 of a date written `YYYY-MM-DD…`; nil when it does not start that way.
    static func dayNumber(_ text: String) -> Int? {
        guard let (year, month, day) = ISODateDigits.parts(text) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

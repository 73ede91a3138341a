/// How far a grouping agrees with the true stories, counted over pairs of articles.
enum GroupingQuality {
    /// Pair precision (pairs put together that belong together) and pair recall (pairs that belong
    /// together and were put together); articles without a true story are left out. Nil when
    /// there is nothing to count.
    static func pairScores(predicted: [Int], truth: [Int?]) -> (precision: Double, recall: Double)? {
        var predictedSizes: [Int: Int] = [:]
        var trueSizes: [Int: Int] = [:]
        var jointSizes: [Pair: Int] = [:]
        for (index, story) in truth.enumerated() {
            guard let story, predicted.indices.contains(index) else { continue }
            predictedSizes[predicted[index], default: 0] += 1
            trueSizes[story, default: 0] += 1
            jointSizes[Pair(predicted: predicted[index], truth: story), default: 0] += 1
        }
        let pairs = { (size: Int) in size * (size - 1) / 2 }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        let truePairs = trueSizes.values.reduce(0) { $0 + pairs($1) }
        let agreeing = jointSizes.values.reduce(0) { $0 + pairs($1) }
        guard predictedPairs > 0 || truePairs > 0 else { return nil }
        return (predictedPairs == 0 ? 1 : Double(agreeing) / Double(predictedPairs),
                truePairs == 0 ? 1 : Double(agreeing) / Double(truePairs))
    }

    private struct Pair: Hashable {
        var predicted: Int
        var truth: Int
    }
}

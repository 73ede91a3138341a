/// A story's terms summed over its members: each term's total weight and how many vector entries
/// hold it, the terms numbered in order of first addition by a `HashKeyTable`.
struct TermTally {
    private var numbers: HashKeyTable
    /// Per term number: its total weight (summed in the order given) and its holder count.
    private(set) var totals: [Float] = []
    private(set) var holders: [Int32] = []

    /// An empty tally sized for about `capacity` additions.
    init(capacity: Int) {
        numbers = HashKeyTable(capacity: capacity)
        totals.reserveCapacity(capacity)
        holders.reserveCapacity(capacity)
    }

    /// The distinct terms, in order of first addition.
    var terms: [UInt32] { numbers.keys.map { UInt32(truncatingIfNeeded: $0) } }

    /// Adds one entry: `weight` to the term's total, one to its holders.
    mutating func add(_ term: UInt32, weight: Float) {
        let (index, inserted) = numbers.insert(UInt64(term))
        if inserted {
            totals.append(weight)
            holders.append(1)
        } else {
            totals[index] += weight
            holders[index] += 1
        }
    }

    /// The terms held by at least `minimumHolders` entries, with their totals, in no set order.
    func terms(heldByAtLeast minimumHolders: Int) -> [(term: UInt32, total: Float)] {
        var found: [(term: UInt32, total: Float)] = []
        for (index, key) in numbers.keys.enumerated() where Int(holders[index]) >= minimumHolders {
            found.append((UInt32(truncatingIfNeeded: key), totals[index]))
        }
        return found
    }
}

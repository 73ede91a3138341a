/// A story's terms summed over its members: each term's total weight and how many vector entries
/// hold it, in an open-addressing table sized once for the entries it will be given.
struct TermTally {
    /// Per slot: the number of the term stored there, + 1; 0 when empty.
    private var slots: [Int32]
    /// Right shift taking a mixed term to a slot number.
    private let shift: UInt64
    /// The distinct terms, in order of first addition, with their totals and holder counts.
    private(set) var terms: [UInt32] = []
    private(set) var totals: [Float] = []
    private(set) var holders: [Int32] = []

    /// An empty tally for at most `capacity` additions.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        terms.reserveCapacity(capacity)
        totals.reserveCapacity(capacity)
        holders.reserveCapacity(capacity)
    }

    /// Adds one entry: `weight` to the term's total (sums in the order given), one to its holders.
    mutating func add(_ term: UInt32, weight: Float) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(term) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if terms[index] == term {
                totals[index] += weight
                holders[index] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        // At most half the slots fill while the tally gets no more additions than its capacity.
        precondition(terms.count * 2 < slots.count, "more terms than the tally was sized for")
        terms.append(term)
        totals.append(weight)
        holders.append(1)
        slots[slot] = Int32(terms.count)
    }

    /// The terms held by at least `minimumHolders` entries, with their totals, in no set order.
    func terms(heldByAtLeast minimumHolders: Int) -> [(term: UInt32, total: Float)] {
        var found: [(term: UInt32, total: Float)] = []
        for index in terms.indices where Int(holders[index]) >= minimumHolders {
            found.append((terms[index], totals[index]))
        }
        return found
    }
}

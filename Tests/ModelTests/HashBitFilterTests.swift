import Testing
@testable import Model

@Suite("Hash bit filter")
struct HashBitFilterTests {
    /// Deterministic, well-spread 64-bit keys (SplitMix64).
    func keys(_ count: Int, seed: UInt64) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("every key added is reported as possibly present")
    func noFalseNegatives() {
        let added = keys(50_000, seed: 1)
        let filter = HashBitFilter(added)
        #expect(added.allSatisfy(filter.mightContain))
    }

    @Test("most keys never added are ruled out")
    func fewFalsePositives() {
        let filter = HashBitFilter(keys(50_000, seed: 1))
        let falsePositives = keys(50_000, seed: 2).filter(filter.mightContain).count
        #expect(falsePositives < 5_000)
    }
}

import Testing
@testable import Model

@Suite("Parallel map")
struct OrderedParallelMapTests {
    @Test("results come back in index order")
    func mapKeepsIndexOrder() {
        let squares = OrderedParallelMap.map(count: 5_000, blockSize: 64) { $0 * $0 }
        #expect(squares == (0..<5_000).map { $0 * $0 })
    }

    @Test("every element is updated once, in place")
    func updateEachTouchesEveryElementOnce() {
        var lists = (0..<3_000).map { [$0] }
        OrderedParallelMap.updateEach(&lists) { list in list.append(list[0] + 1) }
        #expect(lists == (0..<3_000).map { [$0, $0 + 1] })
    }
}

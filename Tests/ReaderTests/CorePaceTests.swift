import Testing
@testable import Reader

/// The benchmark's core-pace probe: a fixed workload, so readings differ only by the machine.
struct CorePaceTests {
    @Test func theWorkloadGivesTheSameChecksumEveryTimeAndDependsOnItsLength() {
        #expect(CorePace.workload(1000) == CorePace.workload(1000))
        #expect(CorePace.workload(1000) != CorePace.workload(1001))
    }

    @Test func aReadingIsAPositiveFiniteRate() {
        let pace = CorePace.measure(readings: 1)
        #expect(pace > 0 && pace.isFinite)
    }
}

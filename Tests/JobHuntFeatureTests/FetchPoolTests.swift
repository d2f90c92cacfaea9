// The fetch pool hands results over in order, so later sources wait in memory while the
// caller stores an early one; the wait is capped, and the cap can never stall the run.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetch pool")
struct FetchPoolTests {
    /// Counts the fetches begun, and holds source 0's until released.
    private final class Gate: @unchecked Sendable {
        let lock = NSLock()
        var started: [Int] = []
        let firstReleased = DispatchSemaphore(value: 0)
    }

    private func specs(_ count: Int) throws -> [SourceSpec] {
        try (0..<count).map { try SourceSpec(parsing: "file:/feeds/\($0).jsonl") }
    }

    private func fetch(_ spec: SourceSpec, gate: Gate, all: [SourceSpec]) -> SourceFetch {
        let index = all.firstIndex(of: spec)!
        gate.lock.withLock { gate.started.append(index) }
        if index == 0 { gate.firstReleased.wait() }
        let document = FetchedDocument(data: Data(count: 1024), location: spec.description)
        return SourceFetch(spec: spec, outcome: .documents([document]), metrics: FetchMetrics())
    }

    @Test("while the first source is slow, at most `ahead` sources are outstanding; all arrive in order")
    func boundedWhileTheFirstIsSlow() throws {
        let all = try specs(40)
        let gate = Gate()
        let pool = FetchPool(
            specs: all, workers: 4, perHost: 4, ahead: 6, host: { _ in "" },
            fetch: { spec in fetch(spec, gate: gate, all: all) })
        // Give the threads time to run ahead as far as the cap lets them.
        Thread.sleep(forTimeInterval: 0.5)
        let startedWhileBlocked = gate.lock.withLock { gate.started.count }
        // Six outstanding: source 0 in flight and five results waiting; the threads are held back.
        #expect(startedWhileBlocked == 6, "started \(startedWhileBlocked): \(gate.lock.withLock { gate.started })")
        #expect(pool.fetchedCount == 5)
        gate.firstReleased.signal()
        for index in all.indices {
            let result = pool.result(at: index, known: 0) { _ in }
            #expect(result.spec == all[index])
        }
        #expect(gate.lock.withLock { gate.started.count } == 40)
    }

    @Test("the cap never stalls: with one slot, every source still arrives in order")
    func oneSlotStillCompletes() throws {
        let all = try specs(25)
        let gate = Gate()
        gate.firstReleased.signal()
        let pool = FetchPool(
            specs: all, workers: 8, perHost: 1, ahead: 1,
            host: { spec in spec.description.hasSuffix("0.jsonl") ? "a" : "b" },
            fetch: { spec in fetch(spec, gate: gate, all: all) })
        for index in all.indices {
            #expect(pool.result(at: index, known: 0) { _ in }.spec == all[index])
        }
    }
}

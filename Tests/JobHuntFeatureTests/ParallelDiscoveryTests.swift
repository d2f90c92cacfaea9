// A discover run of many boards on several hosts fetches them at once, never more
// than the per-host limit in flight on one host (as the server counts them), stores
// the same postings in the same order as a serial run, and a missing board fails alone.
import Foundation
import JobHuntBench
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Discovery in parallel")
struct ParallelDiscoveryTests {
    /// 20 boards, 5 on each of 4 hosts (ports) that hold every answer; boards 7 and 13 do not exist.
    func specs(_ farm: BoardFarm) throws -> [SourceSpec] {
        try (0..<20).map { board in
            let token = board == 7 || board == 13 ? "missing-\(board)" : "board-\(board)"
            return try SourceSpec(parsing: "greenhouse:" + farm.url(board: token, host: board % 4))
        }
    }

    func service(_ fixture: IngestFixture, sources: Int, perHost: Int) -> DiscoveryService {
        var service = DiscoveryService(services: fixture.services, version: "test", embedder: nil)
        service.fetchPolicy.concurrentSources = sources
        service.fetchPolicy.concurrentPerHost = perHost
        // The farm is ours; the pacer's one request a second per host would hide the overlap.
        service.fetchPolicy.requestsPerWindow = 10_000
        return service
    }

    @Test(
        "8 threads, 2 per host: overlap on every host up to the limit, in order, failures alone, then idempotent",
        arguments: TestEngine.allCases)
    func parallelRun(engine: TestEngine) throws {
        let fixture = try IngestFixture(engine)
        let farm = try BoardFarm(delays: Array(repeating: .milliseconds(150), count: 4), jobsPerBoard: 3)
        defer { farm.stop() }
        let specs = try specs(farm)
        let summaries = try service(fixture, sources: 8, perHost: 2).run(specs)

        #expect(summaries.map(\.source) == specs.map(\.description), "summaries come back in the order given")
        let failed = summaries.filter { $0.error != nil }.map(\.source)
        #expect(failed == [specs[7].description, specs[13].description])
        #expect(summaries[7].error?.contains("404") == true)
        #expect(summaries.filter { $0.error == nil }.allSatisfy { $0.counts.new == 3 && $0.counts.failed == 0 })
        #expect(farm.requests == [5, 5, 5, 5], "one request per board")
        #expect(farm.peakInFlight.allSatisfy { $0 <= 2 }, "never more than the per-host limit on one host")
        #expect(farm.peakInFlight.max() == 2, "the limit is reached: boards on one host overlap")
        #expect(farm.peakTotalInFlight > 2, "several hosts are asked at once")

        let again = try service(fixture, sources: 8, perHost: 2).run(specs)
        #expect(
            again.filter { $0.error == nil }.allSatisfy { $0.counts.new == 0 && $0.counts.unchanged == 3 },
            "a second run stores nothing new")
        let stored = try fixture.db().scalar("SELECT COUNT(*) FROM job_postings", as: Int.self)
        #expect(stored == 18 * 3)
    }

    @Test("one thread fetches one board at a time and stores what the parallel run stores")
    func sequentialRun() throws {
        let fixture = try IngestFixture(.sqlite)
        let farm = try BoardFarm(delays: Array(repeating: .milliseconds(20), count: 4), jobsPerBoard: 3)
        defer { farm.stop() }
        let summaries = try service(fixture, sources: 1, perHost: 2).run(try specs(farm))
        #expect(farm.peakTotalInFlight == 1)
        #expect(summaries.filter { $0.error != nil }.count == 2)
        #expect(summaries.reduce(0) { $0 + $1.counts.new } == 18 * 3)
    }

    @Test("a per-host limit of 1 keeps each host to one request while hosts overlap")
    func onePerHost() throws {
        let fixture = try IngestFixture(.sqlite)
        let farm = try BoardFarm(delays: Array(repeating: .milliseconds(150), count: 4), jobsPerBoard: 1)
        defer { farm.stop() }
        _ = try service(fixture, sources: 8, perHost: 1).run(try specs(farm))
        #expect(farm.peakInFlight == [1, 1, 1, 1])
        #expect(farm.peakTotalInFlight > 1)
    }

    @Test("the request gate holds a host to its limit across threads")
    func gate() throws {
        let gate = HostConcurrencyGate(limit: 2)
        let counter = Counter()
        let group = DispatchGroup()
        for _ in 0..<6 {
            group.enter()
            Thread.detachNewThread {
                gate.enter("a:1")
                counter.change(+1)
                Thread.sleep(forTimeInterval: 0.05)
                counter.change(-1)
                gate.leave("a:1")
                group.leave()
            }
        }
        group.wait()
        #expect(counter.peak <= 2)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var now = 0
        private var highest = 0
        func change(_ delta: Int) {
            lock.withLock {
                now += delta
                highest = max(highest, now)
            }
        }
        var peak: Int { lock.withLock { highest } }
    }
}

// DiscoveryService tells its progress observer each source's stages in order
// and counts every stored posting, on a real database; a run without an
// observer stores the same.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Discovery progress")
struct DiscoveryProgressTests {
    @Test("stages in order per source, counting up to every posting, the second source numbered 2 of 2")
    func stagesAndCounts() throws {
        let fixture = try IngestFixture(.sqlite)
        let jobspy = try SourceSpec(
            parsing: "jobspy:" + SourceFixtures.directory().appendingPathComponent("jobspy.csv").path)
        let missing = try SourceSpec(parsing: "file:/no/such/feed.jsonl")
        var seen: [DiscoveryProgress] = []
        let summaries = try DiscoveryService(services: fixture.services, version: "test", embedder: nil)
            .run([jobspy, missing]) { seen.append($0) }
        #expect(summaries[0].counts.new == 10 && summaries[1].error != nil)
        let first = seen.filter { $0.position == 1 }
        // While a source is fetched, each other source's fetch ending redraws it: one stage, several draws.
        let stages = first.map(\.stage).enumerated().filter { $0.offset == 0 || $0.element != .fetching }.map(\.element)
        #expect(stages == [.fetching, .parsing, .storing, .storing])
        #expect(seen.allSatisfy { $0.fetched <= 2 } && seen.last?.postings == 10)
        #expect(first.allSatisfy { $0.sourceCount == 2 && $0.source == jobspy.description })
        #expect(first.first { $0.stage == .parsing }?.documents == 1)
        #expect(first.last?.parsed == 10 && first.last?.stored == 10)
        #expect(
            Set(seen.filter { $0.position == 2 }.map(\.stage)) == [.fetching], "a failed fetch stops at fetching")
    }

    @Test("the counting sequence reports every step and the last count once")
    func countingSequence() {
        var counts: [Int] = []
        let sequence = ProgressCountingSequence(base: 1...60, step: 25) { counts.append($0) }
        #expect(Array(sequence).count == 60)
        #expect(counts == [25, 50, 60])
    }
}

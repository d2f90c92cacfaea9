// A big first ingest into a fresh PostgreSQL database refreshes the statistics
// its look-ups are planned from, instead of scanning every posting per chunk
// until autovacuum gets round to the table.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Ingest: PostgreSQL statistics during a big ingest")
struct IngestStatisticsTests {
    static func postings(_ count: Int) -> [NormalisedPosting] {
        (0..<count).map { index in
            NormalisedPosting(
                externalID: "job-\(index)", title: "Engineer \(index)", description: "Build things.",
                sourcePlatform: "greenhouse", sourceURL: "https://jobs.example/\(index)",
                canonicalURL: "https://jobs.example/\(index)", dedupeKey: "company\u{1F}engineer \(index)\u{1F}us")
        }
    }

    @Test("1,200 postings into fresh tables: the look-up columns are analysed and the dedupe look-up uses its index")
    func analysedDuringIngest() throws {
        let fixture = try IngestFixture(.postgres)
        let db = try fixture.db()
        // Autovacuum stays out of it, so only the ingest can have analysed these tables.
        try db.execute("ALTER TABLE job_postings SET (autovacuum_enabled = false)")
        try db.execute("ALTER TABLE job_posting_sources SET (autovacuum_enabled = false)")
        #expect(
            try db.scalar("SELECT reltuples::float8 FROM pg_class WHERE relname = 'job_postings'", as: Double.self)
                == -1)

        let summary = try fixture.ingestor(batchSize: 500).ingest(
            Self.postings(1_200), source: "greenhouse:statistics", seenAt: IngestFixture.referenceDate)
        #expect(summary.new == 1_200)

        let analysed = try db.query(
            """
            SELECT tablename || '.' || attname AS name FROM pg_stats
            WHERE tablename IN ('job_postings', 'job_posting_sources') ORDER BY 1
            """
        ).map { try $0.get("name", as: String.self) }
        #expect(
            analysed == [
                "job_posting_sources.external_id", "job_posting_sources.job_posting_id",
                "job_posting_sources.source_key", "job_posting_sources.source_platform", "job_postings.created_at",
                "job_postings.dedupe_key", "job_postings.is_active",
            ])
        // Analysed after the second batch (1,000 rows), not again for the third.
        #expect(
            try db.scalar("SELECT reltuples::float8 FROM pg_class WHERE relname = 'job_postings'", as: Double.self)
                == 1_000)
        let plan = try db.query(
            """
            EXPLAIN SELECT p.id FROM job_postings p
            WHERE p.dedupe_key IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l')
            """
        ).map { try $0.get("QUERY PLAN", as: String.self) }.joined(separator: "\n")
        #expect(plan.contains("idx_job_postings_dedupe_key"), "\(plan)")
    }
}

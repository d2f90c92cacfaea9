// Loading the generated corpus into a benchmark database: multi-row inserts
// in transactions, and on PostgreSQL the HNSW index built once at the end.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel

extension MatchBenchmark {
    /// How the database was filled.
    package struct Fill: Sendable {
        package var seconds: Double
        /// True when a PostgreSQL database already held this corpus and was reused.
        package var reused: Bool
        /// PostgreSQL: seconds to build the HNSW index after loading.
        package var indexSeconds: Double?
    }

    /// Migrates `databaseURL` and loads the corpus. A SQLite database should
    /// be new; a PostgreSQL one is reused when it holds exactly this corpus,
    /// and otherwise emptied of postings first (never point it at real data).
    package func fill(databaseURL: String) throws -> Fill {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        try Schema.migrator(for: db.dialect).up(db)
        let marker = "bench-\(corpus.seed)-\(corpus.postings.count)-\(corpus.embedded)"
        if db.dialect == .postgres {
            let total = try db.scalar("SELECT count(*) AS n FROM job_postings", as: Int.self) ?? 0
            let marked =
                try db.scalar(
                    "SELECT count(*) AS n FROM job_postings WHERE source_platform = \(marker)", as: Int.self) ?? 0
            if total == corpus.postings.count, marked == total {
                return Fill(seconds: 0, reused: true, indexSeconds: nil)
            }
            try db.execute("TRUNCATE job_postings CASCADE")
            try db.execute("DROP INDEX IF EXISTS idx_job_postings_embedding")
        }
        let start = ProcessMetrics.now()
        let batch = 100
        for first in stride(from: 0, to: corpus.postings.count, by: batch) {
            let rows = first..<min(first + batch, corpus.postings.count)
            try db.transaction { db in try insert(rows, marker: marker, db: db) }
        }
        let seconds = ProcessMetrics.now() - start
        guard db.dialect == .postgres else { return Fill(seconds: seconds, reused: false, indexSeconds: nil) }
        let indexStart = ProcessMetrics.now()
        try db.execute("SET maintenance_work_mem = '512MB'")
        // The definition of migration 013, so the benchmark measures the index users get.
        try db.execute(
            """
            CREATE INDEX idx_job_postings_embedding ON job_postings USING hnsw (embedding vector_cosine_ops)
            WITH (m = 32, ef_construction = 128)
            """)
        try db.execute("ANALYZE job_postings")
        return Fill(seconds: seconds, reused: false, indexSeconds: ProcessMetrics.now() - indexStart)
    }

    private func insert(_ rows: Range<Int>, marker: String, db: Database) throws {
        let values: [[(any DatabaseValueConvertible)?]] = rows.map { index in
            let posting = corpus.postings[index]
            return [
                UUID(), posting.title, MatchBenchmarkText.description(posting), marker,
                "https://jobs.example.com/bench/\(index)", posting.level, "full-time", posting.arrangement,
                posting.city, posting.country, posting.salaryMin, posting.salaryMax, posting.isActive,
                Vector(corpus.vector(index)),
            ]
        }
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, source_platform, source_url, experience_level,
            employment_type, work_arrangement, location_city, location_country, salary_min, salary_max, is_active,
            embedding) VALUES \(rows: values)
            """)
    }
}

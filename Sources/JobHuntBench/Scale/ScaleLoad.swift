// `jobhunt-bench scale-load`: the bulk of `scripts/bench scale`'s million
// postings, generated and loaded by binary COPY (the path ingest uses on
// PostgreSQL: `Database.copy` into a temporary table, then INSERT … SELECT),
// then the indexes a bulk load should not maintain row by row, built once.
import Foundation
import JobHuntCLI
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel

/// Loads generated postings with clustered synthetic vectors into a migrated
/// PostgreSQL database, half of them created more than a year ago so that
/// `jobhunt cleanup` has expired rows to delete.
package struct ScaleLoad {
    package struct Result: Sendable {
        package var postings: Int
        /// Zero when the database already held these postings (`--reuse`).
        package var loadSeconds: Double
        /// Nil when the index was already there.
        package var hnswSeconds: Double?
        package var textIndexSeconds: Double?
        package var hnswBytes: Int
        package var tableBytes: Int
        package var postingsPerSecond: Double { Double(postings) / loadSeconds }
    }

    let databaseURL: String
    let vectors: ScaleVectors
    /// Rows per COPY (one transaction each).
    var batchSize = 5_000
    /// `maintenance_work_mem` for the index builds: the HNSW graph of 1M × 384 with m = 32
    /// takes about 3 GB while it is built in memory; 4 GB leaves room.
    var maintenanceWorkMem = "4GB"
    /// `max_parallel_maintenance_workers` for the builds (pgvector builds HNSW in parallel).
    var parallelWorkers = 1

    package init(
        databaseURL: String, vectors: ScaleVectors, batchSize: Int, maintenanceWorkMem: String, parallelWorkers: Int
    ) {
        self.databaseURL = databaseURL
        self.vectors = vectors
        self.batchSize = batchSize
        self.maintenanceWorkMem = maintenanceWorkMem
        self.parallelWorkers = parallelWorkers
    }

    /// Generates and loads `count` postings (`expired` of them created 400 days ago), then builds the indexes.
    /// `progress` gets a line now and then (the load of a million takes a while on a shared machine).
    package func run(count: Int, expired: Int, now: Date, progress: (String) -> Void) throws -> Result {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        guard db.dialect == .postgres else {
            throw CLIError.usage("the scale benchmark needs PostgreSQL", remedy: "pass a postgresql:// URL")
        }
        try Schema.migrator(for: db.dialect).up(db)
        let loaded =
            try db.scalar("SELECT count(*) FROM job_postings WHERE source_platform = 'scale'", as: Int.self) ?? 0
        var loadSeconds = 0.0
        if loaded != count {
            guard loaded == 0 else {
                throw CLIError.failure(
                    "the database holds \(loaded) generated postings, not \(count)",
                    remedy: "run scripts/bench scale without --reuse (it starts from an empty database)")
            }
            loadSeconds = try load(db, count: count, expired: expired, now: now, progress: progress)
        } else {
            progress("scale load: reusing the \(count) postings already loaded")
        }
        _ = try db.query(
            """
            SELECT set_config('maintenance_work_mem', \(maintenanceWorkMem), false),
            set_config('max_parallel_maintenance_workers', \(String(parallelWorkers)), false)
            """)
        let hnswSeconds = try build(db, "idx_job_postings_embedding", progress: progress) {
            // Migration 013's definition, so the figures are those of the index users get.
            try db.execute(
                """
                CREATE INDEX idx_job_postings_embedding ON job_postings USING hnsw (embedding vector_cosine_ops)
                WITH (m = 32, ef_construction = 128)
                """)
        }
        let textSeconds = try build(db, "idx_job_postings_fts", progress: progress) {
            // Migration 004's definition.
            try db.execute(
                """
                CREATE INDEX idx_job_postings_fts ON job_postings
                USING gin(to_tsvector('english', title || ' ' || description))
                """)
        }
        try db.execute("ANALYZE job_postings")
        let hnswBytes = try db.scalar("SELECT pg_relation_size('idx_job_postings_embedding')", as: Int.self) ?? 0
        let tableBytes = try db.scalar("SELECT pg_total_relation_size('job_postings')", as: Int.self) ?? 0
        return Result(
            postings: count, loadSeconds: loadSeconds, hnswSeconds: hnswSeconds, textIndexSeconds: textSeconds,
            hnswBytes: hnswBytes, tableBytes: tableBytes)
    }

    /// Runs `create` unless the index `name` exists; its seconds, or nil when it was there.
    private func build(_ db: Database, _ name: String, progress: (String) -> Void, create: () throws -> Void) throws
        -> Double?
    {
        guard try db.scalar("SELECT count(*) FROM pg_indexes WHERE indexname = \(name)", as: Int.self) == 0 else {
            progress("scale load: \(name) is already there")
            return nil
        }
        progress("scale load: building \(name), load average \(BenchCommands.loadAverage())")
        let start = ProcessMetrics.now()
        try create()
        let seconds = ProcessMetrics.now() - start
        progress("scale load: \(name) built in \(Int(seconds)) s, load average \(BenchCommands.loadAverage())")
        return seconds
    }

    /// The COPY of `count` generated postings into an empty table; its seconds.
    private func load(_ db: Database, count: Int, expired: Int, now: Date, progress: (String) -> Void) throws -> Double
    {
        // A bulk load builds these once at the end instead of updating them per row.
        try db.execute("DROP INDEX IF EXISTS idx_job_postings_embedding")
        try db.execute("DROP INDEX IF EXISTS idx_job_postings_fts")
        try db.execute(
            """
            CREATE TEMPORARY TABLE scale_postings (id uuid, title text, description text, source_url text,
            experience_level text, work_arrangement text, location_city text, location_country text,
            salary_min bigint, salary_max bigint, is_active boolean, embedding vector(384), created_at timestamptz)
            """)
        let start = ProcessMetrics.now()
        var generator = SplitMix64(seed: vectors.seed)
        let old = now.addingTimeInterval(-400 * 86_400)
        var lastReport = start
        for first in stride(from: 0, to: count, by: batchSize) {
            let rows: [[(any DatabaseValueConvertible)?]] = (first..<min(first + batchSize, count)).map { index in
                let posting = MatchBenchmarkText.posting(&generator)
                // Every other posting is expired, until `expired` of them are.
                let created =
                    index % 2 == 0 && index / 2 < expired
                    ? old.addingTimeInterval(-Double(index)) : now.addingTimeInterval(-Double(index % 300) * 86_400)
                return [
                    UUID(), posting.title, MatchBenchmarkText.description(posting),
                    "https://jobs.example.com/scale/\(index)", posting.level, posting.arrangement, posting.city,
                    posting.country, posting.salaryMin, posting.salaryMax, posting.isActive,
                    Vector(vectors.posting(index)), created,
                ]
            }
            try db.transaction { db in
                try db.copy(
                    """
                    COPY scale_postings (id, title, description, source_url, experience_level, work_arrangement,
                    location_city, location_country, salary_min, salary_max, is_active, embedding, created_at)
                    FROM STDIN (FORMAT binary)
                    """, rows: rows)
                try db.execute(
                    """
                    INSERT INTO job_postings (id, title, description, source_platform, source_url, experience_level,
                    employment_type, work_arrangement, location_city, location_country, salary_min, salary_max,
                    is_active, embedding, created_at, updated_at, last_seen_at)
                    SELECT id, title, description, 'scale', source_url, experience_level, 'full-time',
                    work_arrangement, location_city, location_country, salary_min, salary_max, is_active, embedding,
                    created_at, created_at, created_at FROM scale_postings
                    """)
                try db.execute("TRUNCATE scale_postings")
            }
            if ProcessMetrics.now() - lastReport > 30 {
                lastReport = ProcessMetrics.now()
                let done = min(first + batchSize, count)
                progress(
                    "scale load: \(done) of \(count) postings in \(Int(lastReport - start)) s, load average \(BenchCommands.loadAverage())"
                )
            }
        }
        let seconds = ProcessMetrics.now() - start
        progress("scale load: \(count) postings loaded in \(Int(seconds)) s")
        return seconds
    }
}

// PostgreSQL plans each batch's look-ups (`IngestLookup`) from the tables'
// statistics. A table that has grown a lot since it was last analysed (a
// fresh database's first big ingest above all, before autovacuum's first pass)
// gets the wrong plan: the dedupe-key look-up scans every posting, comparing
// each with every key of the chunk, and the "already listed" check hashes every
// listing of the source, once per chunk, so the server's work grows with the
// square of the ingest (82 ms a chunk at 20,000 rows, against 1.3 ms with
// statistics; docs/performance-search.md).
internal import JobHuntDatabase

extension PostingIngestor {
    /// Rows a run adds before it refreshes the statistics at all.
    static let statisticsFloor = 1_000

    /// The number of postings PostgreSQL's statistics last saw (`-1`: never analysed).
    static func analysedRows(_ db: Database) -> Double? {
        guard db.dialect == .postgres else { return nil }
        return try? db.scalar(
            "SELECT reltuples::float8 FROM pg_class WHERE oid = 'job_postings'::regclass", as: Double.self)
    }

    /// After a committed batch: once this run has added at least as many postings as the
    /// statistics know of (and at least `statisticsFloor`), analyses the columns the
    /// look-ups filter on, as autovacuum would later. Only those columns: a whole-table
    /// ANALYZE would also compute the full-text index's expression for every sampled
    /// row, seconds of work. A failure (a role that may not analyse) changes nothing else.
    func refreshStatisticsIfStale(run: inout IngestRun, db: Database) {
        guard db.dialect == .postgres, let known = run.analysedRows else { return }
        let added = run.summary.new + run.summary.merged - run.addedWhenAnalysed
        guard added >= Self.statisticsFloor, Double(added) >= known else { return }
        _ = try? db.execute(
            """
            ANALYZE job_postings (dedupe_key, is_active, created_at),
                job_posting_sources (job_posting_id, source_key, source_platform, external_id)
            """)
        run.analysedRows = Swift.max(known, 0) + Double(added)
        run.addedWhenAnalysed += added
    }
}

// The full-text half of `discover find` on either engine: FTS5 ranked by bm25
// on SQLite, the GIN-indexed tsvector ranked by ts_rank_cd on PostgreSQL.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Postings whose title or description match a query, best first, and the
/// short passages that show why.
///
/// Implementations owe: only postings in `scope`, each at most once, ties
/// broken by id so the order is stable; every user word reaches the engine
/// as a bound argument or an FTS5 string, never as SQL or query syntax.
protocol PostingTextSearch {
    func search(_ query: FullTextQuery, limit: Int, scope: PostingScope) throws -> [UUID]
    /// A passage of each posting's description with the matched terms in
    /// `[`…`]`; postings the query does not match may be missing.
    func snippets(_ query: FullTextQuery, for ids: [UUID]) throws -> [UUID: String]
    /// A condition over `job_postings p` that holds for postings containing none of the
    /// query's excluded terms, as this engine's full-text search reads them; nil without any.
    /// The semantic half adds it to its scope, so `ruby -senior` hides senior postings
    /// found by meaning as the full-text half hides those found by words.
    func excluding(_ query: FullTextQuery) -> SQL?
}

enum PostingTextSearches {
    static func forDatabase(_ db: Database) -> any PostingTextSearch {
        switch db.dialect {
        case .postgres: PostgresTextSearch(db: db)
        case .sqlite: SQLiteTextSearch(db: db)
        }
    }

    /// About how many words a snippet holds.
    static let snippetWords = 16
}

/// FTS5 over `job_postings_fts` (migrations/sqlite/004), joined on rowid.
struct SQLiteTextSearch: PostingTextSearch {
    let db: Database

    func search(_ query: FullTextQuery, limit: Int, scope: PostingScope) throws -> [UUID] {
        guard limit > 0, !query.isEmpty else { return [] }
        let sql: SQL = """
            SELECT p.id FROM job_postings_fts f JOIN job_postings p ON p.rowid = f.rowid
            WHERE job_postings_fts MATCH \(query.fts5Expression) AND (\(sql: scope.condition))
            ORDER BY bm25(job_postings_fts), p.id LIMIT \(limit)
            """
        return try db.query(sql).map { try $0.get("id") }
    }

    func excluding(_ query: FullTextQuery) -> SQL? {
        guard let expression = query.fts5Exclusions else { return nil }
        return "p.rowid NOT IN (SELECT rowid FROM job_postings_fts WHERE job_postings_fts MATCH \(expression))"
    }

    func snippets(_ query: FullTextQuery, for ids: [UUID]) throws -> [UUID: String] {
        guard !ids.isEmpty, !query.isEmpty else { return [:] }
        let rows = try db.query(
            """
            SELECT p.id, snippet(job_postings_fts, 1, '[', ']', '…', \(literal: PostingTextSearches.snippetWords)) AS snippet
            FROM job_postings_fts f JOIN job_postings p ON p.rowid = f.rowid
            WHERE job_postings_fts MATCH \(query.fts5Expression) AND p.id IN \(list: ids)
            """)
        return try Dictionary(rows.map { (try $0.get("id"), try $0.get("snippet")) }) { first, _ in first }
    }
}

/// The expression of `idx_job_postings_fts` (migrations/postgres/004),
/// repeated exactly so the planner answers `@@` from the GIN index.
struct PostgresTextSearch: PostingTextSearch {
    let db: Database

    static let document: SQL = "to_tsvector('english', p.title || ' ' || p.description)"

    func search(_ query: FullTextQuery, limit: Int, scope: PostingScope) throws -> [UUID] {
        guard limit > 0, !query.isEmpty else { return [] }
        let statement = Self.statement(query, limit: limit, scope: scope)
        // A GIN index holds no word positions, so ts_rank_cd parses the
        // description of every matching row. When a query matches most rows
        // the planner prefers a table scan, which parses every row once more
        // for the filter: 330 ms against 175 ms through the index for a
        // query matching 2 288 of 3 000 postings (docs/search.md). Parsing
        // dominates either way, so the index path is never the slower one.
        return try db.transaction { db in
            try db.execute("SET LOCAL enable_seqscan = off")
            return try db.query(statement).map { try $0.get("id") }
        }
    }

    /// The ranked query, apart so a test can EXPLAIN exactly what runs.
    static func statement(_ query: FullTextQuery, limit: Int, scope: PostingScope) -> SQL {
        // ts_rank_cd's normalisation 1 divides by 1 + log(length), so long
        // descriptions do not win on size alone (bm25 does the same on SQLite).
        """
        SELECT p.id, ts_rank_cd(\(sql: document), q.query, 1)::float8 AS score
        FROM job_postings p CROSS JOIN (SELECT \(sql: query.postgresTSQuery) AS query) q
        WHERE \(sql: document) @@ q.query AND (\(sql: scope.condition))
        ORDER BY score DESC, p.id LIMIT \(limit)
        """
    }

    func excluding(_ query: FullTextQuery) -> SQL? {
        guard let tsquery = query.postgresExclusions else { return nil }
        return "NOT (\(sql: Self.document) @@ \(sql: tsquery))"
    }

    func snippets(_ query: FullTextQuery, for ids: [UUID]) throws -> [UUID: String] {
        guard !ids.isEmpty, !query.isEmpty else { return [:] }
        let tsquery = query.postgresTSQuery
        let words = PostingTextSearches.snippetWords
        let options: SQL =
            "StartSel=[, StopSel=], MaxWords=\(literal: words), MinWords=\(literal: words / 2), MaxFragments=1, "
            + "FragmentDelimiter=\" … \""
        let rows = try db.query(
            """
            SELECT p.id, ts_headline('english', p.description, \(sql: tsquery), '\(sql: options)') AS snippet
            FROM job_postings p
            WHERE \(sql: Self.document) @@ \(sql: tsquery)
                AND p.id IN \(list: ids)
            """)
        return try Dictionary(rows.map { (try $0.get("id"), try $0.get("snippet")) }) { first, _ in first }
    }
}

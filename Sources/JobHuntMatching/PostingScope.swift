// The SQL condition that decides which postings a search may return, so
// filters run in the database before any vector is scored.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// A boolean SQL condition over `job_postings` aliased `p`, its values bound.
///
/// Filters are applied in SQL first on both engines (docs/architecture.md):
/// PostgreSQL evaluates the condition beside the vector ordering, SQLite uses
/// it to pick the candidate rows the in-process index may return. Searches
/// interpolate the condition (`\(sql: scope.condition)`) beside their own
/// values, and placeholders are numbered when the statement runs.
package struct PostingScope {
    package var condition: SQL
    /// Whether the condition is expected to admit most postings (only
    /// `is_active`): then the SQLite search scans every stored vector and asks
    /// the database about its shortlist alone, instead of first listing the
    /// ~90% of rowids the scope admits (see `SQLiteVectorSearch`). Only a
    /// hint for speed: the hits are the same either way.
    package var isBroad: Bool

    package init(condition: SQL, isBroad: Bool = false) {
        self.condition = condition
        self.isBroad = isBroad
    }

    /// Every posting still open: what matching and search see by default.
    ///
    /// `= TRUE` rather than a bare `p.is_active`: SQLite can seek an index
    /// on an equality, not on a truth test, so filters added after this one
    /// are answered from `idx_job_postings_scope` without reading the rows.
    package static let active = PostingScope(condition: "p.is_active = TRUE", isBroad: true)
}

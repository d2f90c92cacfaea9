// The SQL condition that decides which postings a search may return, so
// filters run in the database before any vector is scored.
import Foundation
package import JobHuntDatabase
import JobHuntKernel

/// A boolean SQL condition over `job_postings` aliased `p`, with its arguments.
///
/// Filters are applied in SQL first on both engines (docs/architecture.md):
/// PostgreSQL evaluates the condition beside the vector ordering, SQLite uses
/// it to pick the candidate rows the in-process index may return. The
/// condition numbers its placeholders `$1…$n`; searches append their own
/// arguments after these, so the two never collide.
package struct PostingScope {
    package var condition: String
    package var arguments: [(any DatabaseValueConvertible)?]

    package init(condition: String, arguments: [(any DatabaseValueConvertible)?] = []) {
        self.condition = condition
        self.arguments = arguments
    }

    /// Every posting still open: what matching and search see by default.
    ///
    /// `= TRUE` rather than a bare `p.is_active`: SQLite can seek an index
    /// on an equality, not on a truth test, so filters added after this one
    /// are answered from `idx_job_postings_scope` without reading the rows.
    package static let active = PostingScope(condition: "p.is_active = TRUE")

    /// The placeholder for an argument appended after this scope's own.
    func placeholder(after offset: Int) -> String { "$\(arguments.count + offset)" }
}

// What `cleanup` removed, or with --dry-run would remove: one entry per kind of
// row, the same shape either way, so a script reads both alike.
import Foundation

/// One kind of row `cleanup` handles.
package struct CleanupStep: Sendable, Equatable, Codable {
    /// `job_postings`, `automation_tasks`, `browser_sessions`, or `objects` for stored files.
    package var table: String
    /// `delete`, or `archive` (copied to automation_tasks_archive, then deleted).
    package var action: String
    /// Rows older than this go.
    package var olderThan: RetentionPeriod
    package var cutoff: Date
    /// Rows (or objects) removed; with --dry-run, those that would be.
    package var count: Int
    /// Transactions committed (0 on a dry run).
    package var batches: Int
    /// The ids (object keys for files), when asked for with -v.
    package var ids: [String]?

    enum CodingKeys: String, CodingKey {
        case table, action, cutoff, count, batches, ids
        case olderThan = "older_than"
    }
}

/// The whole run.
package struct CleanupReport: Sendable, Equatable, Codable {
    package var dryRun: Bool
    package var steps: [CleanupStep]
    /// How the run kept other cleanups out: `advisory-lock`, `redis-lock`, `sqlite-write-lock`.
    package var locks: [String]

    enum CodingKeys: String, CodingKey {
        case steps, locks
        case dryRun = "dry_run"
    }
}

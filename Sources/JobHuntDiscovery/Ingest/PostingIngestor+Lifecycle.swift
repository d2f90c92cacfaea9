// The end of a run: postings past their expiry date, and postings a complete
// run no longer lists, become inactive.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension PostingIngestor {
    /// Deactivates this source's active postings whose expiry date is before the run's day.
    func expireLapsed(run: IngestRun, db: Database) throws -> Int {
        try db.execute(
            """
            UPDATE job_postings SET is_active = FALSE, updated_at = \(run.seenAt)
            WHERE is_active = TRUE AND expires_date < \(run.today)
              AND id IN (SELECT job_posting_id FROM job_posting_sources WHERE source_key = \(run.summary.source))
            """)
    }

    /// Deactivates postings this source created before but did not list now.
    ///
    /// Only the posting's own (primary) source can retire it: a LinkedIn copy
    /// disappearing says nothing about the employer's board. A posting stored
    /// without an external id was listed by its URL, which its source row holds.
    func deactivateVanished(run: IngestRun, db: Database) throws -> Int {
        let rows = try db.query(
            """
            SELECT s.source_platform, s.external_id, p.id FROM job_posting_sources s
            JOIN job_postings p ON p.id = s.job_posting_id
            WHERE s.source_key = \(run.summary.source) AND p.is_active = TRUE
              AND p.source_platform = s.source_platform AND (p.external_id = s.external_id OR p.external_id IS NULL)
            """)
        var retired = 0
        for row in rows {
            let identity =
                try row.get("source_platform", as: String.self) + "\u{1F}"
                + row.get("external_id", as: String.self)
            guard !run.seen.contains(identity) else { continue }
            let id = try row.get("id", as: UUID.self)
            retired += try db.execute(
                "UPDATE job_postings SET is_active = FALSE, updated_at = \(run.seenAt) WHERE id = \(id) AND is_active = TRUE"
            )
        }
        return retired
    }
}

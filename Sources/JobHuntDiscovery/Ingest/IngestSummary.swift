// What one ingest run did to one source: the per-source line of
// `jobhunt discover`, and its `--json` object.
import Foundation
import JobHuntKernel

/// The outcome of ingesting one source's postings.
///
/// The JSON form has exactly the keys `source`, `new`, `updated`,
/// `unchanged`, `merged`, `expired` and `failed`, so scripts can rely on them;
/// the reasons behind `failed` travel separately in ``failures``.
package struct IngestSummary: Sendable, Equatable, Encodable {
    /// The discover source, as given (`greenhouse:tessellate`).
    package var source: String
    /// Postings stored for the first time.
    package var new = 0
    /// Postings whose content changed (or that came back after going inactive).
    package var updated = 0
    /// Postings seen again exactly as stored: nothing was written for them.
    package var unchanged = 0
    /// Postings another source already had (same dedupe key): one more source row.
    package var merged = 0
    /// Postings that became inactive in this run: past their expiry date, or
    /// gone from a complete run of a source that listed them before.
    package var expired = 0
    /// Postings that could not be stored; the rest of the batch still committed.
    package var failed = 0
    /// Why each failed posting failed, in input order.
    package var failures: [IngestFailure] = []
    /// Vectors stored during the run (not part of the JSON contract).
    package var embedded = 0
    /// Why vectors could not be computed, when the embedder failed: the
    /// postings are stored without one, for `embedPending`.
    package var embeddingError: String?

    package init(source: String) { self.source = source }

    enum CodingKeys: String, CodingKey {
        case source, new, updated, unchanged, merged, expired, failed
    }
}

/// One posting that ingest could not store, and why.
package struct IngestFailure: Sendable, Equatable {
    /// `source_platform:external_id` (or the URL when the source gave no id).
    package var posting: String
    /// One line, safe to show: the database's words without row data.
    package var reason: String

    package init(posting: String, reason: String) {
        self.posting = posting
        self.reason = reason
    }
}

extension IngestSummary {
    /// True when the run added, changed, merged, retired or embedded a posting,
    /// so every cached recommendation may be out of date.
    package var changedPostings: Bool { new + updated + merged + expired + embedded > 0 }
}

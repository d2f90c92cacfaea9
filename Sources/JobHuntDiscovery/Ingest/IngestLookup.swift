// What the database already holds for one batch of postings: their listings
// by (source_platform, external_id) and the postings sharing their dedupe
// keys, fetched with one query per chunk instead of two per posting.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// A stored listing: its `job_posting_sources` row and the posting it belongs to.
struct KnownListing {
    var sourceID: UUID
    var sourceHash: String?
    var postingID: UUID
    var contentHash: String?
    var isActive: Bool
    /// The posting's own `source_platform` and `external_id`: the listing that
    /// created it. A listing merged into it has other values here.
    var primaryPlatform: String?
    var primaryExternalID: String?

    /// Whether `posting` is the listing that created (and so owns) the posting.
    func isPrimary(for posting: NormalisedPosting) -> Bool {
        primaryPlatform == posting.sourcePlatform && primaryExternalID == posting.externalID
    }
}

/// A stored posting with some dedupe key, in the order the merge rule tries them.
struct TwinCandidate {
    var id: UUID
    var isActive: Bool
    /// The run's source already lists it: then it is another job, not a twin.
    var listed: Bool
}

/// The batch's view of the database, kept current in memory as the batch is
/// decided, so a listing that appears twice in one batch is seen the second time.
struct IngestLookup {
    var known: [String: KnownListing] = [:]
    var twins: [String: [TwinCandidate]] = [:]

    /// The oldest active posting with `key` that this source does not list yet
    /// (one board listing two ids under one key means two jobs, not one).
    func twin(for key: String) -> UUID? {
        twins[key]?.first { $0.isActive && !$0.listed }?.id
    }

    /// Reads what `batch` needs: `chunk` values per query at most.
    static func load(_ batch: [NormalisedPosting], source: String, chunk: Int, db: Database) throws -> IngestLookup {
        var lookup = IngestLookup()
        var platforms: [String: [String]] = [:]
        var order: [String] = []
        var seen = Set<String>()
        for posting in batch where seen.insert(posting.sourceIdentity).inserted {
            if platforms[posting.sourcePlatform] == nil { order.append(posting.sourcePlatform) }
            platforms[posting.sourcePlatform, default: []].append(posting.sourceExternalID)
        }
        for platform in order {
            for ids in platforms[platform, default: []].chunks(of: chunk) {
                try lookup.loadKnown(platform: platform, externalIDs: ids, db: db)
            }
        }
        var keys: [String] = []
        var seenKeys = Set<String>()
        for posting in batch where lookup.known[posting.sourceIdentity] == nil {
            if let key = posting.dedupeKey, seenKeys.insert(key).inserted { keys.append(key) }
        }
        for slice in keys.chunks(of: chunk) { try lookup.loadTwins(keys: slice, source: source, db: db) }
        return lookup
    }

    private mutating func loadKnown(platform: String, externalIDs: [String], db: Database) throws {
        let rows = try db.query(
            """
            SELECT s.external_id AS listing_id, s.id AS source_id, s.content_hash AS source_hash,
                p.id AS posting_id, p.content_hash, p.is_active, p.source_platform, p.external_id
            FROM job_posting_sources s JOIN job_postings p ON p.id = s.job_posting_id
            WHERE s.source_platform = \(platform) AND s.external_id IN \(list: externalIDs)
            """)
        for row in rows {
            known[platform + "\u{1F}" + (try row.get("listing_id", as: String.self))] = KnownListing(
                sourceID: try row.get("source_id", as: UUID.self),
                sourceHash: try row.optional("source_hash", as: String.self),
                postingID: try row.get("posting_id", as: UUID.self),
                contentHash: try row.optional("content_hash", as: String.self),
                isActive: try row.optional("is_active", as: Bool.self) ?? true,
                primaryPlatform: try row.optional("source_platform", as: String.self),
                primaryExternalID: try row.optional("external_id", as: String.self))
        }
    }

    private mutating func loadTwins(keys: [String], source: String, db: Database) throws {
        // Filtered by dedupe key alone, activity checked in memory: with `is_active = TRUE`
        // in the WHERE clause SQLite's planner may walk idx_job_postings_active
        // (every active posting) instead of the dedupe index, making ingest quadratic.
        let rows = try db.query(
            """
            SELECT p.id, p.dedupe_key, p.is_active,
                EXISTS (SELECT 1 FROM job_posting_sources s WHERE s.job_posting_id = p.id AND s.source_key = \(source))
                    AS listed
            FROM job_postings p WHERE p.dedupe_key IN \(list: keys) ORDER BY p.created_at, p.id
            """)
        for row in rows {
            twins[try row.get("dedupe_key", as: String.self), default: []].append(
                TwinCandidate(
                    id: try row.get("id", as: UUID.self),
                    isActive: try row.optional("is_active", as: Bool.self) == true,
                    listed: try row.optional("listed", as: Bool.self) == true))
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunks(of size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: Swift.max(1, size)).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

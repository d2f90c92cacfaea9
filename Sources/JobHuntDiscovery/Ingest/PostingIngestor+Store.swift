// The decision for each posting of a batch: unchanged, updated, expired,
// merged or new, made against the batch's look-up, and the rows each needs.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// What ingest did with one posting.
enum IngestResult {
    case new, updated, unchanged, merged, expired
}

extension PostingIngestor {
    /// Stores `batch` (inside the caller's transaction): one look-up, every
    /// decision in memory, then the writes in bulk. Calls `outcome` for each
    /// posting, in order, with its result and the posting id whose vector must
    /// be (re)computed.
    func store(
        _ batch: [NormalisedPosting], run: IngestRun, db: Database,
        outcome: (NormalisedPosting, IngestResult, UUID?) -> Void
    ) throws {
        var lookup = try IngestLookup.load(batch, source: run.summary.source, chunk: rowsPerStatement, db: db)
        var writes = IngestWrites()
        for posting in batch {
            let (result, embed) = try decide(posting, lookup: &lookup, writes: &writes, run: run, db: db)
            outcome(posting, result, embed)
        }
        try writes.flush(run: run, rowsPerStatement: rowsPerStatement, copy: copiesOnPostgres, db: db)
    }

    /// Decides one posting and records its writes; `lookup` is updated as if they had run.
    private func decide(
        _ posting: NormalisedPosting, lookup: inout IngestLookup, writes: inout IngestWrites, run: IngestRun,
        db: Database
    ) throws -> (result: IngestResult, embed: UUID?) {
        let hash = posting.contentHash
        let active = posting.isActive(on: run.today)
        let identity = posting.sourceIdentity
        if let known = lookup.known[identity] {
            let decision = try update(
                posting, known: known, hash: hash, active: active, writes: &writes, run: run, db: db)
            lookup.known[identity] = decision.known
            return (decision.result, decision.embed)
        }
        if let key = posting.dedupeKey, let twin = lookup.twin(for: key) {
            let sourceID = writes.addSource(posting, postingID: twin, hash: hash)
            if let index = lookup.twins[key]?.firstIndex(where: { $0.id == twin }) {
                lookup.twins[key]?[index].listed = true
            }
            lookup.known[identity] = KnownListing(
                sourceID: sourceID, sourceHash: hash, postingID: twin, contentHash: nil, isActive: true,
                primaryPlatform: nil, primaryExternalID: nil)
            return (.merged, nil)
        }
        let id = TimeOrderedUUID.make()
        let companyID = try run.companies.id(for: posting.company, db: db)
        writes.postings.append(NewPosting(id: id, posting: posting, companyID: companyID, hash: hash, active: active))
        let sourceID = writes.addSource(posting, postingID: id, hash: hash)
        if let key = posting.dedupeKey {
            lookup.twins[key, default: []].append(TwinCandidate(id: id, isActive: active, listed: true))
        }
        lookup.known[identity] = KnownListing(
            sourceID: sourceID, sourceHash: hash, postingID: id, contentHash: hash, isActive: active,
            primaryPlatform: posting.sourcePlatform, primaryExternalID: posting.externalID)
        return (.new, id)
    }

    /// A source row exists: the posting's own source rewrites its content when
    /// the hash moved; a merged (secondary) source only refreshes its own row.
    private func update(
        _ posting: NormalisedPosting, known: KnownListing, hash: String, active: Bool, writes: inout IngestWrites,
        run: IngestRun, db: Database
    ) throws -> (result: IngestResult, embed: UUID?, known: KnownListing) {
        var next = known
        guard known.isPrimary(for: posting) else {
            guard known.sourceHash != hash else { return (.unchanged, nil, known) }
            writes.updates.append(.source(id: known.sourceID, posting: posting, hash: hash))
            next.sourceHash = hash
            return (.updated, nil, next)
        }
        if known.contentHash == hash {
            if known.isActive == active { return (.unchanged, nil, known) }
            writes.updates.append(.activity(postingID: known.postingID, active: active))
            next.isActive = active
            return (active ? .updated : .expired, nil, next)
        }
        let companyID = try run.companies.id(for: posting.company, db: db)
        writes.updates.append(
            .content(
                NewPosting(id: known.postingID, posting: posting, companyID: companyID, hash: hash, active: active)))
        writes.updates.append(.source(id: known.sourceID, posting: posting, hash: hash))
        next.contentHash = hash
        next.sourceHash = hash
        next.isActive = active
        return (.updated, known.postingID, next)
    }
}

// Vectors for postings: computed in batches right after a batch commits, or
// later by embedPending when no model was available at ingest time.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension PostingIngestor {
    /// Embeds up to `limit` postings that have no vector yet, oldest first, and
    /// returns how many were stored: the `--embed-pending` catch-up.
    package func embedPending(limit: Int = 10_000) throws -> Int {
        let count = try embedPending(limit: limit, db: try services.store.database())
        if count > 0 { services.invalidateRecommendations() }
        return count
    }

    func embedPending(limit: Int, db: Database) throws -> Int {
        guard let embedder else { return 0 }
        let rows = try db.query(
            "SELECT id, title, description FROM job_postings WHERE embedding IS NULL ORDER BY created_at, id LIMIT \(limit)"
        )
        let pending = try rows.map { row in
            PendingEmbedding(
                id: try row.get("id", as: UUID.self),
                text: PendingEmbedding.text(
                    title: try row.get("title", as: String.self),
                    description: try row.get("description", as: String.self)))
        }
        let stored = try store(pending, embedder: embedder, db: db)
        PostingVectorFile.refreshQuietly(db)
        return stored
    }

    /// Embeds after a batch committed; a failing embedder leaves the vectors
    /// NULL (for `embedPending`) and is reported once in the summary, not thrown.
    func embed(_ pending: [PendingEmbedding], db: Database, summary: inout IngestSummary) -> Int {
        guard let embedder, !pending.isEmpty else { return 0 }
        do {
            return try store(pending, embedder: embedder, db: db)
        } catch {
            if summary.embeddingError == nil { summary.embeddingError = Self.reason(error) }
            return 0
        }
    }

    private func store(_ pending: [PendingEmbedding], embedder: any Embedder, db: Database) throws -> Int {
        var stored = 0
        for start in stride(from: 0, to: pending.count, by: embeddingBatchSize) {
            let chunk = pending[start..<min(start + embeddingBatchSize, pending.count)]
            let vectors: [[Float]]
            do {
                vectors = try embedder.embed(chunk.map(\.text))
            } catch {
                throw JobHuntError(
                    .ingestEmbedderFailed, "the embedder failed: \(Self.reason(error))",
                    remedy: "check the model with \(.modelStatus), then run \(.embedPending)")
            }
            guard vectors.count == chunk.count, vectors.allSatisfy({ $0.count == Self.dimensions }) else {
                throw JobHuntError(
                    .ingestEmbedderShape,
                    "the embedder returned vectors of the wrong shape (expected \(Self.dimensions) floats each)",
                    remedy: "install all-MiniLM-L6-v2 with \(.installModel(fromPyPI: false))")
            }
            try db.writeTransaction { db in
                for (item, vector) in zip(chunk, vectors) {
                    try db.execute("UPDATE job_postings SET embedding = \(Vector(vector)) WHERE id = \(item.id)")
                }
            }
            stored += chunk.count
        }
        return stored
    }

    /// all-MiniLM-L6-v2's output size, and the width of `job_postings.embedding`.
    package static let dimensions = 384
}

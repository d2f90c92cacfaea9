// Nearest postings to a vector on either engine: pgvector in PostgreSQL
// (exact scan or HNSW, chosen per query), the memory-mapped int8 file and the
// stored BLOBs on SQLite.
import Foundation
package import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel

/// One posting close to the query vector, with its cosine similarity (−1…1).
package struct PostingVectorHit: Equatable {
    package var id: UUID
    package var similarity: Float

    package init(id: UUID, similarity: Float) {
        self.id = id
        self.similarity = similarity
    }
}

/// The semantic half of matching and search: the `limit` postings in `scope`
/// whose embedding is most similar to `query`, best first. Postings without
/// an embedding never appear; callers rank those by skills and keywords.
package protocol PostingVectorSearch {
    func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit]
    /// ``nearest(to:limit:scope:)`` of each query, in order; an engine that
    /// can share work between the queries (the SQLite file) does.
    func nearest(toEach queries: [[Float]], limit: Int, scope: PostingScope) throws -> [[PostingVectorHit]]
}

extension PostingVectorSearch {
    package func nearest(toEach queries: [[Float]], limit: Int, scope: PostingScope) throws -> [[PostingVectorHit]] {
        try queries.map { try nearest(to: $0, limit: limit, scope: scope) }
    }
}

package enum PostingVectorSearches {
    /// The search that suits `db`'s engine: on a SQLite file the mapped vector
    /// file (docs/vector-search.md); in memory, where there is no file to map,
    /// the BLOBs themselves.
    package static func forDatabase(_ db: Database) -> any PostingVectorSearch {
        switch db.dialect {
        case .postgres: PostgresVectorSearch(db: db)
        case .sqlite: db.location.sqlitePath == nil ? SQLiteBlobVectorSearch(db: db) : SQLiteVectorSearch(db: db)
        }
    }
}

/// Reads the scope's embeddings and scores them all in process: exact and
/// simple, but it decodes every BLOB per call. Used for in-memory databases,
/// as the fallback when the vector file cannot be written, and as the
/// baseline `jobhunt bench match` compares against.
package struct SQLiteBlobVectorSearch: PostingVectorSearch {
    let db: Database

    package init(db: Database) { self.db = db }

    package func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        let rows = try db.query(
            "SELECT p.id, p.embedding FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(sql: scope.condition))")
        var index = VectorIndex<UUID>()
        for row in rows {
            index.add(id: try row.get("id"), vector: try VectorBlob.decode(try row.get("embedding", as: Data.self)))
        }
        return index.search(query: query, k: limit).map { PostingVectorHit(id: $0.id, similarity: $0.score) }
    }
}

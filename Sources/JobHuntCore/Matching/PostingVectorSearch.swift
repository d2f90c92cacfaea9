// Nearest postings to a vector on either engine: pgvector in PostgreSQL, the
// in-process VectorIndex over the stored BLOBs on SQLite.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings

/// One posting close to the query vector, with its cosine similarity (−1…1).
struct PostingVectorHit: Equatable {
    var id: UUID
    var similarity: Float
}

/// The semantic half of matching and search: the `limit` postings in `scope`
/// whose embedding is most similar to `query`, best first. Postings without
/// an embedding never appear; callers rank those by skills and keywords.
protocol PostingVectorSearch {
    func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit]
}

enum PostingVectorSearches {
    /// The search that suits `db`'s engine.
    static func forDatabase(_ db: Database) -> any PostingVectorSearch {
        switch db.dialect {
        case .postgres: PostgresVectorSearch(db: db)
        case .sqlite: SQLiteVectorSearch(db: db)
        }
    }
}

/// pgvector's `<=>` (cosine distance), as the seed's "find relevant jobs" query.
struct PostgresVectorSearch: PostingVectorSearch {
    let db: Database

    func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        let vector = scope.placeholder(after: 1)
        let count = scope.placeholder(after: 2)
        let sql = """
            SELECT p.id, 1 - (p.embedding <=> \(vector)::vector) AS similarity FROM job_postings p
            WHERE p.embedding IS NOT NULL AND (\(scope.condition))
            ORDER BY p.embedding <=> \(vector)::vector, p.id LIMIT \(count)
            """
        return try db.query(sql, scope.arguments + [Vector(query), limit]).map { row in
            PostingVectorHit(id: try row.get("id"), similarity: Float(try row.get("similarity", as: Double.self)))
        }
    }
}

/// Reads the scope's embeddings and scores them in process.
struct SQLiteVectorSearch: PostingVectorSearch {
    let db: Database

    func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        guard limit > 0 else { return [] }
        let rows = try db.query(
            "SELECT p.id, p.embedding FROM job_postings p WHERE p.embedding IS NOT NULL AND (\(scope.condition))",
            scope.arguments)
        var index = VectorIndex<UUID>()
        for row in rows {
            index.add(id: try row.get("id"), vector: try VectorBlob.decode(try row.get("embedding", as: Data.self)))
        }
        return index.search(query: query, k: limit).map { PostingVectorHit(id: $0.id, similarity: $0.score) }
    }
}

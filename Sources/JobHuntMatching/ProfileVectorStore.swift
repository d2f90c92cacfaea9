// The profile vector in `user_profiles` (migration 012): reused while its
// fingerprint matches the profile text, recomputed and stored when not.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

/// Reads and refreshes one user's profile vector; every statement is by user id.
struct ProfileVectorStore {
    let db: Database
    /// Which of the two vectors: the whole profile (012) or the target (026).
    var kind: Kind = .profile

    /// The vector columns of `user_profiles`, named here only (never from input).
    enum Kind {
        case profile, target

        var vectorColumn: SQL { self == .profile ? "embedding" : "target_embedding" }
        var fingerprintColumn: SQL { self == .profile ? "embedding_fingerprint" : "target_embedding_fingerprint" }
    }

    /// The vector of `document`: the stored one when it was computed from this
    /// very text, otherwise a fresh one from `embedder`, stored for next time
    /// (when the user has a profile row to keep it in). Nil for an empty text.
    func vector(userID: UUID, document: ProfileDocument, embedder: any Embedder) throws -> [Float]? {
        guard !document.isEmpty else { return nil }
        let fingerprint = document.fingerprint
        if let row = try db.queryOne(
            """
            SELECT \(sql: kind.vectorColumn) AS vector, \(sql: kind.fingerprintColumn) AS fingerprint
            FROM user_profiles WHERE user_id = \(userID)
            """),
            try row.optional("fingerprint", as: String.self) == fingerprint,
            let stored = try row.optional("vector", as: Vector.self),
            stored.values.count == PostingIngestor.dimensions
        {
            return stored.values
        }
        let vectors: [[Float]]
        do {
            vectors = try embedder.embed([document.text])
        } catch {
            throw JobHuntError.matchEmbedderFailed(PostingIngestor.reason(error))
        }
        guard let vector = vectors.first, vectors.count == 1, vector.count == PostingIngestor.dimensions else {
            throw JobHuntError.matchEmbedderFailed("expected one vector of \(PostingIngestor.dimensions) floats")
        }
        try db.execute(
            """
            UPDATE user_profiles SET \(sql: kind.vectorColumn) = \(Vector(vector)),
                \(sql: kind.fingerprintColumn) = \(fingerprint) WHERE user_id = \(userID)
            """)
        return vector
    }

    /// The stored fingerprint, for tests and `discover show`.
    func storedFingerprint(userID: UUID) throws -> String? {
        try db.queryOne(
            "SELECT \(sql: kind.fingerprintColumn) AS fingerprint FROM user_profiles WHERE user_id = \(userID)")?
            .optional("fingerprint")
    }
}

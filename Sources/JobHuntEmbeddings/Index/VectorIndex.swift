// Exact top-k cosine search in process over a packed float32 matrix, for the
// SQLite engine (PostgreSQL uses pgvector instead).
import Foundation

/// An in-memory set of unit vectors keyed by `ID`, searched by cosine.
///
/// Vectors are normalised on the way in and packed row after row, so a search
/// is one matrix-vector product (or, for a small candidate set, one dot
/// product per candidate) and a k-element heap. Candidates are the ids the SQL
/// filters let through; ids unknown to the index are ignored.
///
///     var index = VectorIndex<String>()
///     index.add(id: "job-1", vector: embedding)
///     let best = index.search(query: profileVector, k: 50, candidates: allowedIDs)
public struct VectorIndex<ID: Hashable & Sendable>: Sendable {
    public let dimension: Int
    var storage: [Float] = []
    var ids: [ID] = []
    var rows: [ID: Int] = [:]

    public init(dimension: Int = SentenceEmbedder.dimension) {
        self.dimension = dimension
    }

    /// Builds an index from stored blobs (see `VectorBlob`), as read from the database.
    public init<S: Sequence>(blobs: S) throws(EmbeddingError) where S.Element == (ID, Data) {
        self.init()
        for (id, blob) in blobs { add(id: id, vector: try VectorBlob.decode(blob)) }
    }

    public var count: Int { ids.count }

    public func contains(_ id: ID) -> Bool { rows[id] != nil }

    /// Adds `vector` under `id`, replacing any vector it had.
    public mutating func add(id: ID, vector: [Float]) {
        precondition(vector.count == dimension, "vector has \(vector.count) values, index has \(dimension)")
        let unit = VectorMath.normalized(vector)
        if let row = rows[id] {
            storage.replaceSubrange(row * dimension..<(row + 1) * dimension, with: unit)
        } else {
            rows[id] = ids.count
            ids.append(id)
            storage.append(contentsOf: unit)
        }
    }

    /// Removes `id`; the last row moves into its place.
    public mutating func remove(id: ID) {
        guard let row = rows.removeValue(forKey: id) else { return }
        let last = ids.count - 1
        if row != last {
            storage.replaceSubrange(
                row * dimension..<(row + 1) * dimension, with: storage[last * dimension..<(last + 1) * dimension])
            ids[row] = ids[last]
            rows[ids[row]] = row
        }
        ids.removeLast()
        storage.removeLast(dimension)
    }

    /// The stored (unit) vector of `id`.
    public func vector(for id: ID) -> [Float]? {
        rows[id].map { Array(storage[$0 * dimension..<($0 + 1) * dimension]) }
    }
}

/// One search hit: an id and its cosine to the query.
public struct VectorMatch<ID: Hashable & Sendable>: Sendable, Equatable {
    public var id: ID
    public var score: Float
}

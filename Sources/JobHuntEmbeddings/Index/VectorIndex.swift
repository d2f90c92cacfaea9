// Exact top-k cosine search in process over a packed float32 matrix, for the
// SQLite engine (PostgreSQL uses pgvector instead).
import Foundation

/// An in-memory set of unit vectors keyed by `ID`, searched by cosine.
///
/// Vectors are normalised on the way in and packed row after row, with an
/// int8 copy beside them (one scale per row) and a 2-bit copy. A search
/// scans the int8 copy, a quarter of the bytes, for the best few times k,
/// then re-scores those exactly in float32; over more than
/// `TwoBitScan.minimumRows` rows, a pass over the 2-bit copy (a sixteenth of
/// the bytes) first picks the rows the int8 scan looks at. Candidates are the ids the SQL filters let through;
/// ids unknown to the index are ignored.
///
///     var index = VectorIndex<String>()
///     index.add(id: "job-1", vector: embedding)
///     let best = index.search(query: profileVector, k: 50, candidates: allowedIDs)
public struct VectorIndex<ID: Hashable & Sendable>: Sendable {
    public let dimension: Int
    var storage: [Float] = []
    /// `storage` rounded to int8, row `r` scaled by `127 / scales[r]`.
    var quantized: [Int8] = []
    /// Each row's largest absolute value.
    var scales: [Float] = []
    /// `storage` as 2-bit codes, `2 * TwoBitScan.words(dimension:)` words per row:
    /// the first pass of a search over more than `TwoBitScan.minimumRows` rows.
    var coarse: [UInt64] = []
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

    /// The instructions the int8 scan runs on this CPU: "avx512-vnni", "avx2" or "portable".
    public static var scanKernel: String { Int8Scan.kernel }

    public func contains(_ id: ID) -> Bool { rows[id] != nil }

    /// Adds `vector` under `id`, replacing any vector it had.
    @_specialize(exported:true,where ID == String)
    @_specialize(exported:true,where ID == Int)
    @_specialize(exported:true,where ID == UUID)
    public mutating func add(id: ID, vector: [Float]) {
        precondition(vector.count == dimension, "vector has \(vector.count) values, index has \(dimension)")
        let unit = VectorMath.normalized(vector)
        let (codes, scale) = Self.quantize(unit)
        var bits: [UInt64] = []
        TwoBitScan.encode(unit, into: &bits)
        if let row = rows[id] {
            storage.replaceSubrange(row * dimension..<(row + 1) * dimension, with: unit)
            quantized.replaceSubrange(row * dimension..<(row + 1) * dimension, with: codes)
            scales[row] = scale
            coarse.replaceSubrange(row * bits.count..<(row + 1) * bits.count, with: bits)
        } else {
            rows[id] = ids.count
            ids.append(id)
            storage.append(contentsOf: unit)
            quantized.append(contentsOf: codes)
            scales.append(scale)
            coarse.append(contentsOf: bits)
        }
    }

    /// Removes `id`; the last row moves into its place.
    public mutating func remove(id: ID) {
        guard let row = rows.removeValue(forKey: id) else { return }
        let last = ids.count - 1
        if row != last {
            storage.replaceSubrange(
                row * dimension..<(row + 1) * dimension, with: storage[last * dimension..<(last + 1) * dimension])
            quantized.replaceSubrange(
                row * dimension..<(row + 1) * dimension, with: quantized[last * dimension..<(last + 1) * dimension])
            scales[row] = scales[last]
            let stride = 2 * TwoBitScan.words(dimension: dimension)
            coarse.replaceSubrange(row * stride..<(row + 1) * stride, with: coarse[last * stride..<(last + 1) * stride])
            ids[row] = ids[last]
            rows[ids[row]] = row
        }
        ids.removeLast()
        storage.removeLast(dimension)
        quantized.removeLast(dimension)
        scales.removeLast()
        coarse.removeLast(2 * TwoBitScan.words(dimension: dimension))
    }

    /// Symmetric int8 codes of `vector` and the scale that maps 127 back to its largest magnitude.
    static func quantize(_ vector: [Float]) -> (codes: [Int8], scale: Float) { Int8Scan.quantize(vector) }

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

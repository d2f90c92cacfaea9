// A memory-mapped file of int8-quantised unit vectors keyed by 64-bit row
// numbers: what a cold process scans instead of decoding every stored BLOB.
import Foundation

/// A read-only, validated view of a packed vector file.
///
/// Layout (little-endian; see `write(to:stamp:entries:)`):
///
///     header   128 bytes: magic "JHVECS01", dimension, count, stamp, checksum
///     keys     count × Int64, ascending (SQLite rowids)
///     tags     count × 16 bytes (the posting's UUID, to check a key still means it)
///     scales   count × Float32 (each row's largest magnitude)
///     codes    count × dimension × Int8
///
/// Opening checks the magic, the dimension, that the length is exactly what
/// the header implies, that keys ascend, and a 64-bit checksum over header
/// and payload: a truncated, short-written or bit-flipped file is refused, so
/// callers rebuild it rather than trust it. Whether the contents are *current*
/// is the caller's question, answered by comparing `stamp` with its source.
public final class PackedVectorFile: @unchecked Sendable {
    /// What the file was built from: an opaque source identity and a change counter.
    public struct Stamp: Equatable, Sendable {
        /// Identifies the source (at most 32 ASCII bytes), so another database's file is never taken for this one's.
        public var token: String
        /// The source's change counter when the file was built.
        public var generation: Int64

        public init(token: String, generation: Int64) {
            self.token = token
            self.generation = generation
        }
    }

    public let stamp: Stamp
    public let count: Int
    public let dimension: Int
    private let mapped: MappedFile
    let keys: UnsafePointer<Int64>
    let tags: UnsafeRawPointer
    let scales: UnsafePointer<Float>
    let codes: UnsafePointer<Int8>

    static let magic = Array("JHVECS01".utf8)
    static let headerSize = 128
    static let tagSize = 16
    static let checksumOffset = 120

    /// When the payload's checksum is checked.
    public enum Verification: Sendable {
        /// Before `init` returns: a damaged file throws there.
        case now
        /// On another thread, started by `init`; `shortlist` waits for it
        /// (after its own scan) and throws if it failed. A cold search
        /// overlaps the 41 MB pass (and the page faults that map the file)
        /// with its candidate query and its scan.
        case background
    }

    /// The background check, when there is one: nil until it finishes, then the refusal or nothing.
    private let check: BackgroundCheck?

    /// Maps and validates the file at `path`; throws `.invalidVector` for anything but a whole, intact file
    /// (with `.background`, a bad checksum is thrown by `shortlist` instead).
    public init(
        path: String, dimension expected: Int = SentenceEmbedder.dimension, verification: Verification = .now
    ) throws(EmbeddingError) {
        let mapped = try MappedFile(path: path)
        let bytes = mapped.bytes
        func refuse(_ reason: String) -> EmbeddingError {
            EmbeddingError(.invalidVector, "vector file \(path) \(reason)", path: path)
        }
        guard bytes.count >= Self.headerSize, Array(bytes[0..<8]) == Self.magic else { throw refuse("is not one") }
        let dimension = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        let count = Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian)
        guard dimension == expected, count >= 0, count < 1 << 40 else { throw refuse("has the wrong shape") }
        guard bytes.count == Self.size(count: count, dimension: dimension) else { throw refuse("is truncated") }
        let stored = bytes.loadUnaligned(fromByteOffset: Self.checksumOffset, as: UInt64.self).littleEndian
        switch verification {
        case .now:
            guard stored == Self.checksum(bytes) else { throw refuse("fails its checksum") }
            check = nil
        case .background:
            let failure = refuse("fails its checksum")
            check = BackgroundCheck { stored == Self.checksum(mapped.bytes) ? nil : failure }
        }
        let generation = bytes.loadUnaligned(fromByteOffset: 24, as: Int64.self).littleEndian
        let tokenBytes = bytes[32..<64].prefix { $0 != 0 }
        stamp = Stamp(token: String(decoding: tokenBytes, as: UTF8.self), generation: generation)
        self.count = count
        self.dimension = dimension
        self.mapped = mapped
        let base = bytes.baseAddress!
        keys = (base + Self.headerSize).assumingMemoryBound(to: Int64.self)
        tags = base + Self.headerSize + 8 * count
        scales = (base + Self.headerSize + 24 * count).assumingMemoryBound(to: Float.self)
        codes = (base + Self.headerSize + 28 * count).assumingMemoryBound(to: Int8.self)
        for row in 1..<max(1, count) where keys[row - 1] >= keys[row] { throw refuse("has keys out of order") }
    }

    /// Waits for a background checksum; throws if the file failed it. Free after the first call.
    public func verify() throws(EmbeddingError) {
        if let failure = check?.wait() { throw failure }
    }

    /// The file length for `count` rows.
    static func size(count: Int, dimension: Int) -> Int { headerSize + count * (8 + tagSize + 4 + dimension) }

    /// The key (rowid) of `row`.
    public func key(at row: Int) -> Int64 { keys[row] }

    /// The 16-byte tag of `row`, as a UUID.
    ///
    /// Starts from the nil UUID, not `UUID()`: a random one reads /dev/urandom
    /// (open, read, close) every call, 800 times per match search.
    public func tag(at row: Int) -> UUID {
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &uuid) {
            $0.copyMemory(from: UnsafeRawBufferPointer(start: tags + row * 16, count: 16))
        }
        return UUID(uuid: uuid)
    }

    /// The row holding `key`, by binary search; nil when the file has no such key.
    public func row(forKey key: Int64) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < count && keys[low] == key ? low : nil
    }

    /// The rows of the given keys that the file holds, ascending; keys it lacks are skipped.
    ///
    /// Sorted keys are merged against the file's in one pass.
    public func rows(forSortedKeys sorted: [Int64]) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(sorted.count)
        var row = 0
        for key in sorted {
            while row < count && keys[row] < key { row += 1 }
            if row == count { break }
            if keys[row] == key { rows.append(row) }
        }
        return rows
    }

    /// The `size` rows with the best approximate cosine to `query` (a unit
    /// vector), among `rows` (ascending) or all rows when nil; best first.
    /// Throws when a background checksum found the file damaged.
    ///
    /// The scan runs before the wait for a background checksum, not after:
    /// a cold match asks for its shortlist right after opening the file, so
    /// waiting first left the main thread idle for the whole 41 MB pass. The
    /// scan only reads bytes inside the mapping, whose length `init` checked,
    /// so scanning a damaged file is safe; its answer is thrown away.
    public func shortlist(query: [Float], rows: [Int]?, size: Int) throws(EmbeddingError) -> [(score: Float, row: Int)]
    {
        precondition(query.count == dimension, "query has \(query.count) values, file has \(dimension)")
        let total = rows?.count ?? count
        let best =
            total > 0 && size > 0
            ? Int8Scan.shortlist(
                codes: codes, scales: scales, dimension: dimension, query: query, total: total, selected: rows,
                size: size)
            : []
        try verify()
        return best
    }
}

/// A check run once on a global queue; `wait` blocks until it has finished and returns its failure, if any.
private final class BackgroundCheck: @unchecked Sendable {
    private let group = DispatchGroup()
    private var failure: EmbeddingError?

    init(_ body: @escaping @Sendable () -> EmbeddingError?) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            failure = body()
            group.leave()
        }
    }

    func wait() -> EmbeddingError? {
        group.wait()
        return failure
    }
}

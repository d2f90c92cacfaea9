// Vector search on a SQLite file: the scope's SQL picks candidate rowids, the
// mapped int8 file shortlists them, and the shortlist's BLOBs are re-scored
// exactly (and checked against the file) before anything is returned.
import Foundation
package import JobHuntDatabase
import JobHuntDiscovery
internal import JobHuntEmbeddings
import JobHuntKernel

/// The fast SQLite path (see `PostingVectorFile`).
///
/// Every hit's id and score come from the table in the same read transaction
/// as the candidates, so the file can only ever decide which rows are looked
/// at closely; if a shortlisted rowid no longer holds the posting the file
/// says, the file is rebuilt and the search runs again.
package struct SQLiteVectorSearch: PostingVectorSearch {
    let db: Database

    package init(db: Database) { self.db = db }

    package func nearest(to query: [Float], limit: Int, scope: PostingScope) throws -> [PostingVectorHit] {
        try nearest(toEach: [query], limit: limit, scope: scope)[0]
    }

    /// Each query's hits, exactly as ``nearest(to:limit:scope:)`` gives them
    /// one query at a time, from one transaction: the scope is listed once,
    /// the database is asked once which of the broad shortlists' rows it
    /// admits, and a row on several shortlists is read, checked and decoded
    /// once. A match searches with the profile and the target vector, whose
    /// shortlists mostly agree (on the benchmark's corpus 556 of 800 rows, and
    /// 2,944 of the 3,200 the broad scope asks about).
    package func nearest(toEach queries: [[Float]], limit: Int, scope: PostingScope) throws -> [[PostingVectorHit]] {
        guard limit > 0, !queries.isEmpty else { return queries.map { _ in [] } }
        guard let path = PostingVectorFile.path(for: db) else {
            return try SQLiteBlobVectorSearch(db: db).nearest(toEach: queries, limit: limit, scope: scope)
        }
        return try db.transaction { db in
            for attempt in 0..<2 {
                guard let file = try PostingVectorFile.current(db, path: path, rebuild: attempt > 0) else { break }
                if let hits = try search(file, queries: queries, limit: limit, scope: scope) { return hits }
            }
            return try SQLiteBlobVectorSearch(db: db).nearest(toEach: queries, limit: limit, scope: scope)
        }
    }

    /// The hits of each query, or nil when the file disagrees with the table (stale despite its stamp).
    private func search(_ file: PackedVectorFile, queries: [[Float]], limit: Int, scope: PostingScope) throws
        -> [[PostingVectorHit]]?
    {
        let units = queries.map(VectorMath.normalized)
        guard file.count > 0 else { return units.map { _ in [] } }
        // Int8 scores err by about 1e-3; re-scoring 4k (at least k + 64)
        // exactly leaves far more margin than that, as VectorIndex does.
        let size = max(4 * limit, limit + 64)
        var shortlists: [[(score: Float, row: Int)]] = []
        // A file whose background checksum failed is treated as stale: rebuilt, searched again.
        if scope.isBroad, let broad = try broadShortlists(file, queries: units, size: size, scope: scope) {
            guard let broad = broad else { return nil }
            shortlists = broad
        } else {
            let candidates = try candidateRows(file, scope: scope)
            guard candidates?.isEmpty != true else { return units.map { _ in [] } }
            for unit in units {
                guard let scoped = try? file.shortlist(query: unit, rows: candidates, size: size) else { return nil }
                shortlists.append(scoped)
            }
        }
        guard let vectors = try storedVectors(file, rows: shortlists.flatMap { $0.map(\.row) }) else { return nil }
        return zip(shortlists, units).map { shortlist, unit in
            var scored = shortlist.map { entry in
                let stored = vectors[entry.row]!
                return (
                    hit: PostingVectorHit(id: stored.id, similarity: VectorMath.dot(stored.vector, unit)),
                    key: stored.key
                )
            }
            scored.sort {
                $0.hit.similarity != $1.hit.similarity ? $0.hit.similarity > $1.hit.similarity : $0.key < $1.key
            }
            return scored.prefix(limit).map(\.hit)
        }
    }

    /// The posting id and normalised stored vector of each of `rows` (file
    /// rows; repeats read once), by file row, read from the table in one
    /// query; nil when a row's rowid is gone or holds another posting than
    /// the file says, or has no vector.
    private func storedVectors(_ file: PackedVectorFile, rows: [Int]) throws
        -> [Int: (id: UUID, key: Int64, vector: [Float])]?
    {
        let keys = Set(rows.map { file.key(at: $0) }).sorted()
        let stored = try db.query(
            "SELECT rowid AS r, id, embedding FROM job_postings WHERE rowid IN (SELECT value FROM json_each(\(Self.jsonList(keys))))"
        )
        guard stored.count == keys.count else { return nil }
        var vectors: [Int: (id: UUID, key: Int64, vector: [Float])] = [:]
        vectors.reserveCapacity(keys.count)
        for row in stored {
            let key: Int64 = try row.get("r")
            let id: UUID = try row.get("id")
            guard let fileRow = file.row(forKey: key), file.tag(at: fileRow) == id,
                let blob = try row.optional("embedding", as: Data.self)
            else { return nil }
            vectors[fileRow] = (id, key, VectorMath.normalized(try VectorBlob.decode(blob)))
        }
        return vectors
    }

    /// The shortlists of a scope that admits most rows, without listing them:
    /// for each query the best `4 * size` rows of the whole file, of which the
    /// database says (in one query for all) which the scope admits, keeping
    /// the first `size` of those. They are the rows a scan of the scope's
    /// rows alone would shortlist (the same scores, ranked the same way, ties
    /// by row), found without reading the 90% of rowids `candidateRows` would
    /// (15% of a cold match's instructions).
    ///
    /// Returns nil when too few of some query's rows pass to be sure (the
    /// caller then lists the scope's rows), `.some(nil)` when the file failed
    /// its checksum.
    private func broadShortlists(_ file: PackedVectorFile, queries: [[Float]], size: Int, scope: PostingScope) throws
        -> [[(score: Float, row: Int)]]??
    {
        let wide = 4 * size
        var bests: [[(score: Float, row: Int)]] = []
        for query in queries {
            guard let best = try? file.shortlist(query: query, rows: nil, size: wide) else { return .some(nil) }
            bests.append(best)
        }
        let keys = Set(bests.flatMap { $0.map { file.key(at: $0.row) } }).sorted()
        let admitted = Set(
            try db.query(
                "SELECT p.rowid AS r FROM job_postings p WHERE p.rowid IN (SELECT value FROM json_each(\(Self.jsonList(keys)))) AND (\(sql: scope.condition))"
            ).map { row -> Int64 in try row.get("r") })
        var kept: [[(score: Float, row: Int)]] = []
        for best in bests {
            let passed = best.filter { admitted.contains(file.key(at: $0.row)) }.prefix(size)
            // Fewer than `size` admitted out of a full `wide` list: rows past it might belong in the shortlist.
            guard passed.count == size || best.count < wide else { return nil }
            kept.append(Array(passed))
        }
        return .some(kept)
    }

    /// Rowids as the JSON array `json_each` reads.
    static func jsonList(_ keys: [Int64]) -> String {
        "[" + keys.map(String.init).joined(separator: ",") + "]"
    }

    /// The file rows the scope allows, ascending; nil when it allows every row the file has.
    ///
    /// The rowids come back as one `group_concat` text rather than a row each:
    /// 90,000 rows as `Row` values cost more than the vector scan.
    private func candidateRows(_ file: PackedVectorFile, scope: PostingScope) throws -> [Int]? {
        let list = try db.scalar(
            "SELECT group_concat(p.rowid) AS r FROM job_postings p WHERE (\(sql: scope.condition))", as: String.self)
        var keys = Self.integers(in: list ?? "")
        keys.sort()
        let selected = file.rows(forSortedKeys: keys)
        return selected.count == file.count ? nil : selected
    }

    /// The integers of a comma-separated list.
    static func integers(in text: String) -> [Int64] {
        var values: [Int64] = []
        var current: Int64 = 0
        var negative = false
        var digits = false
        var text = text
        text.withUTF8 { bytes in
            values.reserveCapacity(bytes.count / 6)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current = current &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
                    digits = true
                case UInt8(ascii: "-"):
                    negative = true
                default:
                    if digits { values.append(negative ? -current : current) }
                    current = 0
                    negative = false
                    digits = false
                }
            }
        }
        if digits { values.append(negative ? -current : current) }
        return values
    }
}

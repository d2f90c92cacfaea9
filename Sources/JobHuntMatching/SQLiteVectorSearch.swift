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
        guard limit > 0 else { return [] }
        guard let path = PostingVectorFile.path(for: db) else {
            return try SQLiteBlobVectorSearch(db: db).nearest(to: query, limit: limit, scope: scope)
        }
        return try db.transaction { db in
            for attempt in 0..<2 {
                guard let file = try PostingVectorFile.current(db, path: path, rebuild: attempt > 0) else { break }
                if let hits = try search(file, query: query, limit: limit, scope: scope) { return hits }
            }
            return try SQLiteBlobVectorSearch(db: db).nearest(to: query, limit: limit, scope: scope)
        }
    }

    /// The hits, or nil when the file disagrees with the table (stale despite its stamp).
    private func search(_ file: PackedVectorFile, query: [Float], limit: Int, scope: PostingScope) throws
        -> [PostingVectorHit]?
    {
        let unit = VectorMath.normalized(query)
        guard file.count > 0 else { return [] }
        // Int8 scores err by about 1e-3; re-scoring 4k (at least k + 64)
        // exactly leaves far more margin than that, as VectorIndex does.
        let size = max(4 * limit, limit + 64)
        let shortlist: [(score: Float, row: Int)]
        // A file whose background checksum failed is treated as stale: rebuilt, searched again.
        if scope.isBroad, let broad = try broadShortlist(file, query: unit, size: size, scope: scope) {
            guard let broad = broad else { return nil }
            shortlist = broad
        } else {
            let candidates = try candidateRows(file, scope: scope)
            guard candidates?.isEmpty != true else { return [] }
            guard let scoped = try? file.shortlist(query: unit, rows: candidates, size: size) else { return nil }
            shortlist = scoped
        }
        let keys = shortlist.map { file.key(at: $0.row) }
        let stored = try db.query(
            "SELECT rowid AS r, id, embedding FROM job_postings WHERE rowid IN (SELECT value FROM json_each(\("[" + keys.map(String.init).joined(separator: ",") + "]")))"
        )
        guard stored.count == shortlist.count else { return nil }
        var scored: [(hit: PostingVectorHit, key: Int64)] = []
        scored.reserveCapacity(stored.count)
        for row in stored {
            let key: Int64 = try row.get("r")
            let id: UUID = try row.get("id")
            guard let fileRow = file.row(forKey: key), file.tag(at: fileRow) == id,
                let blob = try row.optional("embedding", as: Data.self)
            else { return nil }
            let vector = VectorMath.normalized(try VectorBlob.decode(blob))
            scored.append((PostingVectorHit(id: id, similarity: VectorMath.dot(vector, unit)), key))
        }
        scored.sort { $0.hit.similarity != $1.hit.similarity ? $0.hit.similarity > $1.hit.similarity : $0.key < $1.key }
        return scored.prefix(limit).map(\.hit)
    }

    /// The shortlist of a scope that admits most rows, without listing them:
    /// the best `4 * size` rows of the whole file, of which the database says
    /// which the scope admits, keeping the first `size` of those. They are the
    /// rows a scan of the scope's rows alone would shortlist (the same scores,
    /// ranked the same way, ties by row), found without reading the 90% of
    /// rowids `candidateRows` would (15% of a cold match's instructions).
    ///
    /// Returns nil when too few of them pass to be sure (the caller then lists
    /// the scope's rows), `.some(nil)` when the file failed its checksum.
    private func broadShortlist(_ file: PackedVectorFile, query: [Float], size: Int, scope: PostingScope) throws
        -> [(score: Float, row: Int)]??
    {
        let wide = 4 * size
        guard let best = try? file.shortlist(query: query, rows: nil, size: wide) else { return .some(nil) }
        let keys = best.map { file.key(at: $0.row) }
        let admitted = Set(
            try db.query(
                "SELECT p.rowid AS r FROM job_postings p WHERE p.rowid IN (SELECT value FROM json_each(\("[" + keys.map(String.init).joined(separator: ",") + "]"))) AND (\(sql: scope.condition))"
            ).map { row -> Int64 in try row.get("r") })
        let kept = zip(best, keys).filter { admitted.contains($0.1) }.prefix(size).map(\.0)
        // Fewer than `size` admitted out of a full `wide` list: rows past it might belong in the shortlist.
        guard kept.count == size || best.count < wide else { return nil }
        return .some(Array(kept))
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

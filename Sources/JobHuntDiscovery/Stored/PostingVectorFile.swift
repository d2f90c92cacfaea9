// The SQLite engine's memory-mapped copy of the posting vectors: where it
// lives, whether it is current, and rebuilding it from the BLOBs when not.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel

/// `<database>-vectors` beside a SQLite file: rowids, posting ids and int8
/// codes of every stored embedding, so a cold process maps 40 MB instead of
/// decoding 100k BLOBs.
///
/// The file is a cache, never a source: it records the database's
/// `posting_vector_state` (token, generation) when built, triggers bump the
/// generation on every change to a stored vector (migration 013), and a file
/// whose stamp differs, or that fails to open (truncated, bad checksum), is
/// rebuilt before use. Exact scores always come from the BLOBs themselves.
package enum PostingVectorFile {
    /// Where the file for `db` lives; nil for in-memory and PostgreSQL databases.
    package static func path(for db: Database) -> String? {
        db.location.sqlitePath.map { $0 + "-vectors" }
    }

    /// The database's current stamp (migration 013's single row).
    static func stamp(_ db: Database) throws -> PackedVectorFile.Stamp {
        guard let row = try db.queryOne("SELECT token, generation FROM posting_vector_state WHERE id = 1") else {
            throw DatabaseError(
                .migration, message: "posting_vector_state has no row", remedy: "run \(.redoMigration)")
        }
        return PackedVectorFile.Stamp(token: try row.get("token"), generation: try row.get("generation"))
    }

    /// The file for `db`, current with its stamp: the mapped one this process
    /// already holds, the one on disk, or a new one built now. Nil when the
    /// file cannot be written (a read-only folder): callers then score BLOBs.
    ///
    /// Call inside a transaction, so the stamp and any rebuild see one snapshot.
    package static func current(_ db: Database, path: String, rebuild: Bool = false) throws -> PackedVectorFile? {
        let stamp = try stamp(db)
        if !rebuild {
            if let mapped = cache.file(path), mapped.stamp == stamp { return mapped }
            // Checksummed in the background: the search's candidate query runs meanwhile,
            // and `shortlist` refuses the file (so the caller rebuilds it) if it fails.
            if let onDisk = try? PackedVectorFile(path: path, verification: .background), onDisk.stamp == stamp {
                cache.store(onDisk, path)
                return onDisk
            }
        }
        return try build(db, path: path, stamp: stamp)
    }

    /// Maps the file on disk and starts its background checksum now, before
    /// the search that will use it, so the 41 MB pass overlaps the work in
    /// between (a cold `discover match` reads the profile, its vectors and
    /// starts the full-text query first). Nothing is trusted here:
    /// ``current(_:path:rebuild:)`` still compares the stamp in its
    /// transaction, and `shortlist` still refuses a file that fails the
    /// checksum. Does nothing when the process already holds a mapping, the
    /// database has no file path, or there is no readable file.
    package static func prepare(for db: Database) {
        guard let path = path(for: db), cache.file(path) == nil,
            let onDisk = try? PackedVectorFile(path: path, verification: .background)
        else { return }
        cache.store(onDisk, path)
    }

    /// Rewrites the file from the BLOBs when it is missing or stale (after an
    /// ingest that changed vectors), so the next search starts mapped.
    static func refresh(_ db: Database) throws {
        guard let path = path(for: db) else { return }
        _ = try db.transaction { db in try current(db, path: path) }
    }

    /// `refresh`, for the end of an ingest: a failure here only means the
    /// next search rebuilds the file itself, so it is not the ingest's error.
    static func refreshQuietly(_ db: Database) {
        do { try refresh(db) } catch {}
    }

    /// Reads every stored vector in rowid order and writes the file atomically.
    static func build(_ db: Database, path: String, stamp: PackedVectorFile.Stamp) throws -> PackedVectorFile? {
        let rows = try db.query(
            "SELECT rowid AS r, id, embedding FROM job_postings WHERE embedding IS NOT NULL ORDER BY rowid")
        let entries = try rows.map { row in
            PackedVectorFile.Entry(
                key: try row.get("r"), tag: try row.get("id"),
                vector: try VectorBlob.decode(try row.get("embedding", as: Data.self)))
        }
        do {
            try PackedVectorFile.write(to: path, stamp: stamp, entries: entries)
            let file = try PackedVectorFile(path: path)
            cache.store(file, path)
            return file
        } catch {
            cache.forget(path)
            return nil
        }
    }

    /// Forgets every mapping this process holds, so the next search reads the
    /// file from disk as a new process would (tests of damaged files use it).
    static func forgetMappings() { cache.forgetAll() }

    /// Files mapped by this process, by path: a long-running worker maps each once.
    private static let cache = MappedFiles()
}

/// A lock-protected map of open vector files.
private final class MappedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: PackedVectorFile] = [:]

    func file(_ path: String) -> PackedVectorFile? { lock.withLock { files[path] } }
    func store(_ file: PackedVectorFile, _ path: String) { lock.withLock { files[path] = file } }
    func forget(_ path: String) { _ = lock.withLock { files.removeValue(forKey: path) } }
    func forgetAll() { lock.withLock { files.removeAll() } }
}

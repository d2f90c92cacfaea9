// `jobhunt backup` and `jobhunt restore` for the embedded SQLite default: one
// self-contained file holding the database (copied with SQLite's online backup
// API, so cron may keep writing) and every locally stored file.
import Foundation
internal import JobHuntDatabase

/// Makes and restores backups of the embedded database and the local files.
///
/// A backup is a SQLite database: the online copy of jobhunt's database plus
/// one extra table, `jobhunt_backup_files (path, content)`, holding every file
/// of the local object store. One file is easy to move and to keep 0600, and
/// `sqlite3 FILE` can read it without jobhunt. Restoring checks the copy
/// (`PRAGMA integrity_check`, a schema this jobhunt knows) before it touches
/// anything, writes the files, then copies the database in with the same
/// backup API and drops the extra table.
///
/// PostgreSQL is backed up with the server's tools (`pg_dump`, WAL archiving),
/// which know about concurrent sessions, roles and point-in-time recovery.
package struct BackupService {
    let services: Services

    package init(services: Services) { self.services = services }

    /// What a backup or restore copied.
    package struct Summary: Sendable, Equatable {
        package var file: URL
        package var bytes: Int
        package var storedFiles: Int
        /// True when documents live in S3 and so are not in the backup.
        package var filesInS3: Bool
        /// Local files a restore removed because the restored database cannot name them.
        package var removedFiles: Int = 0
    }

    static let filesTable = "jobhunt_backup_files"

    /// Writes a backup of the embedded database and local files to `file`, which must not exist.
    package func backup(to file: URL) throws -> Summary {
        let db = try requireSQLite()
        if FileManager.default.fileExists(atPath: file.path) {
            throw JobHuntError(
                .backupExists, "\(file.path) already exists", remedy: "choose a new file name or remove the old one")
        }
        // Written beside the target and linked into place only once whole, so an
        // interruption, a full disk or a kill -9 never leaves a partial backup under
        // the name the user gave (which would also block the re-run: it exists).
        // In a folder of its own, so SQLite's files beside it (journal, WAL and its
        // index) go with it, even those it makes while the folder is being removed.
        let folder = file.deletingLastPathComponent().appendingPathComponent(
            ".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        // Registered before it exists: a signal between the two would leave it otherwise.
        let registration = Interruption.removeIfInterrupted(folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            registration.finished()
        }
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let partial = folder.appendingPathComponent("backup.sqlite3")
        let copied: Int = try {
            try db.backupSQLite(to: partial.path)
            let copied = try storeFiles(into: partial)
            // link(2), not rename(2): it refuses to replace a file made meanwhile.
            guard link(partial.path, file.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw JobHuntError(
                    .backupExists, "cannot write \(file.path): \(reason)",
                    remedy: "choose a new file name or remove the old one")
            }
            return copied
        }()
        return Summary(
            file: file, bytes: Self.size(of: file), storedFiles: copied, filesInS3: services.configuration.s3 != nil)
    }

    /// Replaces the embedded database and local files with the backup in
    /// `file`; refuses when there is data already unless `force`.
    package func restore(from file: URL, force: Bool) throws -> Summary {
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw JobHuntError(
                .backupInvalid, "\(file.path) does not exist", remedy: "name a file made by jobhunt backup")
        }
        let backup = try Self.checkedBackup(file)
        defer { backup.close() }
        let target = try requireSQLite(migrated: false)
        if !force, try Self.holdsData(target) {
            throw JobHuntError(
                .backupWouldOverwrite,
                "the database \(services.store.displayLocation) already holds data; restoring would replace it",
                remedy: "run \(.restoreOverwriting(file: file.path)) to replace it")
        }
        let files = try backup.query("SELECT path, content FROM \(sql: .trusted(Self.filesTable)) ORDER BY path")
        let root = services.configuration.filesDirectory
        var restoredPaths: Set<String> = []
        for row in files {
            let path = try row.get("path", as: String.self)
            try Self.writePrivately(try row.get("content", as: Data.self), to: root, path: path)
            restoredPaths.insert(path)
        }
        try target.restoreSQLite(from: backup)
        try target.execute("DROP TABLE IF EXISTS \(sql: .trusted(Self.filesTable))")
        let removed = Self.removeFiles(under: root, except: restoredPaths)
        return Summary(
            file: file, bytes: Self.size(of: file), storedFiles: files.count, filesInS3: false, removedFiles: removed)
    }

    /// Deletes the local stored files a restore did not bring back, and returns how many.
    ///
    /// Once the database is replaced no row can name them, so they are the
    /// replaced database's documents: personal files that would otherwise wait
    /// for `cleanup`. Only after the database is in place, so a failed restore
    /// leaves the old files beside the old rows.
    static func removeFiles(under root: URL, except kept: Set<String>) -> Int {
        var removed = 0
        for path in files(under: root) where !kept.contains(path) {
            if (try? FileManager.default.removeItem(at: root.appendingPathComponent(path))) != nil { removed += 1 }
        }
        return removed
    }

    /// The backup opened, its integrity and schema checked.
    static func checkedBackup(_ file: URL) throws -> Database {
        let db: Database
        do {
            db = try Database(location: DatabaseLocation("sqlite:" + file.path))
            let result = try db.scalar("PRAGMA integrity_check", as: String.self)
            guard result == "ok" else {
                db.close()
                throw JobHuntError(
                    .backupInvalid, "\(file.path) is damaged (integrity check: \(result ?? "no answer"))",
                    remedy: "restore an older backup")
            }
        } catch let error as DatabaseError {
            throw JobHuntError(
                .backupInvalid, "\(file.path) is not a jobhunt backup (\(error.message))",
                remedy: "name a file made by jobhunt backup")
        }
        let hasFiles =
            try db.scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = \(filesTable)", as: Int.self) == 1
        let status = try Schema.migrator(for: .sqlite).status(db)
        guard hasFiles, status.steps.contains(where: { $0.appliedAt != nil }) else {
            db.close()
            throw JobHuntError(
                .backupInvalid, "\(file.path) is not a jobhunt backup", remedy: "name a file made by jobhunt backup")
        }
        if let unknown = status.unknownVersions.last {
            db.close()
            throw JobHuntError(
                .backupInvalid, "\(file.path) was made by a newer jobhunt (it has migration \(unknown))",
                remedy: "upgrade jobhunt before restoring it")
        }
        return db
    }

    private func requireSQLite(migrated: Bool = true) throws -> Database {
        guard services.store.isEmbedded else {
            throw JobHuntError(
                .backupUnsupported, "backup and restore work on the embedded SQLite database only",
                remedy: "back PostgreSQL up with pg_dump or WAL archiving (docs/operations.md)")
        }
        return migrated ? try services.store.database() : try services.store.unmigratedDatabase()
    }

    /// Any user or migration recorded: a database someone has used.
    private static func holdsData(_ db: Database) throws -> Bool {
        let tables = try db.scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'", as: Int.self)
        guard tables == 1 else { return false }
        return try db.scalar("SELECT COUNT(*) FROM users", as: Int.self) ?? 0 > 0
    }

    /// Copies every local stored file into the backup; 0 when documents live in S3.
    private func storeFiles(into file: URL) throws -> Int {
        let backup = try Database(location: DatabaseLocation("sqlite:" + file.path))
        defer { backup.close() }
        try backup.execute(
            "CREATE TABLE \(sql: .trusted(Self.filesTable)) (path TEXT PRIMARY KEY, content BLOB NOT NULL)")
        var paths: [String] = []
        if services.configuration.s3 == nil {
            let root = services.configuration.filesDirectory
            paths = Self.files(under: root)
            try backup.transaction { backup in
                for path in paths {
                    let content = try Data(contentsOf: root.appendingPathComponent(path))
                    try backup.execute(
                        "INSERT INTO \(sql: .trusted(Self.filesTable)) (path, content) VALUES (\(path), \(content))")
                }
            }
        }
        // Back to a rollback journal before closing: it checkpoints the WAL into the
        // file (an error here when it cannot), so the backup is one self-contained
        // file and the -wal beside it holds nothing when it is removed.
        _ = try backup.query("PRAGMA journal_mode = DELETE")
        return paths.count
    }

    /// Relative paths of the regular files under `root`, sorted; none when it does not exist.
    static func files(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = root.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                !path.hasPrefix("tmp/")
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// Writes `data` to `root/path` as a 0600 file in 0700 folders, through a
    /// temporary file renamed into place, so a crash leaves the old file or the new.
    static func writePrivately(_ data: Data, to root: URL, path: String) throws {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw JobHuntError(.backupInvalid, "the backup names a file outside the files folder: \(path)")
        }
        let target = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".restore-\(UUID().uuidString)")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw JobHuntError(
                .backupInvalid, "cannot write \(target.path)", remedy: "check that the folder is writable")
        }
        guard rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw JobHuntError(
                .backupInvalid, "cannot write \(target.path)", remedy: "check that the folder is writable")
        }
    }

    private static func size(of file: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

extension JobHuntError.Code {
    package static let backupExists = Self("backupExists")
    package static let backupInvalid = Self("backupInvalid")
    package static let backupWouldOverwrite = Self("backupWouldOverwrite")
    package static let backupUnsupported = Self("backupUnsupported")
}

// Issue 21 §4: `jobhunt backup` while another process writes, and `jobhunt
// restore` into a fresh home: every row and stored file there, the copy
// consistent (a prefix of the writer's inserts), checked before it is used.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("backup and restore")
struct BackupRestoreTests {
    /// A fresh home on its own SQLite file, as a new machine is.
    private func freshHome() throws -> (TemporaryDirectory, [String: String], URL) {
        let home = try TemporaryDirectory()
        let database = home.file("data/jobhunt/jobhunt.sqlite3")
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.file("config").path, "XDG_DATA_HOME": home.file("data").path,
            "XDG_STATE_HOME": home.file("state").path, "JOBHUNT_NOW": SecurityWorld.now,
        ]
        return (home, environment, database)
    }

    private func rows(_ url: String, except: Set<String> = []) throws -> [String: Set<String>] {
        let db = try Database(location: DatabaseLocation(url))
        defer { db.close() }
        var rows: [String: Set<String>] = [:]
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map {
            try $0.get("name", as: String.self)
        }
        for table in tables where !except.contains(table) {
            rows[table] = Set(
                try db.query("SELECT * FROM \(sql: .trusted(table))").map { row in
                    zip(row.columns, row.values).map { "\($0)=\($1)" }.joined(separator: "|")
                })
        }
        return rows
    }

    /// Relative path → content of every stored file under `root`.
    private func files(_ root: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !path.hasPrefix("tmp/")
            {
                found[path] = try? Data(contentsOf: url)
            }
        }
        return found
    }

    @Test("a backup taken while another process inserts restores into a fresh home, rows and files")
    func backupWhileWritingRestoresEverything() throws {
        let world = try SecurityWorld(.sqlite)
        try world.addPeople()
        try world.seedAda()
        let sourceFiles = files(world.home.file("data/jobhunt/files"))
        #expect(sourceFiles.keys.contains { $0.hasPrefix("objects/") }, "apply stored documents: \(sourceFiles.keys)")
        let before = try rows(world.scratch.url, except: ["user_sessions"])
        let backup = world.home.file("jobhunt-backup.sqlite3")

        // Ada's cron adds saved searches one by one while she backs up.
        var environment = world.ada
        environment["BACKUP"] = backup.path
        let script = """
            ( for i in $(seq 1 40); do "$JOBHUNT" -q discover search add "cron $i" --title "T$i" || exit 1; done ) &
            writer=$!
            sleep 0.3
            "$JOBHUNT" backup "$BACKUP" || exit 1
            wait $writer
            """
        let result = try CommandRunner.runShell(script, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == backup.path)
        let mode = try FileManager.default.attributesOfItem(atPath: backup.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        let (freshHomeFolder, fresh, database) = try freshHome()
        defer { withExtendedLifetime(freshHomeFolder) {} }
        let restore = try CommandRunner.run(["restore", backup.path], environment: fresh)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(
            restore.stderr.contains("restored the database and \(sourceFiles.count) stored file(s)"),
            "\(restore.stderr)")

        let restored = try rows("sqlite:" + database.path, except: ["user_sessions"])
        let after = try rows(world.scratch.url, except: ["user_sessions"])
        #expect(restored["jobhunt_backup_files"] == nil, "the files table is dropped after restoring")
        for (table, old) in before {
            let missing = old.subtracting(restored[table] ?? [])
            #expect(missing.isEmpty, "\(table): rows from before the backup are missing: \(missing)")
        }
        for (table, copy) in restored {
            let unknown = copy.subtracting(after[table] ?? [])
            #expect(unknown.isEmpty, "\(table): rows the source never had: \(unknown)")
        }
        // The copy is one instant of the writer: searches cron 1…k, no gaps.
        let db = try Database(location: DatabaseLocation("sqlite:" + database.path))
        defer { db.close() }
        let names = Set(
            try db.query("SELECT search_name FROM job_search_preferences WHERE search_name LIKE 'cron %'").map {
                try $0.get("search_name", as: String.self)
            })
        #expect(names == Set((0..<names.count).map { "cron \($0 + 1)" }), "not a prefix: \(names.sorted())")
        #expect(try db.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        #expect(files(fresh["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0 + "/jobhunt/files") }!) == sourceFiles)

        // Ada works in the restored home with her old session: her documents are there.
        var adaThere = fresh
        adaThere["JOBHUNT_SESSION"] = world.ada["JOBHUNT_SESSION"]
        let show = try CommandRunner.run(
            ["apply", "show", try #require(world.ids["{docapp}"]), "--cover-letter"], environment: adaThere)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(!show.stdout.isEmpty)
    }

    @Test("restore refuses to overwrite data, damaged files, other files and newer schemas")
    func restoreChecksFirst() throws {
        let world = try SecurityWorld(.sqlite)
        try world.addPeople()
        let backup = world.home.file("b.sqlite3")
        #expect(try world.run(["backup", backup.path, "-q"], as: world.ada).status == 0)
        let again = try world.run(["backup", backup.path], as: world.ada)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"), "\(again.stderr)")

        let before = try rows(world.scratch.url)
        let over = try world.run(["restore", backup.path], as: world.ada)
        #expect(over.status == 1)
        #expect(over.stderr.contains("already holds data"), "\(over.stderr)")
        #expect(over.stderr.contains("jobhunt restore \(backup.path) --force"), "\(over.stderr)")
        #expect(try rows(world.scratch.url) == before)
        // A document stored after the backup: the restored database cannot name it.
        let filesRoot = world.home.file("data/jobhunt/files")
        let backedUp = files(filesRoot)
        let later = filesRoot.appendingPathComponent("objects/later/cover-letter.md")
        try FileManager.default.createDirectory(
            at: later.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("written after the backup".utf8).write(to: later)
        let forced = try world.run(["restore", backup.path, "--force"], as: world.ada)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("removed 1 stored file(s) of the replaced database"), "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: later.path))
        #expect(files(filesRoot) == backedUp, "exactly the backup's files are left")

        let (freshHomeFolder, fresh, database) = try freshHome()
        defer { withExtendedLifetime(freshHomeFolder) {} }
        let text = world.home.file("notes.txt")
        try Data("not a database at all, just words".utf8).write(to: text)
        let other = try CommandRunner.run(["restore", text.path], environment: fresh)
        #expect(other.status == 1)
        #expect(other.stderr.contains("is not a jobhunt backup"), "\(other.stderr)")

        // Damaged: a page in the middle overwritten.
        let damaged = world.home.file("damaged.sqlite3")
        var bytes = try Data(contentsOf: backup)
        let middle = bytes.count / 2
        bytes.replaceSubrange(middle..<(middle + 4096), with: Data(repeating: 0xA5, count: 4096))
        try bytes.write(to: damaged)
        let broken = try CommandRunner.run(["restore", damaged.path], environment: fresh)
        #expect(broken.status == 1)
        #expect(
            broken.stderr.contains("is damaged") || broken.stderr.contains("is not a jobhunt backup"),
            "\(broken.stderr)")

        // Made by a newer jobhunt: a migration this binary does not know.
        let newer = world.home.file("newer.sqlite3")
        try FileManager.default.copyItem(at: backup, to: newer)
        let db = try Database(location: DatabaseLocation("sqlite:" + newer.path))
        try db.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES ('999', '2026-12-06T00:00:00.000000Z')")
        db.close()
        let future = try CommandRunner.run(["restore", newer.path], environment: fresh)
        #expect(future.status == 1)
        #expect(future.stderr.contains("was made by a newer jobhunt (it has migration 999)"), "\(future.stderr)")
        // Nothing was restored by any refused attempt.
        let users = try rows("sqlite:" + database.path)["users"] ?? []
        #expect(users.isEmpty, "\(users)")
    }

    @Test("PostgreSQL is backed up with its own tools; doctor reports the WAL settings")
    func postgresPointsToPgDump() throws {
        let world = try SecurityWorld(.postgres)
        try world.addPeople()
        let backup = try world.run(["backup", world.home.file("x.sqlite3").path], as: world.ada)
        #expect(backup.status == 1)
        #expect(backup.stderr.contains("embedded SQLite database only"), "\(backup.stderr)")
        #expect(backup.stderr.contains("pg_dump"), "\(backup.stderr)")
        let doctor = try world.run(["doctor", "--json"], as: world.ada)
        let checks = try #require(
            try JSONSerialization.jsonObject(with: Data(doctor.stdout.utf8)) as? [[String: String]])
        let line = try #require(checks.first { $0["name"] == "backups" })
        #expect(line["status"] == "ok")
        #expect(line["detail"]?.contains("wal_level=") == true, "\(line)")
        #expect(line["detail"]?.contains("archive_mode=") == true, "\(line)")
    }
}

// `jobhunt backup` and `jobhunt restore`: the embedded database and the local
// stored files in one 0600 file, made while cron keeps writing.
import Foundation
import JobHuntKernel

enum BackupCommands {
    enum Backup: ArgumentKeys {
        static let file: PositionalKey<String?> = .optional(
            "FILE", .path,
            help:
                "Where to write the backup (must not exist); backups/jobhunt-TIME.sqlite3 in the data folder if left out"
        )
        static let positionals: [any PositionalKeyProtocol] = [file]
    }

    enum Restore: ArgumentKeys {
        static let force: OptionKey<Bool> = .flag(
            "force", help: "Replace a database that already holds data")
        static let file: PositionalKey<String> = .required("FILE", .path, help: "A file made by jobhunt backup")
        static let options: [any OptionKeyProtocol] = [force]
        static let positionals: [any PositionalKeyProtocol] = [file]
    }

    static let backup = CommandSpec(
        name: "backup",
        abstract: "Back up the embedded database and stored files to one file",
        discussion: """
            Copies the SQLite database with SQLite's online backup API, which is consistent even \
            while another jobhunt (cron's discover, a worker) writes, and adds every file of the \
            local file store (resumes, cover letters) to the copy, in a table named \
            jobhunt_backup_files. The result is one SQLite file, created 0600, that \
            'jobhunt restore' reads back. Prints the backup's path on stdout. The encryption key \
            is not in the backup: keep it apart (docs/operations.md). PostgreSQL deployments use \
            pg_dump or WAL archiving instead.
            """,
        keys: Backup.self,
        examples: ["jobhunt backup", "jobhunt backup ~/backups/jobhunt-$(date +%F).sqlite3"],
        run: { context in
            let services = try context.services()
            let file: URL
            if let path = context.arguments[Backup.file] {
                file = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            } else {
                let folder = services.configuration.dataDirectory.appendingPathComponent("backups", isDirectory: true)
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                file = folder.appendingPathComponent("jobhunt-\(timestamp(services.now())).sqlite3")
            }
            let summary = try BackupService(services: services).backup(to: file)
            context.output.print(summary.file.path)
            let files =
                summary.filesInS3 ? "stored files are in S3 and not included" : "\(summary.storedFiles) stored file(s)"
            context.output.note("backed up the database (\(summary.bytes) bytes) and \(files)")
        })

    static let restore = CommandSpec(
        name: "restore",
        abstract: "Restore the embedded database and stored files from a backup",
        discussion: """
            Checks FILE first (SQLite's integrity check, and a schema this jobhunt knows: a \
            backup from a newer jobhunt is refused), then writes its stored files into the local \
            file store and copies its database over the embedded one, then removes the stored \
            files the backup does not have (no restored row can name them). A database that \
            already holds data is replaced only with --force. Stop cron jobs and workers while restoring. \
            A backup from an older jobhunt is migrated by the next command, as any embedded \
            database is.
            """,
        keys: Restore.self,
        examples: ["jobhunt restore ~/backups/jobhunt-2026-12-07.sqlite3"],
        run: { context in
            let path = context.arguments[Restore.file]
            let file = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            let summary = try BackupService(services: try context.services()).restore(
                from: file, force: context.arguments[Restore.force])
            context.output.note("restored the database and \(summary.storedFiles) stored file(s) from \(file.path)")
            if summary.removedFiles > 0 {
                context.output.note(
                    "removed \(summary.removedFiles) stored file(s) of the replaced database that the backup does not have"
                )
            }
        })

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}

// `jobhunt user export`: everything a person owns, machine-readable (GDPR Art. 20).
import Foundation
import JobHuntKernel
import JobHuntPrivacy

extension UserCommands {
    enum Export: ArgumentKeys {
        static let email: PositionalKey<String?> = .optional(
            "EMAIL", help: "Whose data (default: yours; another's needs an administrator)")
        static let out: OptionKey<String?> = .value(
            "out", .path, valueName: "DIR|FILE.zip", help: "A new folder, or a zip file to create")
        static let format: OptionKey<String?> = .value(
            "format", .choice(ExportFormat.allCases.map(\.rawValue)), valueName: "FORMAT",
            help: "The tables as json or csv", defaultValue: "json")
        static let options: [any OptionKeyProtocol] = [out, format]
        static let positionals: [any PositionalKeyProtocol] = [email]
    }

    static let export = CommandSpec(
        name: "export",
        abstract: "Export everything a person owns",
        discussion: """
            Writes every row the account owns (tables/<table>.json or .csv: the account without \
            its password hash, the profile with the phone decrypted, skills, experiences, saved \
            searches, applications with history and generated content, tasks, sessions, \
            analytics), the profile as a JSON Resume (resume.json, which `profile import` reads \
            back), the stored files themselves (files/), and manifest.json with each file's size \
            and SHA-256. --out names a new folder (created 0700, files 0600) or, ending in .zip, \
            a zip archive. docs/privacy.md describes the format.
            """,
        keys: Export.self,
        examples: [
            "jobhunt user export --out my-data.zip", "jobhunt user export grace@example.com --out grace/ --format csv",
        ],
        run: { context in
            guard let out = context.arguments[Export.out] else {
                throw CLIError.usage("missing --out", remedy: "pass --out DIR or --out FILE.zip")
            }
            let services = try context.services()
            let actor = try context.actingUser()
            let target =
                try context.arguments[Export.email].map { try PrivacyAccess(services: services).account(email: $0) }
                ?? actor.user
            let format = ExportFormat(rawValue: context.arguments[Export.format] ?? "json") ?? .json
            let report = try ExportService(services: services).export(
                target, actor: actor, to: URL(fileURLWithPath: out), format: format)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
                return
            }
            context.output.print(report.destination)
            let rows = report.rows.values.reduce(0, +)
            context.output.note(
                "exported \(target.email): \(rows) rows in \(report.rows.count) tables, \(report.files.count) files and a manifest"
            )
        })
}

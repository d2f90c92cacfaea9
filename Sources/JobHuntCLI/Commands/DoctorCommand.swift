// `jobhunt doctor`: checks that every configured service really works.
import Foundation
import JobHuntKernel

enum DoctorCommand {
    static let spec = CommandSpec(
        name: "doctor",
        abstract: "Check that the database, cache, file store and encryption key work",
        discussion: """
            Uses each configured service for real: reads the schema version, round-trips a value \
            through Redis, writes, reads back and deletes an object in the file store or S3 bucket, \
            and encrypts and decrypts a field with the configured key. Exits 1 when any check \
            fails, so it fits deploy scripts and cron. Prints no secrets.
            """,
        examples: ["jobhunt doctor", "jobhunt doctor --json", "JOBHUNT_REDIS_URL=redis://cache:6379/0 jobhunt doctor"],
        run: { context in
            let checks = HealthCheckService(services: try context.services()).run().map(RemedyText.spelled)
            if checks.contains(where: { $0.status == .failed }) { context.exitStatus = .failure }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(checks, pretty: context.output.stdoutIsTerminal))
                return
            }
            let style = context.output.style
            var table = TextTable(columns: [.init("CHECK"), .init("STATUS"), .init("DETAIL")])
            for check in checks {
                let status: String
                switch check.status {
                case .ok: status = style.green("ok")
                case .warning: status = style.yellow("warning")
                case .failed: status = style.red("failed")
                }
                table.append([check.name, status, check.detail])
            }
            context.printTable(table)
        }
    )
}

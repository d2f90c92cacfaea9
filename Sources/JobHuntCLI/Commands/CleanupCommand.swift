// `jobhunt cleanup`: retention, from cron. The policy comes from the
// `cleanup.*` settings, overridden per run with --older-than.
import Foundation
import JobHuntKernel
import JobHuntPrivacy

enum CleanupCommand {
    enum Keys: ArgumentKeys {
        static let dryRun: OptionKey<Bool> = .flag(
            "dry-run", help: "Print what would go (counts; the ids with -v) and change nothing")
        static let olderThan: OptionKey<[String]> = .repeatable(
            "older-than", .string, valueName: "KIND=PERIOD",
            help: "Override one retention period for this run: postings, tasks, browser-sessions or files = Nd|Nw|Nm|Ny"
        )
        static let options: [any OptionKeyProtocol] = [dryRun, olderThan]
    }

    static let spec = CommandSpec(
        name: "cleanup",
        abstract: "Delete what retention says has expired",
        discussion: """
            Deletes job postings older than a year (by created_at) that no application points at; \
            archives tasks completed more than six months ago into automation_tasks_archive and \
            deletes them in the same transaction; deletes inactive or expired browser sessions \
            last used more than 30 days ago; and deletes stored files no row refers to any more. \
            Periods come from the cleanup.* settings (docs/privacy.md). Rows go in batches of \
            cleanup.batch_size, each its own transaction, so an interrupted run leaves every \
            finished batch done and can simply be run again. One cleanup runs at a time \
            (a PostgreSQL advisory lock, and a Redis lock when Redis is configured). \
            Meant for cron: `0 3 * * * jobhunt cleanup`. With --json: {dry_run, steps, locks}.
            """,
        keys: Keys.self,
        examples: [
            "jobhunt cleanup --dry-run -v", "jobhunt cleanup --older-than postings=18m --older-than tasks=90d",
            "jobhunt cleanup --json",
        ],
        run: { context in
            let policy = try policy(context)
            let report = try CleanupService(services: try context.services(), policy: policy).run(
                dryRun: context.arguments[Keys.dryRun], listIDs: context.globals.verbosity > 0)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
                return
            }
            var table = TextTable(columns: [
                .init("TABLE"), .init("ACTION"), .init("OLDER THAN"),
                .init(report.dryRun ? "WOULD GO" : "COUNT", alignment: .right),
            ])
            for step in report.steps {
                table.append([step.table, step.action, step.olderThan.description, "\(step.count)"])
            }
            context.printTable(table)
            for step in report.steps where !(step.ids ?? []).isEmpty {
                context.output.print("")
                context.output.print("\(step.table):")
                for id in step.ids ?? [] { context.output.print("  \(id)") }
            }
            if report.dryRun { context.output.note("dry run: nothing was changed") }
        })

    /// The settings' periods, then each --older-than on top.
    static func policy(_ context: CommandContext) throws -> RetentionPolicy {
        let settings = try context.configuredSettings()
        var policy = RetentionPolicy()
        func period(_ key: String) throws -> RetentionPeriod? {
            guard let text = settings.value(key) else { return nil }
            guard let period = RetentionPeriod(parsing: text) else {
                throw CLIError.usage("\(key) '\(text)' is not a period", remedy: "use Nd, Nw, Nm or Ny, e.g. 365d")
            }
            return period
        }
        if let value = try period("cleanup.postings_older_than") { policy.postings = value }
        if let value = try period("cleanup.tasks_older_than") { policy.tasks = value }
        if let value = try period("cleanup.browser_sessions_older_than") { policy.browserSessions = value }
        if let value = try period("cleanup.files_older_than") { policy.files = value }
        if let prefix = settings.value("cleanup.files_prefix") { policy.filesPrefix = prefix }
        if let text = settings.value("cleanup.batch_size") {
            guard let size = Int(text), (1...100_000).contains(size) else {
                throw CLIError.usage(
                    "cleanup.batch_size '\(text)' is not a whole number from 1 to 100000", remedy: "e.g. 1000")
            }
            policy.batchSize = size
        }
        for override in context.arguments[Keys.olderThan] {
            let parts = override.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, RetentionPolicy.kinds.contains(parts[0]),
                let period = RetentionPeriod(parsing: parts[1])
            else {
                throw CLIError.usage(
                    "--older-than '\(override)' is not KIND=PERIOD",
                    remedy: "KIND is \(RetentionPolicy.kinds.joined(separator: ", ")); PERIOD is Nd, Nw, Nm or Ny")
            }
            try policy.set(parts[0], period)
        }
        return policy
    }
}

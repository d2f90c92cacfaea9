// `jobhunt migrate`: move the database schema up and down and show where it stands.
import Foundation
import JobHuntKernel

enum MigrateCommands {
    static let spec = CommandSpec(
        name: "migrate",
        abstract: "Create or upgrade the database schema",
        discussion: """
            The schema is compiled into jobhunt. The embedded SQLite database migrates itself on \
            first use; a PostgreSQL database is only changed by these commands, so an operator \
            decides when a shared database is upgraded. Each migration runs in one transaction: a \
            failing step leaves the schema as it was and names the statement. Several processes \
            may run `migrate up` at once; each step is applied exactly once.
            """,
        subcommands: [up, down, status, redo],
        examples: [
            "jobhunt migrate up", "jobhunt migrate status --json",
            "jobhunt --db postgresql://localhost/jobhunt migrate up",
        ]
    )

    /// The option of `up`.
    enum Up: ArgumentKeys {
        static let to: OptionKey<Int?> = .value(
            "to", .integer(1...999), valueName: "N", help: "Stop after migration number N")
        static let options: [any OptionKeyProtocol] = [to]
    }

    /// The option of `redo`, which `down` shares: destructive steps ask first unless told yes.
    enum Redo: ArgumentKeys {
        static let yes: OptionKey<Bool> = .flag("yes", short: "y", help: "Do not ask for confirmation")
        static let options: [any OptionKeyProtocol] = [yes]
    }

    /// The option and positional of `down`.
    enum Down: ArgumentKeys {
        static let count: PositionalKey<Int?> = .optional(
            "N", .integer(1...999), help: "How many migrations to revert")
        static let options: [any OptionKeyProtocol] = [Redo.yes]
        static let positionals: [any PositionalKeyProtocol] = [count]
    }

    /// The option of `status`.
    enum Status: ArgumentKeys {
        static let check: OptionKey<Bool> = .flag("check", help: "Exit 1 when migrations are pending or unknown")
        static let options: [any OptionKeyProtocol] = [check]
    }

    static let up = CommandSpec(
        name: "up",
        abstract: "Apply every pending migration",
        keys: Up.self,
        examples: ["jobhunt migrate up", "jobhunt migrate up --to 3"],
        run: { context in
            let service = SchemaService(store: try context.dataStore())
            let applied = try service.up(to: context.arguments[Up.to])
            try printSteps(applied, verb: "applied", context: context)
        }
    )

    static let down = CommandSpec(
        name: "down",
        abstract: "Revert the newest migrations (1 unless N is given)",
        discussion:
            "Reverting drops tables and the data in them. Asks for confirmation on a terminal; elsewhere pass --yes.",
        keys: Down.self,
        examples: ["jobhunt migrate down", "jobhunt migrate down 2 --yes"],
        run: { context in
            let steps = context.arguments[Down.count] ?? 1
            try confirmDestructive("revert \(steps) migration(s), dropping their tables and data", context: context)
            let reverted = try SchemaService(store: try context.dataStore()).down(steps: steps)
            try printSteps(reverted, verb: "reverted", context: context)
        }
    )

    static let redo = CommandSpec(
        name: "redo",
        abstract: "Revert the newest migration and apply it again",
        discussion:
            "For developing a migration. Drops the newest step's tables and data; asks first on a terminal, elsewhere pass --yes.",
        keys: Redo.self,
        run: { context in
            try confirmDestructive("revert and re-apply the newest migration, dropping its data", context: context)
            let step = try SchemaService(store: try context.dataStore()).redo()
            try printSteps(step.map { [$0] } ?? [], verb: "redone", context: context)
        }
    )

    static let status = CommandSpec(
        name: "status",
        abstract: "Show which migrations are applied and which are pending",
        discussion: "With --check, exits 1 when the schema is not current, for deploy scripts and cron.",
        keys: Status.self,
        examples: ["jobhunt migrate status", "jobhunt migrate status --json", "jobhunt -q migrate status --check"],
        run: { context in
            let report = try SchemaService(store: try context.dataStore()).report()
            if context.arguments[Status.check], report.pendingCount > 0 || !report.unknownVersions.isEmpty {
                context.exitStatus = .failure
            }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(report.steps))
                return
            }
            context.output.print("database: \(report.location) (\(report.engine))")
            var table = TextTable(columns: [.init("MIGRATION"), .init("STATE")])
            for step in report.steps {
                table.append([step.version, step.appliedAt.map { "applied \($0.formatted(.iso8601))" } ?? "pending"])
            }
            context.printTable(table)
            for unknown in report.unknownVersions {
                context.output.warn(
                    "\(unknown) is applied but unknown to this jobhunt (a newer version migrated this database)")
            }
            let pending = report.pendingCount
            context.output.note(pending == 0 ? "schema is current" : "\(pending) pending; run `jobhunt migrate up`")
        }
    )

    private static func printSteps(_ steps: [SchemaStep], verb: String, context: CommandContext) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(steps.map { ["version": $0.version, "result": verb] }))
            return
        }
        if steps.isEmpty {
            context.output.note("nothing to do: the schema is already where it should be")
        }
        for step in steps { context.output.print("\(verb) \(step.version)") }
    }

    /// Asks on a terminal; elsewhere requires `--yes`, so a script never drops data by accident.
    private static func confirmDestructive(_ action: String, context: CommandContext) throws {
        if context.arguments[Redo.yes] { return }
        guard context.output.stdinIsTerminal else {
            throw CLIError.usage("refusing to \(action) without confirmation", remedy: "pass --yes")
        }
        FileHandle.standardError.write(Data("jobhunt: \(action)? [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            throw CLIError.failure("cancelled", remedy: "nothing was changed")
        }
    }
}

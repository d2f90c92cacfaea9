// `jobhunt user forget EMAIL`: erase a person (GDPR Art. 17), after asking.
import Foundation
import JobHuntKernel
import JobHuntPrivacy

extension UserCommands {
    enum Forget: ArgumentKeys {
        static let email: PositionalKey<String> = .required("EMAIL", .email, help: "The account to forget")
        static let yes: OptionKey<Bool> = .flag("yes", short: "y", help: "Do not ask for confirmation")
        static let dryRun: OptionKey<Bool> = .flag("dry-run", help: "Count what would go and change nothing")
        static let options: [any OptionKeyProtocol] = [yes, dryRun]
        static let positionals: [any PositionalKeyProtocol] = [email]
    }

    static let forget = CommandSpec(
        name: "forget",
        abstract: "Erase a person and everything they own",
        discussion: """
            Deletes the account and everything it owns: profile, skills, experiences, saved \
            searches, applications with their history and generated content, tasks (archived ones \
            too), browser and login sessions, its cache keys and its stored files (local or S3). \
            Analytics rows are kept for the totals, with the user replaced by a random anonymous \
            id that nothing links back. Postings and companies are shared and stay. Only the \
            person themself or an administrator (`user admin`) may do it. Asks on a terminal; \
            elsewhere --yes is required. Prints the rows removed per table.
            """,
        keys: Forget.self,
        examples: ["jobhunt user forget grace@example.com", "jobhunt user forget grace@example.com --yes --json"],
        run: { context in
            let services = try context.services()
            let access = PrivacyAccess(services: services)
            let target = try access.account(email: context.arguments[Forget.email])
            let actor = try context.actingUser()
            let dryRun = context.arguments[Forget.dryRun]
            if !dryRun && !context.arguments[Forget.yes] {
                guard context.output.stdinIsTerminal else {
                    throw CLIError.usage(
                        "refusing to forget \(target.email) without confirmation", remedy: "pass --yes")
                }
                FileHandle.standardError.write(
                    Data("jobhunt: forget \(target.email) and everything they own, for good? [y/N] ".utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
                guard answer == "y" || answer == "yes" else {
                    throw CLIError.failure("cancelled", remedy: "nothing was changed")
                }
            }
            let report = try ForgetService(services: services).forget(target, actor: actor, dryRun: dryRun)
            if actor.user.id == target.id, !dryRun { try? context.sessionFile().delete() }
            if context.globals.json {
                context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
                return
            }
            var table = TextTable(columns: [.init("TABLE"), .init("ACTION"), .init("ROWS", alignment: .right)])
            for entry in report.tables { table.append([entry.table, entry.action.rawValue, "\(entry.rows)"]) }
            table.append(["stored files", "delete", "\(report.objects)"])
            if !dryRun { table.append(["cache keys", "delete", "\(report.cacheKeys)"]) }
            context.printTable(table)
            context.output.note(dryRun ? "dry run: nothing was changed" : "forgot \(target.email)")
        })
}

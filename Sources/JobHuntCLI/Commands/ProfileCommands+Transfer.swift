// `jobhunt profile import | export`: JSON Resume in, JSON Resume, JSON or
// Markdown out.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ProfileCommands {
    /// The options and positional of `profile import`.
    enum Import: ArgumentKeys {
        static let replace: OptionKey<Bool> = .flag(
            "replace", help: "Replace stored work history and skills instead of merging")
        static let updateEmail: OptionKey<Bool> = .flag(
            "update-email", help: "Also change your login e-mail to the file's")
        static let dryRun: OptionKey<Bool> = .flag(
            "dry-run", short: "n", help: "Check the file and report what would change, writing nothing")
        static let file: PositionalKey<String> = .required(
            "FILE", .path, help: "A JSON Resume file, or - for stdin")

        static let options: [any OptionKeyProtocol] = [replace, updateEmail, dryRun]
        static let positionals: [any PositionalKeyProtocol] = [file]
    }

    /// The options of `profile export`.
    enum Export: ArgumentKeys {
        static let format: OptionKey<String?> = .value(
            "format", short: "f", .choice(ResumeExportFormat.allCases.map(\.rawValue)), valueName: "FORMAT",
            help: "Output format", defaultValue: ResumeExportFormat.jsonResume.rawValue)
        static let output: OptionKey<String?> = .value(
            "output", short: "o", .path, valueName: "FILE", help: "Write to FILE instead of stdout")

        static let options: [any OptionKeyProtocol] = [format, output]
    }

    static let importResume = CommandSpec(
        name: "import",
        abstract: "Fill your profile, work history and skills from a JSON Resume file",
        discussion: """
            Reads a JSON Resume (jsonresume.org) document: basics become your name and profile, \
            work becomes your work history (highlights as achievements), skills and their keywords \
            become skills, LinkedIn and GitHub profiles become links. The whole file is checked \
            before anything is written, and then written in one transaction: a bad file changes \
            nothing and the error names the field (work[2].startDate: not a date). Positions are \
            merged by company, title and start date; --replace makes the file your whole history. \
            Your login e-mail changes only with --update-email. FILE - reads standard input.
            """,
        keys: Import.self,
        examples: ["jobhunt profile import resume.json", "jobhunt profile import resume.json --dry-run --json"],
        run: { context in
            let path = context.arguments[Import.file]
            let data = try readInput(path)
            let report = try ProfileTransferService(services: try context.services()).importResume(
                data, for: try context.actingUser(),
                options: ProfileImportOptions(
                    replace: context.arguments[Import.replace], updateEmail: context.arguments[Import.updateEmail],
                    dryRun: context.arguments[Import.dryRun]), fileName: path == "-" ? "standard input" : path)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
            } else {
                printReport(report, context: context)
            }
        })

    static let exportResume = CommandSpec(
        name: "export",
        abstract: "Write your profile as JSON Resume, JSON or Markdown",
        discussion: """
            json-resume is the jsonresume.org format (import it again, or render it with any JSON \
            Resume theme); json is jobhunt's own rows keyed by the database's column names; \
            markdown is a readable résumé. Writes to stdout, or to --output (created 0600: it \
            holds your phone number).
            """,
        keys: Export.self,
        examples: ["jobhunt profile export > resume.json", "jobhunt profile export -f markdown -o resume.md"],
        run: { context in
            let format = ResumeExportFormat(rawValue: context.arguments[Export.format] ?? "") ?? .jsonResume
            let export = try ProfileTransferService(services: try context.services()).export(
                for: try context.actingUser())
            let data = export.rendered(as: format)
            if let output = context.arguments[Export.output] {
                try PrivateFileWriter.save(String(decoding: data, as: UTF8.self), to: URL(fileURLWithPath: output))
                context.output.note("wrote \(output)")
            } else {
                context.output.print(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines))
            }
        })

    private static func readInput(_ path: String) throws -> Data {
        if path == "-" { return try FileHandle.standardInput.readToEndRetryingInterrupts() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.failure("cannot read \(path)", remedy: "check the path and its permissions")
        }
        return data
    }

    private static func printReport(_ report: ProfileImportReport, context: CommandContext) {
        let verb = report.dryRun ? "would " : ""
        let fields = report.profileFields.isEmpty ? "no profile fields" : report.profileFields.joined(separator: ", ")
        context.output.print("profile: \(verb)set \(fields)")
        context.output.print(
            "experiences: \(verb)add \(report.experiencesAdded), update \(report.experiencesUpdated)"
                + (report.experiencesRemoved > 0 ? ", remove \(report.experiencesRemoved)" : ""))
        context.output.print(
            "skills: \(verb)add \(report.skillsAdded), update \(report.skillsUpdated)"
                + (report.skillsRemoved > 0 ? ", remove \(report.skillsRemoved)" : ""))
        if report.emailChanged { context.output.print("e-mail: \(verb)changed") }
        if let ignored = report.ignoredEmail {
            context.output.note(
                "the file's e-mail \(ignored) differs from your login; kept yours (use --update-email to change it)")
        }
        for notice in report.notices ?? [] { context.output.note(notice) }
        if report.dryRun { context.output.note("dry run: nothing was written") }
    }
}

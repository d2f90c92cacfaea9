// `jobhunt apply submit APP --via manual|email|browser`: send an application
// through a channel the employer offers, after a preview and a confirmation
// (or --yes), and record what was sent. Never without a person's say-so:
// without a terminal and without --yes it refuses, so cron cannot send by accident.
import Foundation
import JobHuntBrowser
import JobHuntKernel
import JobHuntSubmission

enum ApplySubmitCommand {
    enum Keys: ArgumentKeys {
        static let application: PositionalKey<String> = .required(
            "APP", help: "The application: its handle from `status list`, its id, or a unique start or end of it")
        static let via: OptionKey<String?> = .value(
            "via", .choice(SubmissionChannelKind.names), valueName: "CHANNEL",
            help: "How to send it: manual (you send it, jobhunt records it), email, or browser")
        static let dryRun: OptionKey<Bool> = .flag(
            "dry-run", help: "Do everything but send: print what would be sent, write nothing")
        static let yes: OptionKey<Bool> = .flag(
            "yes", short: "y", help: "Send without asking, even documents not yet approved")
        static let to: OptionKey<String?> = .value(
            "to", .string, valueName: "ADDRESS",
            help:
                "The employer's address (email; default: a mailto: job URL), or the form's URL (browser; default: the job URL)"
        )
        static let body: OptionKey<String?> = .value(
            "body", .string, valueName: "TEXT", help: "A short note as the message text instead of the cover letter")
        static let answer: OptionKey<[String]> = .repeatable(
            "answer", .string, valueName: "QUESTION=ANSWER",
            help: "An answer to one of the form's own questions (browser; repeatable)")
        static let options: [any OptionKeyProtocol] = [via, dryRun, yes, to, body, answer]
        static let positionals: [any PositionalKeyProtocol] = [application]
    }

    static let spec = CommandSpec(
        name: "submit",
        abstract: "Send an application by hand, by e-mail or through the employer's form",
        discussion: """
            Sends a pending application once and records what was sent: the recipient or URL, \
            each document's id and SHA-256, and the channel's receipt (the mail server's reply \
            with its queue id). The application then becomes submitted (application_method \
            manual or automated, a history row by system). --via manual opens the posting \
            (xdg-open when there is a display, else prints the URL) and records the submission \
            once you confirm you sent it. --via email sends a MIME message over SMTP (settings \
            smtp.url, smtp.username, smtp.password, smtp.from) to --to ADDRESS or the \
            application's mailto: URL, with the cover letter (or --body) as text and the résumé \
            and cover letter attached as PDF (HTML, with a warning, when no PDF was made). \
            --via browser fills the employer's hosted form (Greenhouse, Lever, or a generic form \
            at --to URL or the job URL) in a headless Chromium with your profile and uploads the \
            résumé; a question it cannot answer stops it and is listed (answer with --answer \
            'QUESTION=ANSWER'), and a CAPTCHA or block stops it for good: finish by hand, then \
            record it with --via manual. \
            On a terminal it shows what will be sent and asks; --yes sends without asking, \
            also documents not approved with `apply approve`; without a terminal and without \
            --yes it refuses (exit 2). --dry-run prints what would be sent and writes nothing. \
            A failed send leaves the application pending, notes the error in its history and \
            queues a retry (automation_tasks). Submissions to one place keep \
            submission.min_interval_seconds apart. docs/submission.md has the details.
            """,
        keys: Keys.self,
        examples: [
            "jobhunt apply submit 7c1e9a20 --via email --to jobs@acme.example --dry-run",
            "jobhunt apply submit 7c1e9a20 --via email --to jobs@acme.example",
            "jobhunt apply submit 7c1e9a20 --via manual",
        ],
        run: { context in try run(context) })

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        guard let via = arguments[Keys.via].flatMap(SubmissionChannelKind.init(rawValue:)) else {
            throw CLIError.usage("apply submit needs --via", remedy: "give --via manual, --via email or --via browser")
        }
        let dryRun = arguments[Keys.dryRun]
        let yes = arguments[Keys.yes]
        if !dryRun, !yes, !context.output.stdinIsTerminal {
            throw CLIError.usage(
                "refusing to submit \(arguments[Keys.application]) without confirmation",
                remedy: "pass --yes to send it, or --dry-run to see what would be sent")
        }
        // One Message-ID for the preview and the send, so what was shown is what goes.
        let service = try submissionService(context, messageID: UUID())
        let acting = try context.actingUser()
        var answers: [String: String] = [:]
        for pair in arguments[Keys.answer] {
            guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                throw CLIError.usage("invalid value '\(pair)' for '--answer'", remedy: "write QUESTION=ANSWER")
            }
            answers[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        var request = SubmissionRequest(
            application: arguments[Keys.application], channel: via, dryRun: dryRun, confirmed: true,
            recipient: arguments[Keys.to], body: arguments[Keys.body], answers: answers)
        let plan = try checked { try service.prepare(request, for: acting) }
        for warning in plan.warnings { context.output.warn(warning) }
        if dryRun {
            // The channel's rehearsal too (the browser fills the form without submitting).
            let outcome = try checked { try service.submit(request, for: acting) }
            try printDryRun(outcome.plan, rehearsal: outcome.rehearsal, context: context)
            return
        }
        if via == .manual, let url = plan.recipient { open(url, context: context) }
        if !yes {
            printPreview(plan, context: context)
            let question = via == .manual ? "Did you send it, and may jobhunt record it" : "Send it"
            guard ask("\(question)? [y/N] ") else {
                throw CLIError.failure("cancelled", remedy: "nothing was sent or recorded")
            }
        } else if !plan.unapproved.isEmpty {
            context.output.warn(
                "sending the unapproved \(plan.unapproved.map(\.kind.label).joined(separator: " and ")) because of --yes"
            )
        }
        request.confirmed = true
        let outcome = try checked { try service.submit(request, for: acting) }
        try printOutcome(outcome, context: context)
    }

    /// Errors about what the person typed (`--to`) are usage errors.
    static func checked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobHuntError where error.code == .submissionIncomplete && error.field == "to" {
            throw CLIError.usage(error.naming("--to"))
        }
    }

    /// Chromium and chromedriver from PATH (the browser layer reads no environment).
    /// The service with every channel, configured from the settings; the
    /// worker's `application_submission` tasks use the same.
    static func submissionService(_ context: CommandContext, messageID: UUID) throws -> SubmissionService {
        let settings = try context.configuredSettings()
        let interval = settings.value("submission.min_interval_seconds").flatMap { Int($0) } ?? 60
        let email = EmailSettings(
            url: settings.value("smtp.url"), username: settings.value("smtp.username"),
            password: settings.value("smtp.password"), caFile: settings.value("smtp.ca_file"),
            from: settings.value("smtp.from"))
        return SubmissionService(
            services: try context.services(),
            channels: [
                ManualChannel(), EmailChannel(settings: email, makeID: { messageID }),
                BrowserChannel(
                    services: try context.services(), configuration: try ApplyCommands.browserConfiguration(context)),
            ],
            minimumInterval: interval)
    }

    /// Asks on the terminal; anything but y or yes is no.
    static func ask(_ question: String) -> Bool {
        FileHandle.standardError.write(Data("jobhunt: \(question)".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "y" || answer == "yes"
    }

    /// Opens the posting in the desktop's browser when there is a display,
    /// else prints it for the person to open.
    static func open(_ url: String, context: CommandContext) {
        let hasDisplay = [context.environment["DISPLAY"], context.environment["WAYLAND_DISPLAY"]].contains {
            !($0 ?? "").isEmpty
        }
        if hasDisplay, url.lowercased().hasPrefix("http") {
            let opened = try? context.services().processRunner.run(
                ProcessCommand("/usr/bin/env", ["xdg-open", url], output: .discard))
            if opened?.status == 0 {
                context.output.note("opened \(url)")
                return
            }
        }
        context.output.note("apply at: \(url)")
    }
}

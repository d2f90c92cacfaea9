// `jobhunt profile experience add | list`: the acting user's work history.
import Foundation
import JobHuntKernel
import JobHuntProfiles

enum ExperienceCommands {
    static let spec = CommandSpec(
        name: "experience",
        aliases: ["exp"],
        abstract: "Keep your work history",
        discussion: """
            Each job has a company, a title, a start date and either an end date or --current. \
            Dates are YYYY-MM (the 1st of the month) or YYYY-MM-DD. A job is named by its id as \
            `list` shows it, or any unique prefix of 4 or more characters.
            """,
        subcommands: [add, list, edit, remove])

    /// Option name → column, for errors that name the option typed.
    static let labels = [
        "company_name": "company", "job_title": "title", "start_date": "start", "end_date": "end",
        "description": "description", "achievements": "achievement", "technologies_used": "tech",
    ]

    /// The options `add` and `edit` share, and the positional that names a job.
    enum Job {
        static let company: OptionKey<String?> = .value("company", .string, valueName: "NAME", help: "The employer")
        static let title: OptionKey<String?> = .value(
            "title", .string, valueName: "TITLE", help: "Your job title there")
        static let start: OptionKey<String?> = .value(
            "start", .string, valueName: "DATE", help: "First month or day: YYYY-MM or YYYY-MM-DD")
        static let end: OptionKey<String?> = .value(
            "end", .string, valueName: "DATE", help: "Last month or day: YYYY-MM or YYYY-MM-DD")
        static let description: OptionKey<String?> = .value(
            "description", .string, valueName: "TEXT", help: "What the job was ('-' reads stdin)")
        static let achievement: OptionKey<[String]> = .repeatable(
            "achievement", .string, valueName: "TEXT", help: "Something you achieved there")
        static let tech: OptionKey<[String]> = .repeatable(
            "tech", .string, valueName: "NAME", help: "A technology you used there")

        static let options: [any OptionKeyProtocol] = [company, title, start, end, description, achievement, tech]

        static let id: PositionalKey<String> = .required(
            "ID", help: "The job's id, or a unique prefix of 4 or more characters (see `experience list`)")
    }

    /// The options of `add`.
    enum Add: ArgumentKeys {
        static let current: OptionKey<Bool> = .flag("current", help: "You still work there (instead of --end)")
        static let options: [any OptionKeyProtocol] = Job.options + [current]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Add a job to your work history",
        discussion: "Prints the new job's id. Known technologies are stored by their usual name (k8s → Kubernetes).",
        keys: Add.self,
        examples: [
            "jobhunt profile experience add --company Acme --title 'Staff Engineer' --start 2021-03 --current --tech Swift --tech PostgreSQL",
            "jobhunt profile experience add --company Initech --title Engineer --start 2016-01 --end 2021-02 --achievement 'Cut build times by 60%'",
        ],
        run: { context in
            let arguments = context.arguments
            guard let company = arguments[Job.company], let title = arguments[Job.title],
                let start = arguments[Job.start]
            else {
                throw CLIError.usage(
                    "a job needs --company, --title and --start", remedy: "give all three, and --end DATE or --current")
            }
            let acting = try context.actingUser()
            let job = try ProfileCommands.relabeled(labels) {
                let new = NewExperience(
                    companyName: company, jobTitle: title,
                    startDate: try Experience.date(from: start, field: "start_date"),
                    endDate: try arguments[Job.end].map { try Experience.date(from: $0, field: "end_date") },
                    isCurrent: arguments[Add.current], description: try ProfileCommands.text(context, Job.description),
                    achievements: arguments[Job.achievement], technologies: arguments[Job.tech])
                return try ExperienceService(services: try context.services()).add(new, for: acting)
            }
            try printJob(job, context: context, note: "added")
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List your work history, newest first",
        discussion: "Current jobs first, then by start date, latest first. --json prints every column.",
        examples: ["jobhunt profile experience list", "jobhunt profile experience list --json"],
        run: { context in
            let jobs = try ExperienceService(services: try context.services()).list(for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(jobs, pretty: context.output.stdoutIsTerminal))
                return
            }
            guard !jobs.isEmpty else {
                context.output.note("no work history yet: add a job with `jobhunt profile experience add`")
                return
            }
            var table = TextTable(columns: [.init("ID"), .init("PERIOD"), .init("TITLE"), .init("COMPANY")])
            for job in jobs { table.append([job.shortID, period(job), job.jobTitle, job.companyName]) }
            context.printTable(table)
        })

    /// `2021-03 – now`, `2016-01 – 2021-02`: months, as resumes show them.
    static func period(_ job: Experience) -> String {
        func month(_ day: CalendarDate) -> String { String(day.description.prefix(7)) }
        return "\(month(job.startDate)) – \(job.endDate.map(month) ?? "now")"
    }

    /// The id on stdout (for scripts) and a note for people, or the job as JSON.
    static func printJob(_ job: Experience, context: CommandContext, note: String) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(job, pretty: context.output.stdoutIsTerminal))
        } else {
            context.output.print(job.id.uuidString.lowercased())
            context.output.note("\(note) \(job.shortID): \(job.jobTitle), \(job.companyName) (\(period(job)))")
        }
    }
}

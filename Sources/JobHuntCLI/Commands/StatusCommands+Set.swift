// `jobhunt status set` and `status withdraw`: move an application along the
// pipeline, with what came with the move (interviews, an offer, a reason).
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The options and positionals of `status set`.
    enum Set: ArgumentKeys {
        static let status: PositionalKey<String> = .required(
            "STATUS", .choice(ApplicationStatus.names), help: "The status it reached")
        static let note: OptionKey<String?> = .value(
            "note", .string, valueName: "TEXT", help: "What happened, kept in the history")
        static let date: OptionKey<String?> = .value(
            "date", .string, valueName: "WHEN", help: "When it happened (default now; never in the future)")
        static let interview: OptionKey<[String]> = .repeatable(
            "interview", .string, valueName: "WHEN", help: "An interview's date and time (with interviewed; repeatable)"
        )
        static let interviewNote: OptionKey<String?> = .value(
            "interview-note", .string, valueName: "TEXT", help: "About the interviews (who, where, which round)")
        static let offerSalary: OptionKey<Int?> = .value(
            "offer-salary", .integer(0...Int(Int32.max)), valueName: "N", help: "The salary offered (with offered)")
        static let offer: OptionKey<[String]> = .repeatable(
            "offer", .string, valueName: "KEY=VALUE",
            help: "An offer detail such as equity=0.1% (with offered; repeatable)")
        static let reason: OptionKey<String?> = .value(
            "reason", .string, valueName: "TEXT", help: "Why it was rejected (with rejected)")
        static let followUp: OptionKey<CalendarDate?> = .value(
            "follow-up", .date, valueName: "DATE", help: "When to follow up next (YYYY-MM-DD)")
        static let force: OptionKey<Bool> = .flag(
            "force", help: "Allow a move the pipeline refuses (a correction, or reopening)")

        static let options: [any OptionKeyProtocol] = [
            note, date, interview, interviewNote, offerSalary, offer, reason, followUp, force,
        ]
        static let positionals: [any PositionalKeyProtocol] = [One.application, status]
    }

    /// The options of `status withdraw`.
    enum Withdraw: ArgumentKeys {
        static let options: [any OptionKeyProtocol] = [Set.note, Set.date]
        static let positionals: [any PositionalKeyProtocol] = [One.application]
    }

    static let set = CommandSpec(
        name: "set",
        abstract: "Move an application to another status",
        discussion: """
            Allowed moves: pending → submitted or withdrawn; submitted → reviewing, interviewed, \
            offered, rejected or withdrawn; reviewing → interviewed, offered, rejected or \
            withdrawn; interviewed → interviewed (another round), offered, rejected or \
            withdrawn; offered → rejected or withdrawn. Nothing leaves rejected or withdrawn, and \
            nothing goes back, without --force (a correction, kept in the history as forced). \
            Setting the status it already has records the other options given (another \
            interview, a new follow-up date). --interview goes with interviewed, --offer-salary \
            and --offer with offered, --reason with rejected. Moving to submitted, or past it \
            for the first time, sets submitted_at to --date or now. Prints the application's id \
            (--json: the application as `status show --json` prints it).
            """,
        keys: Set.self,
        examples: [
            "jobhunt status set 7c1e9a20 submitted --date 2026-12-01T09:30Z --follow-up 2026-12-08",
            "jobhunt status set 7c1e9a20 interviewed --interview 2026-12-10T15:00Z --interview-note 'phone screen'",
            "jobhunt status set 7c1e9a20 offered --offer-salary 140000 --offer equity=0.1% --offer start=2027-01-10",
            "jobhunt status set 7c1e9a20 rejected --reason 'position filled'",
        ],
        run: { context in
            let arguments = context.arguments
            let acting = try context.actingUser()
            let details = try checked {
                var details: [String: String] = [:]
                for pair in arguments[Set.offer] {
                    guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                        throw CLIError.usage("invalid value '\(pair)' for '--offer'", remedy: "write KEY=VALUE")
                    }
                    details[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
                }
                let change = StatusChange(
                    status: ApplicationStatus(rawValue: arguments[Set.status]) ?? .pending, note: arguments[Set.note],
                    date: try arguments[Set.date].map { try ApplicationTime.parse($0, field: "date") },
                    interviews: try arguments[Set.interview].map {
                        try ApplicationTime.parse($0, field: "interview_dates")
                    },
                    interviewNote: arguments[Set.interviewNote], offerSalary: arguments[Set.offerSalary],
                    offerDetails: details, reason: arguments[Set.reason], followUp: arguments[Set.followUp],
                    force: arguments[Set.force])
                return try service(context).set(arguments[One.application], change, for: acting)
            }
            try printChanged(details, context: context, note: "now")
        })

    static let withdraw = CommandSpec(
        name: "withdraw",
        abstract: "Withdraw an application (you stopped, or declined the offer)",
        discussion: "The same as `status set APP withdrawn`: allowed from every status but rejected and withdrawn.",
        keys: Withdraw.self,
        examples: ["jobhunt status withdraw 7c1e9a20 --note 'took another offer'"],
        run: { context in
            let arguments = context.arguments
            let acting = try context.actingUser()
            let details = try checked {
                let change = StatusChange(
                    status: .withdrawn, note: arguments[Set.note],
                    date: try arguments[Set.date].map { try ApplicationTime.parse($0, field: "date") })
                return try service(context).set(arguments[One.application], change, for: acting)
            }
            try printChanged(details, context: context, note: "now")
        })
}

// `jobhunt status due`: what needs doing today, silent when nothing does, so
// cron can mail it only when there is something to say.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    static let due = CommandSpec(
        name: "due",
        abstract: "List follow-ups due and interviews in the next 7 days",
        discussion: """
            The open applications whose follow-up date is today or past (UTC), and the \
            interviews from now to 7 days ahead, newest application first. Prints nothing and \
            exits 0 when nothing is due, so `jobhunt status due | mail -E -s 'jobhunt' you@example.com` \
            from cron sends mail only when something is. --json writes an array of applications \
            with `due_follow_up` and `due_interviews`, and also nothing at all when nothing is due.
            """,
        examples: [
            "jobhunt status due",
            "0 8 * * * jobhunt -q status due | mail -E -s 'jobhunt: due today' you@example.com",
        ],
        run: { context in
            let actions = try service(context).due(for: try context.actingUser())
            // Nothing due prints nothing, --json included: `mail -E` then sends no mail.
            guard !actions.isEmpty else { return }
            if context.globals.json {
                context.output.print(json(actions))
                return
            }
            printActions(actions, context: context)
        })
}

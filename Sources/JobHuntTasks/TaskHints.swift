// The commands the queue's errors point to; the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// List the acting user's tasks and their ids.
    package static let listTasks = CommandHint("listTasks")
    /// Run a failed task again.
    package static func retryTask(_ id: String) -> CommandHint { CommandHint("retryTask", ["id": id]) }
    /// List the acting user's schedules.
    package static let listSchedules = CommandHint("listSchedules")
}

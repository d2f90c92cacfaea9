// Which task types this build runs: the composition root fills the queue's
// handler registry. A feature that implements a task type is wired here with
// one `register` line, replacing the placeholder that fails its tasks.
import Foundation
import JobHuntTasks

package enum TaskHandlers {
    /// The registry every `tasks`, `schedule` and `worker` command uses. The
    /// handlers build their feature's service from `context` only when a task
    /// runs, so `tasks list` loads no model and starts no browser.
    package static func registry(_ context: CommandContext) -> TaskHandlerRegistry {
        var registry = TaskHandlerRegistry.standard(version: Entry.version)
        for type in [TaskType.resumeGeneration, .coverLetterGeneration] {
            registry.register(DocumentTaskHandler(type: type) { try ApplyCommands.service(context) })
        }
        registry.register(
            SubmissionTaskHandler { try ApplySubmitCommand.submissionService(context, messageID: UUID()) })
        registry.register(AnalyticsTaskHandler { try AnalyticsCommands.service(context) })
        return registry
    }
}

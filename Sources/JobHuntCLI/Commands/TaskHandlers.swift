// Which task types this build runs: the composition root fills the queue's
// handler registry. A feature that implements a task type is wired here with
// one `register` line, replacing the placeholder that fails its tasks:
//
//     registry.register(ResumeGenerationTaskHandler(...))
import Foundation
import JobHuntTasks

package enum TaskHandlers {
    /// The registry every `tasks`, `schedule` and `worker` command uses.
    package static func registry() -> TaskHandlerRegistry {
        let registry = TaskHandlerRegistry.standard(version: Entry.version)
        // Generation and submission register here when their features land.
        return registry
    }
}

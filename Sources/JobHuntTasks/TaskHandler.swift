// The seam between the queue and the features that do the work: one handler
// per task type, registered by the composition root (the CLI), so this target
// needs none of the features it runs and a new feature is wired with one
// `register` call.
import Foundation
import JobHuntKernel

/// What a handler is asked to check before a task is stored.
package struct TaskRequest: Sendable {
    package var type: TaskType
    package var config: TaskConfig
    package var applicationID: UUID?
    /// The user the task runs as.
    package var user: ActingUser

    package init(type: TaskType, config: TaskConfig, applicationID: UUID?, user: ActingUser) {
        self.type = type
        self.config = config
        self.applicationID = applicationID
        self.user = user
    }
}

/// Runs one task type.
///
/// `validate` is called at `tasks add` and `schedule add` (so a task that
/// cannot run is refused there, not discovered at 3 a.m.) and again before
/// each run (a saved search may have been deleted since): throwing there
/// fails the task for good. `run` does the work as `request.user` and
/// returns a JSON object's text for `result_data`; it must be safe to run
/// again after a crash (discovery upserts, generation replaces its own rows,
/// submission checks the application is still unsubmitted). It throws
/// ``PermanentTaskError`` when retrying cannot help; anything else it throws
/// is retried with backoff up to the task's `max_retries`.
package protocol TaskHandler: Sendable {
    var type: TaskType { get }
    /// One line for `--help` and the docs: what the type does and its keys.
    var summary: String { get }
    func validate(_ request: TaskRequest, services: Services) throws
    func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String
}

/// The handlers this build runs, by type. The CLI fills it
/// (`TaskHandlerRegistry.standard(version:)` then `register` for each feature
/// that provides one); the last registration for a type wins.
package struct TaskHandlerRegistry: Sendable {
    private var handlers: [TaskType: any TaskHandler] = [:]

    package init(_ handlers: [any TaskHandler] = []) {
        for handler in handlers { register(handler) }
    }

    /// Adds `handler`, replacing any earlier one for its type.
    package mutating func register(_ handler: any TaskHandler) {
        handlers[handler.type] = handler
    }

    package func handler(for type: TaskType) -> (any TaskHandler)? { handlers[type] }

    /// Every registered type, the seed's four first, then the rest by name.
    package var types: [TaskType] {
        let standard = TaskType.standard.filter { handlers[$0] != nil }
        return standard + handlers.keys.filter { !TaskType.standard.contains($0) }.sorted()
    }

    /// The handler for a type name, or an error listing the types there are.
    package func handler(named name: String) throws -> any TaskHandler {
        guard let handler = handlers[TaskType(rawValue: name)] else {
            throw JobHuntError.taskUnknownType(name, known: types)
        }
        return handler
    }

    /// Job discovery, which this target implements, and the three
    /// application types, which features outside it implement: until they
    /// are registered over these, tasks of those types are accepted when their
    /// application is valid and fail at run time saying the feature is missing.
    package static func standard(version: String) -> TaskHandlerRegistry {
        TaskHandlerRegistry([
            DiscoveryTaskHandler(version: version),
            UnavailableApplicationTaskHandler(type: .resumeGeneration, feature: "résumé generation"),
            UnavailableApplicationTaskHandler(type: .coverLetterGeneration, feature: "cover-letter generation"),
            UnavailableApplicationTaskHandler(
                type: .applicationSubmission, feature: "application submission", requiredKeys: ["channel"]),
        ])
    }
}

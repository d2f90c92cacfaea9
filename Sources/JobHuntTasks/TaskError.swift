// The task queue's error codes, and the one marker a handler throws when a
// task can never succeed (so the worker fails it at once instead of retrying).
import Foundation
import JobHuntKernel

extension JobHuntError.Code {
    /// The type is not one this build can run.
    package static let taskUnknownType = Self("taskUnknownType")
    /// The configuration is one the type cannot run (refused at `tasks add`).
    package static let taskInvalidConfig = Self("taskInvalidConfig")
    /// A value out of range: a priority, a retry count, a time.
    package static let taskInvalidValue = Self("taskInvalidValue")
    /// No task of the acting user has this id (another user's is "not found" too).
    package static let taskNotFound = Self("taskNotFound")
    /// A short id matches several of the acting user's tasks.
    package static let taskAmbiguous = Self("taskAmbiguous")
    /// The task is in a state the change does not apply to.
    package static let taskWrongState = Self("taskWrongState")
    /// The type is known but this build has nothing that runs it.
    package static let taskUnavailable = Self("taskUnavailable")
    /// No schedule of the acting user has this name.
    package static let scheduleNotFound = Self("scheduleNotFound")
    /// The acting user already has a schedule of this name.
    package static let scheduleDuplicate = Self("scheduleDuplicate")
    /// The cron expression cannot be read.
    package static let scheduleInvalidCron = Self("scheduleInvalidCron")
}

extension JobHuntError {
    package static func taskInvalidConfig(_ problem: String) -> JobHuntError {
        JobHuntError(.taskInvalidConfig, problem, remedy: "docs/worker.md lists the keys each task type takes")
    }

    package static func taskInvalid(_ field: String, _ problem: String) -> JobHuntError {
        JobHuntError(.taskInvalidValue, field: field, problem)
    }

    static func taskUnknownType(_ name: String, known: [TaskType]) -> JobHuntError {
        JobHuntError(
            .taskUnknownType, "'\(name)' is not a task type",
            remedy: "use one of \(known.map(\.rawValue).joined(separator: ", "))")
    }

    static func taskNotFound(_ reference: String) -> JobHuntError {
        JobHuntError(
            .taskNotFound, "no task matches '\(reference)'",
            remedy: "give an id \(.listTasks) prints, or a longer part of it")
    }

    static func taskAmbiguous(_ reference: String, count: Int) -> JobHuntError {
        JobHuntError(.taskAmbiguous, "'\(reference)' matches \(count) tasks", remedy: "give more characters of the id")
    }

    static func taskWrongState(_ task: AutomationTask, _ problem: String) -> JobHuntError {
        JobHuntError(.taskWrongState, "task \(task.handle) is \(task.status): \(problem)")
    }

    static func scheduleNotFound(_ name: String) -> JobHuntError {
        JobHuntError(.scheduleNotFound, "no schedule is named '\(name)'", remedy: "see \(.listSchedules)")
    }

    static func scheduleDuplicate(_ name: String) -> JobHuntError {
        JobHuntError(
            .scheduleDuplicate, "a schedule named '\(name)' already exists",
            remedy: "choose another name, or remove it first")
    }
}

/// Thrown by a handler (or wrapped around what it threw) when running the
/// task again cannot help: the configuration no longer makes sense, an
/// approval is missing, this build lacks the feature. The worker fails the
/// task at once with this message; any other error is retried with backoff.
package struct PermanentTaskError: Error, LocalizedError, Sendable {
    package let message: String
    package init(_ message: String) { self.message = message }
    package init(_ error: any Error) {
        message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }
    package var errorDescription: String? { message }
}

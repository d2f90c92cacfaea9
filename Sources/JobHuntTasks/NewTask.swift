// What `tasks add` (and a firing schedule) asks the queue for.
import Foundation
import JobHuntKernel

/// A task to enqueue, before it has an id.
package struct NewTask: Sendable {
    package var type: TaskType
    package var config: TaskConfig
    package var applicationID: UUID?
    /// 1–10, higher first; the seed's default is 5.
    package var priority: Int
    /// Due from then; nil means now.
    package var scheduledAt: Date?
    /// Retries after the first attempt before the task fails.
    package var maxRetries: Int

    package init(
        type: TaskType, config: TaskConfig = TaskConfig(), applicationID: UUID? = nil, priority: Int = 5,
        scheduledAt: Date? = nil, maxRetries: Int = 3
    ) {
        self.type = type
        self.config = config
        self.applicationID = applicationID
        self.priority = priority
        self.scheduledAt = scheduledAt
        self.maxRetries = maxRetries
    }

    static let priorities = 1...10
    static let retries = 0...100

    /// The rules the schema's defaults imply, checked before the database sees them.
    func checkValues() throws {
        guard Self.priorities.contains(priority) else {
            throw JobHuntError.taskInvalid("priority", "\(priority) is not between 1 and 10")
        }
        guard Self.retries.contains(maxRetries) else {
            throw JobHuntError.taskInvalid("max-retries", "\(maxRetries) is not between 0 and 100")
        }
    }
}

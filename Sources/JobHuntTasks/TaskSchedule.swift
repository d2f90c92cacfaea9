// One row of task_schedules: a task that is enqueued again at every slot of
// a cron expression.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// A recurring task of one user.
package struct TaskSchedule: Sendable, Equatable, Encodable {
    package var id: UUID
    package var userID: UUID
    package var name: String
    package var cron: String
    package var type: TaskType
    package var config: TaskConfig
    package var applicationID: UUID?
    package var priority: Int
    package var maxRetries: Int
    /// The latest slot a task was enqueued for (or, before the first, the
    /// slot the schedule was created in, so it does not fire at once).
    package var lastSlot: Date?
    package var createdAt: Date?

    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case name
        case cron = "cron_expression"
        case type = "task_type"
        case config = "task_config"
        case applicationID = "application_id"
        case priority
        case maxRetries = "max_retries"
        case lastSlot = "last_slot"
        case createdAt = "created_at"
    }

    /// The next slot after the last one, for `schedule list`.
    package var nextSlot: Date? {
        guard let expression = try? CronExpression(parsing: cron) else { return nil }
        return expression.next(after: lastSlot ?? createdAt ?? Date())
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(name, forKey: .name)
        try container.encode(cron, forKey: .cron)
        try container.encode(type.rawValue, forKey: .type)
        try container.encode(config, forKey: .config)
        try container.encode(applicationID?.uuidString.lowercased(), forKey: .applicationID)
        try container.encode(priority, forKey: .priority)
        try container.encode(maxRetries, forKey: .maxRetries)
        try container.encode(lastSlot, forKey: .lastSlot)
        try container.encode(createdAt, forKey: .createdAt)
    }

    static let selectColumns: SQL = "\(columns: CodingKeys.allCases)"

    static func decode(_ row: Row) throws -> TaskSchedule {
        let configText = try row.optional(CodingKeys.config, as: JSONText.self)?.text
        return TaskSchedule(
            id: try row.get(CodingKeys.id), userID: try row.get(CodingKeys.userID), name: try row.get(CodingKeys.name),
            cron: try row.get(CodingKeys.cron), type: TaskType(rawValue: try row.get(CodingKeys.type)),
            config: try configText.map { try JSONDecoder().decode(TaskConfig.self, from: Data($0.utf8)) }
                ?? TaskConfig(),
            applicationID: try row.optional(CodingKeys.applicationID), priority: try row.get(CodingKeys.priority),
            maxRetries: try row.get(CodingKeys.maxRetries), lastSlot: try row.optional(CodingKeys.lastSlot),
            createdAt: try row.optional(CodingKeys.createdAt))
    }
}

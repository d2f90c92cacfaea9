// One row of automation_tasks as the queue reads it, and how it decodes.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// A unit of work in the queue, owned by one user.
package struct AutomationTask: Sendable, Equatable, Encodable {
    package var id: UUID
    package var userID: UUID
    package var applicationID: UUID?
    package var type: TaskType
    package var status: TaskStatus
    /// 1–10, higher first.
    package var priority: Int
    /// Due from this instant; a retry moves it forward by its backoff.
    package var scheduledAt: Date?
    package var startedAt: Date?
    package var completedAt: Date?
    /// Attempts that failed or lost their lease and were tried again.
    package var retryCount: Int
    package var maxRetries: Int
    /// The last error: why it failed, or why the previous attempt did.
    package var errorMessage: String?
    package var config: TaskConfig
    /// What the handler returned, a JSON object's text.
    package var resultData: String?
    package var createdAt: Date?
    package var updatedAt: Date?
    /// While running: until when the worker holds it.
    package var leaseUntil: Date?
    /// While running: which worker (host:pid:thread).
    package var workerID: String?

    /// The id's first 8 characters: what `tasks list` prints and commands accept.
    package var handle: String { String(id.uuidString.lowercased().prefix(8)) }

    /// The `automation_tasks` columns, which are also the JSON keys.
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case applicationID = "application_id"
        case type = "task_type"
        case status, priority
        case scheduledAt = "scheduled_at"
        case startedAt = "started_at"
        case completedAt = "completed_at"
        case retryCount = "retry_count"
        case maxRetries = "max_retries"
        case errorMessage = "error_message"
        case config = "task_config"
        case resultData = "result_data"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case leaseUntil = "lease_until"
        case workerID = "worker_id"
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(applicationID?.uuidString.lowercased(), forKey: .applicationID)
        try container.encode(type.rawValue, forKey: .type)
        try container.encode(status, forKey: .status)
        try container.encode(priority, forKey: .priority)
        try container.encode(scheduledAt, forKey: .scheduledAt)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(completedAt, forKey: .completedAt)
        try container.encode(retryCount, forKey: .retryCount)
        try container.encode(maxRetries, forKey: .maxRetries)
        try container.encode(errorMessage, forKey: .errorMessage)
        try container.encode(config, forKey: .config)
        try container.encode(resultData.map(RawJSON.init), forKey: .resultData)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(leaseUntil, forKey: .leaseUntil)
        try container.encode(workerID, forKey: .workerID)
    }

    static let selectColumns: SQL = "\(columns: CodingKeys.allCases)"

    static func decode(_ row: Row) throws -> AutomationTask {
        let configText = try row.optional(CodingKeys.config, as: JSONText.self)?.text
        let config = try configText.map { try JSONDecoder().decode(TaskConfig.self, from: Data($0.utf8)) }
        return AutomationTask(
            id: try row.get(CodingKeys.id), userID: try row.get(CodingKeys.userID),
            applicationID: try row.optional(CodingKeys.applicationID),
            type: TaskType(rawValue: try row.get(CodingKeys.type)),
            status: TaskStatus(rawValue: try row.optional(CodingKeys.status, as: String.self) ?? "pending") ?? .pending,
            priority: try row.optional(CodingKeys.priority) ?? 5,
            scheduledAt: try row.optional(CodingKeys.scheduledAt), startedAt: try row.optional(CodingKeys.startedAt),
            completedAt: try row.optional(CodingKeys.completedAt),
            retryCount: try row.optional(CodingKeys.retryCount) ?? 0,
            maxRetries: try row.optional(CodingKeys.maxRetries) ?? 3,
            errorMessage: try row.optional(CodingKeys.errorMessage), config: config ?? TaskConfig(),
            resultData: try row.optional(CodingKeys.resultData, as: JSONText.self)?.text,
            createdAt: try row.optional(CodingKeys.createdAt), updatedAt: try row.optional(CodingKeys.updatedAt),
            leaseUntil: try row.optional(CodingKeys.leaseUntil), workerID: try row.optional(CodingKeys.workerID))
    }
}

/// A JSON document written into other JSON as itself, not as a string.
struct RawJSON: Encodable {
    let text: String

    func encode(to encoder: any Encoder) throws {
        let value = JSONValue.decode(Data(text.utf8))
        var container = encoder.singleValueContainer()
        try container.encode(value ?? .string(text))
    }
}

// `analytics_rollup` on the worker: the nightly rollup issue 16 asks for, as
// a schedule (`jobhunt schedule add nightly '10 0 * * *' analytics_rollup`).
// It fills the finished days the task's user has no row for, the same call
// every analytics report makes first, so a rerun changes nothing.
import Foundation
import JobHuntAnalytics
import JobHuntKernel
import JobHuntTasks

/// Rolls up the task's user's missing days into `user_analytics`.
struct AnalyticsTaskHandler: TaskHandler {
    static let type = TaskType(rawValue: "analytics_rollup")
    /// Builds the analytics service with the configured time-saved estimates.
    let makeService: @Sendable () throws -> AnalyticsService

    var type: TaskType { Self.type }
    var summary: String { "Roll up your finished days into user_analytics (what `analytics rollup` does)" }

    func validate(_ request: TaskRequest, services: Services) throws {
        if let key = request.config.values.keys.sorted().first {
            throw JobHuntError.taskInvalidConfig("analytics_rollup takes no configuration, not '\(key)'")
        }
    }

    func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        let result = try makeService().ensureRolledUp(for: request.user)
        /// `result_data`: the days written, and their range when there were any.
        struct Summary: Encodable {
            let first: String?
            let last: String?
            let days: Int
        }
        return try JSONWriter.encode(
            Summary(
                first: result.range.map { "\($0.lowerBound)" }, last: result.range.map { "\($0.upperBound)" },
                days: result.days.count))
    }
}

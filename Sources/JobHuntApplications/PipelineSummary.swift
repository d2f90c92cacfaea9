// The pipeline at a glance (`jobhunt status`): how many applications are in
// each status, cached under the seed's `applications:status:{user_id}`.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// How many of the user's applications are in each status.
package struct PipelineSummary: Sendable, Codable, Equatable {
    /// Every status, in pipeline order, with its count (zero included).
    package var counts: [StatusCount]

    package struct StatusCount: Sendable, Codable, Equatable {
        package var status: ApplicationStatus
        package var count: Int
    }

    package var total: Int { counts.reduce(0) { $0 + $1.count } }

    package func count(_ status: ApplicationStatus) -> Int {
        counts.first { $0.status == status }?.count ?? 0
    }
}

/// `jobhunt status`: the counts, then what needs action.
package struct PipelineOverview: Sendable, Encodable {
    package var summary: PipelineSummary
    package var actions: [ActionItem]

    enum CodingKeys: String, CodingKey { case counts, total, actions }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var counts: [String: Int] = [:]
        for entry in summary.counts { counts[entry.status.rawValue] = entry.count }
        try c.encode(counts, forKey: .counts)
        try c.encode(summary.total, forKey: .total)
        try c.encode(actions, forKey: .actions)
    }
}

extension ApplicationService {
    /// How long a cached summary lives if an invalidation is lost (Redis
    /// down during a write): the counts heal by themselves within this.
    static let summaryLifetime: Duration = .seconds(3600)

    /// The counts per status, from the cache when it has them.
    ///
    /// A dead Redis costs one warning (the cache reports it once) and the
    /// counts come from the database; every write drops the cached value.
    package func summary(for user: ActingUser) throws -> PipelineSummary {
        let cache = try services.cache()
        let key = CacheKey.applicationStatus(user.user.id)
        if let cached = cache.value(PipelineSummary.self, for: key) { return cached }
        let db = try services.store.database()
        var counts: [ApplicationStatus: Int] = [:]
        for row in try db.query(
            "SELECT status, COUNT(*) AS n FROM applications WHERE user_id = \(user.user.id) GROUP BY status")
        {
            if let status = ApplicationStatus(rawValue: try row.optional("status") ?? "pending") {
                counts[status, default: 0] += try row.get("n", as: Int.self)
            }
        }
        let summary = PipelineSummary(
            counts: ApplicationStatus.allCases.map { .init(status: $0, count: counts[$0] ?? 0) })
        cache.set(summary, for: key, ttl: Self.summaryLifetime)
        return summary
    }

    /// The open applications with a follow-up due (today or overdue) or an
    /// interview in the next 7 days, newest application first.
    package func due(for user: ActingUser) throws -> [ActionItem] {
        let db = try services.store.database()
        let now = services.now()
        let closed = ApplicationStatus.allCases.filter(\.isClosed).map(\.rawValue)
        let rows = try db.query(
            """
            SELECT \(sql: Self.columns) FROM applications
            WHERE user_id = \(user.user.id) AND \(sql: .isNotIn("status", closed))
                AND (follow_up_date <= \(CalendarDate(utcDayOf: now)) OR interview_dates IS NOT NULL)
            ORDER BY created_at DESC, id DESC
            """)
        return try rows.map(Self.application).compactMap { application in
            let due = DueReasons(application, now: now)
            return due.isEmpty ? nil : ActionItem(application: application, due: due)
        }
    }

    /// The counts and the applications that need action.
    package func overview(for user: ActingUser) throws -> PipelineOverview {
        PipelineOverview(summary: try summary(for: user), actions: try due(for: user))
    }

    /// Drops the cached summary; every write calls it after committing.
    func invalidateSummary(userID: UUID) {
        guard let cache = try? services.cache() else { return }
        cache.delete(.applicationStatus(userID))
    }
}

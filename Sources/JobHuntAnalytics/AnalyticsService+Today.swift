// Today, and the pipeline at a glance, from aggregate statements: the report
// runs these on every call, so they count in the database instead of reading
// one row per application (a user with 10,000 applications pays for ten
// small aggregates, not 10,000 rows; scripts/bench analytics).
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The funnel and the response counts of one user.
struct PipelineCounts: Sendable, Equatable {
    /// How many applications got exactly this far.
    var furthest: [FunnelStage: Int] = [:]
    /// Applications sent before the cut-off.
    var sent = 0
    /// Of those, the ones answered before the cut-off.
    var responded = 0

    /// Applications that reached `stage` or a later one.
    func reached(_ stage: FunnelStage) -> Int {
        furthest.filter { $0.key >= stage }.values.reduce(0, +)
    }
}

extension AnalyticsService {
    /// How far each application got (as of now), and sent and answered before `end`,
    /// with the same rules as ``facts(userID:db:)``.
    func pipelineCounts(userID: UUID, before end: Date, db: Database) throws -> PipelineCounts {
        let greatest = db.dialect == .postgres ? "GREATEST" : "MAX"
        let responses = Self.responseStatuses
        let rows = try db.query(
            """
            SELECT furthest, COUNT(*) AS n, SUM(sent) AS sent, SUM(responded) AS responded FROM (
                SELECT \(sql: .trusted(greatest))(COALESCE(h.furthest, 0),
                        CASE a.status WHEN 'submitted' THEN 1 WHEN 'reviewing' THEN 2 WHEN 'interviewed' THEN 3
                            WHEN 'offered' THEN 4 ELSE 0 END,
                        CASE WHEN a.submitted_at IS NULL THEN 0 ELSE 1 END) AS furthest,
                    CASE WHEN a.submitted_at < \(end) THEN 1 ELSE 0 END AS sent,
                    CASE WHEN a.submitted_at < \(end) AND COALESCE(h.first_response,
                        CASE WHEN \(sql: .isIn("a.status", responses))
                            THEN COALESCE(a.last_status_update, a.updated_at, a.created_at) END) < \(end)
                        THEN 1 ELSE 0 END AS responded
                FROM applications a
                LEFT JOIN (
                    SELECT application_id,
                        MIN(CASE WHEN \(sql: .isIn("status", responses)) THEN created_at END) AS first_response,
                        MAX(CASE status WHEN 'submitted' THEN 1 WHEN 'reviewing' THEN 2 WHEN 'interviewed' THEN 3
                            WHEN 'offered' THEN 4 ELSE 0 END) AS furthest
                    FROM application_status_history
                    WHERE application_id IN (SELECT id FROM applications WHERE user_id = \(userID))
                    GROUP BY application_id
                ) h ON h.application_id = a.id
                WHERE a.user_id = \(userID)
            ) x
            GROUP BY furthest
            """)
        var counts = PipelineCounts()
        for row in rows {
            let stage = FunnelStage(rawValue: try row.optional("furthest", as: Int.self) ?? 0) ?? .pending
            counts.furthest[stage, default: 0] += try row.get("n")
            counts.sent += try row.optional("sent") ?? 0
            counts.responded += try row.optional("responded") ?? 0
        }
        return counts
    }

    /// The funnel from the counts.
    static func funnel(_ counts: PipelineCounts) -> [FunnelStep] {
        var previous: Int?
        return FunnelStage.allCases.map { stage in
            let count = counts.reached(stage)
            defer { previous = count }
            return FunnelStep(
                status: stage.name, count: count, conversion: previous.flatMap { AnalyticsRate.of(count, $0) })
        }
    }

    /// One day's figures from aggregates (the rollup's rules, without reading
    /// every application): what reports show for today.
    func live(_ day: CalendarDate, userID: UUID, db: Database, counts known: PipelineCounts? = nil) throws
        -> DailyAnalytics
    {
        let start = day.startOfDayUTC
        let end = day.endOfDayUTC
        var row = DailyAnalytics(metricDate: day)
        let sent = try db.queryOne(
            """
            SELECT COUNT(*) AS n, SUM(CASE WHEN application_method = 'automated' THEN 1 ELSE 0 END) AS automated
            FROM applications WHERE user_id = \(userID) AND submitted_at >= \(start) AND submitted_at < \(end)
            """)
        row.applicationsSubmitted = try sent?.optional("n") ?? 0
        let automated: Int = try sent?.optional("automated") ?? 0
        row.interviewsScheduled = try firstReached("interviewed", from: start, to: end, userID: userID, db: db)
        row.offersReceived = try firstReached("offered", from: start, to: end, userID: userID, db: db)
        let counts = try known ?? pipelineCounts(userID: userID, before: end, db: db)
        row.responseRate = AnalyticsRate.of(counts.responded, counts.sent)
        row.jobsDiscovered =
            try db.scalar(
                "SELECT COUNT(*) FROM job_postings WHERE created_at >= \(start) AND created_at < \(end)", as: Int.self)
            ?? 0
        for document in try db.query(
            """
            SELECT g.content_type, COUNT(*) AS n FROM generated_content g JOIN applications a ON a.id = g.application_id
            WHERE a.user_id = \(userID) AND g.created_at >= \(start) AND g.created_at < \(end)
                AND g.content_type IN ('resume', 'cover_letter')
            GROUP BY g.content_type
            """)
        {
            let count: Int = try document.get("n")
            if try document.get("content_type", as: String.self) == "resume" {
                row.resumesGenerated = count
            } else {
                row.coverLettersGenerated = count
            }
        }
        row.timeSavedMinutes = estimates.minutes(
            postings: row.jobsDiscovered, documents: row.documentsGenerated, automatedSubmissions: automated)
        return row
    }

    /// Applications whose first `status` history row falls in [start, end), plus
    /// those in `status` with no such row whose last change falls there.
    private func firstReached(_ status: String, from start: Date, to end: Date, userID: UUID, db: Database) throws
        -> Int
    {
        try db.scalar(
            """
            SELECT
                (SELECT COUNT(DISTINCT h.application_id) FROM application_status_history h
                    JOIN applications a ON a.id = h.application_id
                    WHERE a.user_id = \(userID) AND h.status = \(status)
                        AND h.created_at >= \(start) AND h.created_at < \(end)
                        AND NOT EXISTS (SELECT 1 FROM application_status_history e
                            WHERE e.application_id = h.application_id AND e.status = \(status) AND e.created_at < \(start)))
                + (SELECT COUNT(*) FROM applications a
                    WHERE a.user_id = \(userID) AND a.status = \(status)
                        AND COALESCE(a.last_status_update, a.updated_at, a.created_at) >= \(start)
                        AND COALESCE(a.last_status_update, a.updated_at, a.created_at) < \(end)
                        AND NOT EXISTS (SELECT 1 FROM application_status_history e
                            WHERE e.application_id = a.id AND e.status = \(status)))
            """, as: Int.self) ?? 0
    }
}

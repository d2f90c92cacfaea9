// `jobhunt analytics platforms`: `platform_metrics` summed per source over
// the last days: success rate, rate-limit hits, detection events, latency.
// The table names no one, so this is the same for every user.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// One platform's health over a stretch of days.
package struct PlatformHealth: Sendable, Equatable, Encodable {
    package var platformName: String
    /// Days with a row in the stretch.
    package var days: Int
    package var totalJobsScraped: Int
    package var successfulScrapes: Int
    package var failedScrapes: Int
    package var rateLimitHits: Int
    package var detectionEvents: Int
    /// The mean over every timed request, each day's average weighted by its
    /// scrapes (successful + failed); nil when nothing was timed.
    package var averageResponseTimeMs: Int?
    /// successful / (successful + failed), four decimals; nil without scrapes.
    package var successRate: Double?

    enum CodingKeys: String, CodingKey {
        case platformName = "platform_name"
        case days
        case totalJobsScraped = "total_jobs_scraped"
        case successfulScrapes = "successful_scrapes"
        case failedScrapes = "failed_scrapes"
        case rateLimitHits = "rate_limit_hits"
        case detectionEvents = "detection_events"
        case averageResponseTimeMs = "average_response_time_ms"
        case successRate = "success_rate"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(platformName, forKey: .platformName)
        try c.encode(days, forKey: .days)
        try c.encode(totalJobsScraped, forKey: .totalJobsScraped)
        try c.encode(successfulScrapes, forKey: .successfulScrapes)
        try c.encode(failedScrapes, forKey: .failedScrapes)
        try c.encode(rateLimitHits, forKey: .rateLimitHits)
        try c.encode(detectionEvents, forKey: .detectionEvents)
        try c.encode(averageResponseTimeMs, forKey: .averageResponseTimeMs)
        try c.encode(successRate, forKey: .successRate)
    }

    package static let columns = [
        "platform_name", "days", "total_jobs_scraped", "successful_scrapes", "failed_scrapes", "rate_limit_hits",
        "detection_events", "average_response_time_ms", "success_rate",
    ]

    package var cells: [String] {
        [
            platformName, "\(days)", "\(totalJobsScraped)", "\(successfulScrapes)", "\(failedScrapes)",
            "\(rateLimitHits)", "\(detectionEvents)", averageResponseTimeMs.map(String.init) ?? "",
            successRate.map(AnalyticsRate.text) ?? "",
        ]
    }
}

extension AnalyticsService {
    /// Each platform with a `platform_metrics` row in the last `days` days
    /// (today included), by name.
    package func platforms(days: Int) throws -> [PlatformHealth] {
        let db = try services.store.database()
        let since = today.adding(days: -(days - 1))
        return try db.query(
            """
            SELECT platform_name, COUNT(*) AS days,
                SUM(COALESCE(total_jobs_scraped, 0)) AS scraped, SUM(COALESCE(successful_scrapes, 0)) AS ok,
                SUM(COALESCE(failed_scrapes, 0)) AS failed, SUM(COALESCE(rate_limit_hits, 0)) AS limited,
                SUM(COALESCE(detection_events, 0)) AS detected,
                SUM(CASE WHEN average_response_time_ms IS NULL THEN 0
                    ELSE average_response_time_ms * (COALESCE(successful_scrapes, 0) + COALESCE(failed_scrapes, 0)) END) AS timed_ms,
                SUM(CASE WHEN average_response_time_ms IS NULL THEN 0
                    ELSE COALESCE(successful_scrapes, 0) + COALESCE(failed_scrapes, 0) END) AS timed
            FROM platform_metrics WHERE metric_date >= \(since)
            GROUP BY platform_name ORDER BY platform_name
            """
        ).map { row in
            let ok: Int = try row.optional("ok") ?? 0
            let failed: Int = try row.optional("failed") ?? 0
            let timed: Int = try row.optional("timed") ?? 0
            let timedMs: Double = try row.optional("timed_ms") ?? 0
            return PlatformHealth(
                platformName: try row.get("platform_name"), days: try row.get("days"),
                totalJobsScraped: try row.optional("scraped") ?? 0, successfulScrapes: ok, failedScrapes: failed,
                rateLimitHits: try row.optional("limited") ?? 0, detectionEvents: try row.optional("detected") ?? 0,
                averageResponseTimeMs: timed > 0 ? Int((timedMs / Double(timed)).rounded()) : nil,
                successRate: AnalyticsRate.of(ok, ok + failed))
        }
    }
}

// Adds one fetch's numbers to `platform_metrics`: one row per platform and
// day, created on first report and accumulated after (unique_platform_metric_day).
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// What the fetcher observed for one platform: added, never overwritten.
package struct PlatformScrape: Sendable, Equatable {
    package var platform: String
    package var jobsScraped: Int
    package var successfulScrapes: Int
    package var failedScrapes: Int
    package var rateLimitHits: Int
    /// The mean response time of these scrapes, in milliseconds; nil when none was timed.
    package var averageResponseTimeMs: Int?

    package init(
        platform: String, jobsScraped: Int = 0, successfulScrapes: Int = 0, failedScrapes: Int = 0,
        rateLimitHits: Int = 0, averageResponseTimeMs: Int? = nil
    ) {
        self.platform = platform
        self.jobsScraped = jobsScraped
        self.successfulScrapes = successfulScrapes
        self.failedScrapes = failedScrapes
        self.rateLimitHits = rateLimitHits
        self.averageResponseTimeMs = averageResponseTimeMs
    }
}

/// Records fetch statistics for `jobhunt discover stats`.
///
/// The average response time is a running average weighted by the number of
/// scrapes (successful plus failed) on each side, so many small reports give
/// the same average as one large one. The upsert is one statement, so
/// concurrent workers on PostgreSQL cannot lose each other's counts.
package struct PlatformMetricsRecorder {
    let services: Services

    package init(services: Services) { self.services = services }

    /// Adds `scrape` to the row of its platform on the UTC day of `at`.
    package func record(_ scrape: PlatformScrape, at: Date) throws {
        try record(scrape, day: CalendarDate(utcDayOf: at), db: try services.store.database())
    }

    func record(_ scrape: PlatformScrape, day: CalendarDate, db: Database) throws {
        try db.execute(
            """
            INSERT INTO platform_metrics (id, platform_name, metric_date, total_jobs_scraped, successful_scrapes,
                failed_scrapes, rate_limit_hits, average_response_time_ms)
            VALUES (\(UUID()), \(scrape.platform), \(day), \(scrape.jobsScraped), \(scrape.successfulScrapes), \(scrape.failedScrapes), \(scrape.rateLimitHits), \(scrape.averageResponseTimeMs))
            ON CONFLICT (platform_name, metric_date) DO UPDATE SET
                total_jobs_scraped = COALESCE(platform_metrics.total_jobs_scraped, 0) + excluded.total_jobs_scraped,
                successful_scrapes = COALESCE(platform_metrics.successful_scrapes, 0) + excluded.successful_scrapes,
                failed_scrapes = COALESCE(platform_metrics.failed_scrapes, 0) + excluded.failed_scrapes,
                rate_limit_hits = COALESCE(platform_metrics.rate_limit_hits, 0) + excluded.rate_limit_hits,
                average_response_time_ms = CASE
                    WHEN excluded.average_response_time_ms IS NULL THEN platform_metrics.average_response_time_ms
                    WHEN platform_metrics.average_response_time_ms IS NULL THEN excluded.average_response_time_ms
                    ELSE COALESCE(
                        (platform_metrics.average_response_time_ms
                            * (COALESCE(platform_metrics.successful_scrapes, 0) + COALESCE(platform_metrics.failed_scrapes, 0))
                         + excluded.average_response_time_ms * (excluded.successful_scrapes + excluded.failed_scrapes))
                        / NULLIF(COALESCE(platform_metrics.successful_scrapes, 0) + COALESCE(platform_metrics.failed_scrapes, 0)
                            + excluded.successful_scrapes + excluded.failed_scrapes, 0),
                        excluded.average_response_time_ms)
                END
            """)
    }
}

// What `discover stats` reports: scrape metrics per platform and day, and how
// many stored postings each platform has, active and inactive.
import Foundation
import JobHuntKernel

/// One `platform_metrics` row.
package struct PlatformMetric: Sendable, Equatable, Encodable {
    package var platformName: String
    package var metricDate: CalendarDate
    package var totalJobsScraped: Int
    package var successfulScrapes: Int
    package var failedScrapes: Int
    package var rateLimitHits: Int
    package var averageResponseTimeMS: Int?

    enum CodingKeys: String, CodingKey {
        case platformName = "platform_name"
        case metricDate = "metric_date"
        case totalJobsScraped = "total_jobs_scraped"
        case successfulScrapes = "successful_scrapes"
        case failedScrapes = "failed_scrapes"
        case rateLimitHits = "rate_limit_hits"
        case averageResponseTimeMS = "average_response_time_ms"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(platformName, forKey: .platformName)
        try c.encode(metricDate.description, forKey: .metricDate)
        try c.encode(totalJobsScraped, forKey: .totalJobsScraped)
        try c.encode(successfulScrapes, forKey: .successfulScrapes)
        try c.encode(failedScrapes, forKey: .failedScrapes)
        try c.encode(rateLimitHits, forKey: .rateLimitHits)
        try c.encode(averageResponseTimeMS, forKey: .averageResponseTimeMS)
    }
}

/// Stored postings of one `source_platform`.
package struct PlatformPostingCount: Sendable, Equatable, Encodable {
    package var sourcePlatform: String
    package var active: Int
    package var inactive: Int

    enum CodingKeys: String, CodingKey {
        case sourcePlatform = "source_platform"
        case active, inactive
    }
}

/// The whole report; `since` is the first day the metrics cover.
package struct DiscoveryStats: Sendable, Equatable, Encodable {
    package var days: Int
    package var since: CalendarDate
    package var metrics: [PlatformMetric]
    package var postings: [PlatformPostingCount]

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(days, forKey: .days)
        try c.encode(since.description, forKey: .since)
        try c.encode(metrics, forKey: .metrics)
        try c.encode(postings, forKey: .postings)
    }

    enum CodingKeys: String, CodingKey { case days, since, metrics, postings }
}

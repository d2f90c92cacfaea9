// Read-only views of discovered data: stored postings newest first, and the
// per-platform scrape metrics and posting counts behind `discover stats`.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Reads postings and platform metrics. Postings are shared data (every user
/// sees the same ones), so nothing here is filtered by user.
package struct PostingBrowser {
    let services: Services

    package init(services: Services) {
        self.services = services
    }

    /// Postings newest first (by posted date, then by when they were stored);
    /// only active ones unless `includeInactive`.
    package func list(includeInactive: Bool = false, limit: Int? = nil) throws -> [StoredPosting] {
        let db = try services.store.database()
        var sql: SQL =
            "SELECT \(columns: StoredPosting.columns, of: "p"), c.name AS company_name FROM job_postings p "
            + "LEFT JOIN companies c ON c.id = p.company_id"
        if !includeInactive { sql += " WHERE p.is_active" }
        sql += " ORDER BY p.posted_date IS NULL, p.posted_date DESC, p.created_at DESC, p.id"
        if let limit { sql += " LIMIT \(limit)" }
        return try db.query(sql).map(Self.posting)
    }

    /// Metrics of the last `days` days (today included, UTC), and posting counts per platform.
    package func stats(days: Int) throws -> DiscoveryStats {
        let db = try services.store.database()
        let since = CalendarDate(utcDayOf: services.now().addingTimeInterval(-Double(max(days - 1, 0)) * 86_400))
        let metrics = try db.query(
            """
            SELECT platform_name, metric_date, COALESCE(total_jobs_scraped, 0) AS total_jobs_scraped,
                COALESCE(successful_scrapes, 0) AS successful_scrapes, COALESCE(failed_scrapes, 0) AS failed_scrapes,
                COALESCE(rate_limit_hits, 0) AS rate_limit_hits, average_response_time_ms
            FROM platform_metrics WHERE metric_date >= \(since) ORDER BY metric_date DESC, platform_name
            """
        ).map { row in
            PlatformMetric(
                platformName: try row.get("platform_name"), metricDate: try row.get("metric_date"),
                totalJobsScraped: try row.get("total_jobs_scraped"),
                successfulScrapes: try row.get("successful_scrapes"), failedScrapes: try row.get("failed_scrapes"),
                rateLimitHits: try row.get("rate_limit_hits"),
                averageResponseTimeMS: try row.optional("average_response_time_ms"))
        }
        let counts = try db.query(
            """
            SELECT source_platform,
                SUM(CASE WHEN is_active THEN 1 ELSE 0 END) AS active,
                SUM(CASE WHEN is_active THEN 0 ELSE 1 END) AS inactive
            FROM job_postings GROUP BY source_platform ORDER BY source_platform
            """
        ).map { row in
            PlatformPostingCount(
                sourcePlatform: try row.get("source_platform"), active: try row.get("active"),
                inactive: try row.get("inactive"))
        }
        return DiscoveryStats(days: days, since: since, metrics: metrics, postings: counts)
    }

    package static func posting(_ row: Row) throws -> StoredPosting {
        StoredPosting(
            id: try row.get(StoredPosting.CodingKeys.id),
            externalID: try row.optional(StoredPosting.CodingKeys.externalID),
            companyID: try row.optional(StoredPosting.CodingKeys.companyID),
            companyName: try row.optional(StoredPosting.CodingKeys.companyName),
            title: try row.get(StoredPosting.CodingKeys.title),
            description: try row.get(StoredPosting.CodingKeys.description),
            requirements: try row.optional(StoredPosting.CodingKeys.requirements),
            benefits: try row.optional(StoredPosting.CodingKeys.benefits),
            salaryMin: try row.optional(StoredPosting.CodingKeys.salaryMin),
            salaryMax: try row.optional(StoredPosting.CodingKeys.salaryMax),
            salaryCurrency: try row.optional(StoredPosting.CodingKeys.salaryCurrency),
            experienceLevel: try row.optional(StoredPosting.CodingKeys.experienceLevel),
            employmentType: try row.optional(StoredPosting.CodingKeys.employmentType),
            workArrangement: try row.optional(StoredPosting.CodingKeys.workArrangement),
            locationCity: try row.optional(StoredPosting.CodingKeys.locationCity),
            locationState: try row.optional(StoredPosting.CodingKeys.locationState),
            locationCountry: try row.optional(StoredPosting.CodingKeys.locationCountry),
            sourcePlatform: try row.get(StoredPosting.CodingKeys.sourcePlatform),
            sourceURL: try row.get(StoredPosting.CodingKeys.sourceURL),
            postedDate: try row.optional(StoredPosting.CodingKeys.postedDate),
            expiresDate: try row.optional(StoredPosting.CodingKeys.expiresDate),
            isActive: try row.optional(StoredPosting.CodingKeys.isActive) ?? true,
            requiredSkills: try row.optional(StoredPosting.CodingKeys.requiredSkills),
            preferredSkills: try row.optional(StoredPosting.CodingKeys.preferredSkills),
            createdAt: try row.optional(StoredPosting.CodingKeys.createdAt),
            updatedAt: try row.optional(StoredPosting.CodingKeys.updatedAt),
            salarySource: try row.optional(StoredPosting.CodingKeys.salarySource),
            salaryEvidence: try row.optional(StoredPosting.CodingKeys.salaryEvidence),
            locationArea: try row.optional(StoredPosting.CodingKeys.locationArea))
    }
}

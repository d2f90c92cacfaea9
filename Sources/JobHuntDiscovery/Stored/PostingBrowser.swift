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
        let columns = StoredPosting.columns.map { "p.\($0)" }.joined(separator: ", ")
        var sql =
            "SELECT \(columns), c.name AS company_name FROM job_postings p "
            + "LEFT JOIN companies c ON c.id = p.company_id"
        if !includeInactive { sql += " WHERE p.is_active" }
        sql += " ORDER BY p.posted_date IS NULL, p.posted_date DESC, p.created_at DESC, p.id"
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let limit {
            sql += " LIMIT $1"
            arguments.append(limit)
        }
        return try db.query(sql, arguments).map(Self.posting)
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
            FROM platform_metrics WHERE metric_date >= $1 ORDER BY metric_date DESC, platform_name
            """, [since]
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
            id: try row.get("id"), externalID: try row.optional("external_id"),
            companyID: try row.optional("company_id"), companyName: try row.optional("company_name"),
            title: try row.get("title"), description: try row.get("description"),
            requirements: try row.optional("requirements"), benefits: try row.optional("benefits"),
            salaryMin: try row.optional("salary_min"), salaryMax: try row.optional("salary_max"),
            salaryCurrency: try row.optional("salary_currency"), experienceLevel: try row.optional("experience_level"),
            employmentType: try row.optional("employment_type"), workArrangement: try row.optional("work_arrangement"),
            locationCity: try row.optional("location_city"), locationState: try row.optional("location_state"),
            locationCountry: try row.optional("location_country"), sourcePlatform: try row.get("source_platform"),
            sourceURL: try row.get("source_url"), postedDate: try row.optional("posted_date"),
            expiresDate: try row.optional("expires_date"), isActive: try row.optional("is_active") ?? true,
            requiredSkills: try row.optional("required_skills"), preferredSkills: try row.optional("preferred_skills"),
            createdAt: try row.optional("created_at"), updatedAt: try row.optional("updated_at"))
    }
}

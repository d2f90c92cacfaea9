// A small job search written straight into the tables analytics reads
// (postings, their sources, applications, history, generated documents,
// platform metrics), so tests compute every figure by hand from it.
// docs/analytics.md and Tests/JobHuntAnalyticsTests list the expected figures.
import Foundation
import JobHuntDatabase

/// The seeded data set; "today" is 2026-12-06 (a Sunday), 12:00 UTC.
package enum AnalyticsSeed {
    /// 2026-12-06T12:00:00Z.
    package static let now = time("2026-12-06T12:00:00Z")

    package static func time(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    /// Writes the data set for `user` (five applications) and one
    /// application of `other`, which must appear in none of `user`'s figures
    /// (nil: no other user, as on the embedded database's single local user).
    ///
    /// | app | posting (platform, level, work) | status | submitted | history |
    /// | --- | --- | --- | --- | --- |
    /// | A1 | Backend Engineer (greenhouse, senior, remote) | interviewed | 11-25 automated | reviewing 11-27, interviewed 12-01 |
    /// | A2 | Data Engineer (greenhouse, mid, hybrid) | rejected | 11-26 manual | rejected 11-30 |
    /// | A3 | Backend Engineer (lever, senior, remote) | offered | 12-02 automated | interviewed 12-03, offered 12-05 |
    /// | A4 | none: Staff Engineer at Initrode | submitted | 12-04 manual | — |
    /// | A5 | SRE (remoteok, no level, remote) | pending | — | — |
    package static func write(user: UUID, other: UUID?, into db: Database) throws {
        let postings: [(String, String, String, String?, String, String, String)] = [
            ("P1", "Backend Engineer", "greenhouse", "senior", "remote", "greenhouse:acme", "2026-11-24T09:00:00Z"),
            ("P2", "Data Engineer", "greenhouse", "mid", "hybrid", "greenhouse:acme", "2026-11-24T10:00:00Z"),
            ("P3", "Backend Engineer", "lever", "senior", "remote", "lever:initech", "2026-12-01T08:00:00Z"),
            ("P4", "SRE", "remoteok", nil, "remote", "remoteok", "2026-12-06T08:00:00Z"),
        ]
        var postingIDs: [String: UUID] = [:]
        for (name, title, platform, level, work, key, created) in postings {
            let id = UUID()
            postingIDs[name] = id
            let url = "https://jobs.example/\(name.lowercased())"
            try db.execute(
                """
                INSERT INTO job_postings (id, title, description, source_platform, source_url, external_id,
                    experience_level, work_arrangement, created_at, updated_at)
                VALUES (\(id), \(title), 'Build it.', \(platform), \(url), \(name), \(level), \(work),
                    \(time(created)), \(time(created)))
                """)
            try db.execute(
                """
                INSERT INTO job_posting_sources (id, job_posting_id, source_key, source_platform, external_id, source_url,
                    first_seen_at, last_seen_at)
                VALUES (\(UUID()), \(id), \(key), \(platform), \(name), \(url), \(time(created)), \(time(created)))
                """)
        }
        typealias Seeded = (
            name: String, posting: String?, title: String, status: String, method: String?, created: String,
            submitted: String?, history: [(String, String)]
        )
        let applications: [Seeded] = [
            (
                "A1", "P1", "Backend Engineer", "interviewed", "automated", "2026-11-25T09:00:00Z",
                "2026-11-25T10:00:00Z",
                [
                    ("submitted", "2026-11-25T10:00:00Z"), ("reviewing", "2026-11-27T09:00:00Z"),
                    ("interviewed", "2026-12-01T15:00:00Z"),
                ]
            ),
            (
                "A2", "P2", "Data Engineer", "rejected", "manual", "2026-11-26T09:00:00Z", "2026-11-26T10:00:00Z",
                [("submitted", "2026-11-26T10:00:00Z"), ("rejected", "2026-11-30T12:00:00Z")]
            ),
            (
                "A3", "P3", "Backend Engineer", "offered", "automated", "2026-12-02T09:00:00Z", "2026-12-02T10:00:00Z",
                [
                    ("submitted", "2026-12-02T10:00:00Z"), ("interviewed", "2026-12-03T10:00:00Z"),
                    ("offered", "2026-12-05T16:00:00Z"),
                ]
            ),
            (
                "A4", nil, "Staff Engineer", "submitted", "manual", "2026-12-04T09:00:00Z", "2026-12-04T10:00:00Z",
                [("submitted", "2026-12-04T10:00:00Z")]
            ),
            ("A5", "P4", "SRE", "pending", nil, "2026-12-06T09:00:00Z", nil, [("pending", "2026-12-06T09:00:00Z")]),
        ]
        var applicationIDs: [String: UUID] = [:]
        for seeded in applications {
            let id = UUID()
            applicationIDs[seeded.name] = id
            let last = seeded.history.last.map { time($0.1) }
            try db.execute(
                """
                INSERT INTO applications (id, user_id, job_posting_id, company_name, job_title, status,
                    application_method, submitted_at, last_status_update, created_at, updated_at)
                VALUES (\(id), \(user), \(seeded.posting.flatMap { postingIDs[$0] }), 'Acme', \(seeded.title),
                    \(seeded.status), \(seeded.method), \(seeded.submitted.map(time)), \(last), \(time(seeded.created)),
                    \(last ?? time(seeded.created)))
                """)
            for (status, at) in seeded.history {
                try db.execute(
                    """
                    INSERT INTO application_status_history (id, application_id, status, changed_by, created_at)
                    VALUES (\(UUID()), \(id), \(status), 'user', \(time(at)))
                    """)
            }
        }
        let documents: [(String, String, String?, String, String)] = [
            ("A1", "resume", "builtin", #"{"template": "classic"}"#, "2026-11-25T09:30:00Z"),
            ("A1", "cover_letter", "builtin", #"{"template": "classic"}"#, "2026-11-25T09:31:00Z"),
            ("A3", "resume", "gpt-4o-mini", #"{"template": "modern", "tokens": 812}"#, "2026-12-02T09:00:00Z"),
            ("A3", "cover_letter", "gpt-4o-mini", #"{"template": "modern"}"#, "2026-12-02T09:01:00Z"),
        ]
        for (application, type, model, metadata, created) in documents {
            try db.execute(
                """
                INSERT INTO generated_content (id, application_id, content_type, content_text, model_used,
                    generation_metadata, created_at)
                VALUES (\(UUID()), \(applicationIDs[application]), \(type), 'text', \(model),
                    \(DatabaseValue.json(metadata)), \(time(created)))
                """)
        }
        if let other { try writeOther(other, posting: postingIDs["P1"], into: db) }
        try writeMetrics(into: db)
    }

    /// Someone else's offer and résumé: in none of the user's figures.
    static func writeOther(_ other: UUID, posting: UUID?, into db: Database) throws {
        let theirs = UUID()
        try db.execute(
            """
            INSERT INTO applications (id, user_id, job_posting_id, company_name, job_title, status, application_method,
                submitted_at, created_at, updated_at)
            VALUES (\(theirs), \(other), \(posting), 'Acme', 'Backend Engineer', 'offered', 'automated',
                \(time("2026-12-01T10:00:00Z")), \(time("2026-12-01T09:00:00Z")), \(time("2026-12-01T10:00:00Z")))
            """)
        try db.execute(
            """
            INSERT INTO application_status_history (id, application_id, status, created_at)
            VALUES (\(UUID()), \(theirs), 'offered', \(time("2026-12-01T10:00:00Z")))
            """)
        try db.execute(
            """
            INSERT INTO generated_content (id, application_id, content_type, model_used, created_at)
            VALUES (\(UUID()), \(theirs), 'resume', 'builtin', \(time("2026-12-01T09:30:00Z")))
            """)
    }

    /// Source health: two greenhouse days in the last 30, one lever day long before.
    static func writeMetrics(into db: Database) throws {
        let metrics: [(String, String, Int, Int, Int, Int, Int?)] = [
            ("greenhouse", "2026-12-05", 10, 2, 0, 1, 100),
            ("greenhouse", "2026-12-06", 5, 1, 1, 0, 400),
            ("lever", "2026-10-01", 7, 1, 0, 0, 50),
        ]
        for (platform, day, scraped, ok, failed, limited, average) in metrics {
            try db.execute(
                """
                INSERT INTO platform_metrics (id, platform_name, metric_date, total_jobs_scraped, successful_scrapes,
                    failed_scrapes, rate_limit_hits, average_response_time_ms)
                VALUES (\(UUID()), \(platform), \(CalendarDate(day)), \(scraped), \(ok), \(failed), \(limited), \(average))
                """)
        }
    }
}

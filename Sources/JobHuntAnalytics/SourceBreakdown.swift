// `jobhunt analytics sources`: what is working. Postings found, applications
// sent, interviews, offers and the response rate per source platform, per
// discovery source, or per title, level, work arrangement or résumé generator.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// What to group by; each is named after the column it reads.
package enum SourceDimension: String, CaseIterable, Sendable {
    case platform, source, title, level
    case workType = "work-type"
    case generator

    /// The seed column the group's value comes from, which `--json` and `--csv` name it by.
    package var column: String {
        switch self {
        case .platform: "source_platform"
        case .source: "source_key"
        case .title: "job_title"
        case .level: "experience_level"
        case .workType: "work_arrangement"
        case .generator: "model_used"
        }
    }

    package static var names: [String] { allCases.map(\.rawValue) }
}

/// One group's figures.
package struct SourceRow: Sendable, Equatable, Encodable {
    /// The column grouped by (`source_platform`, `source_key`, `job_title`, …).
    package var dimension: String
    /// The group: a platform, a source key, a title, a level, a generator.
    package var value: String
    /// Stored postings in the group; nil where postings have no such thing (generator).
    package var jobsDiscovered: Int?
    /// The user's applications in the group that were sent (`submitted_at` set).
    package var applicationsSubmitted: Int
    /// Of the user's applications in the group, those that reached `interviewed` (or `offered`).
    package var interviewsScheduled: Int
    /// Those that reached `offered`.
    package var offersReceived: Int
    /// Sent applications with an employer's response over sent applications.
    package var responseRate: Double?

    enum CodingKeys: String, CodingKey {
        case dimension, value
        case jobsDiscovered = "jobs_discovered"
        case applicationsSubmitted = "applications_submitted"
        case interviewsScheduled = "interviews_scheduled"
        case offersReceived = "offers_received"
        case responseRate = "response_rate"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(value, forKey: .value)
        try c.encode(jobsDiscovered, forKey: .jobsDiscovered)
        try c.encode(applicationsSubmitted, forKey: .applicationsSubmitted)
        try c.encode(interviewsScheduled, forKey: .interviewsScheduled)
        try c.encode(offersReceived, forKey: .offersReceived)
        try c.encode(responseRate, forKey: .responseRate)
    }

    package static let columns = [
        "dimension", "value", "jobs_discovered", "applications_submitted", "interviews_scheduled", "offers_received",
        "response_rate",
    ]

    package var cells: [String] {
        [
            dimension, value, jobsDiscovered.map(String.init) ?? "", "\(applicationsSubmitted)",
            "\(interviewsScheduled)",
            "\(offersReceived)", responseRate.map(AnalyticsRate.text) ?? "",
        ]
    }
}

extension AnalyticsService {
    /// The group of an application made elsewhere (no stored posting) or a posting without the field.
    package static let noValue = "(none)"

    /// One row per group, most applications first, then most postings, then by name.
    package func sources(by dimension: SourceDimension, for user: ActingUser) throws -> [SourceRow] {
        let db = try services.store.database()
        let facts = try self.facts(userID: user.user.id, db: db)
        var groups: [String: [ApplicationFacts]] = [:]
        var postings: [String: Int] = [:]

        func postingCounts(_ expression: String) throws {
            for row in try db.query(
                "SELECT \(sql: .trusted(expression)) AS value, COUNT(*) AS n FROM job_postings GROUP BY 1")
            {
                postings[try row.optional("value", as: String.self) ?? Self.noValue, default: 0] += try row.get("n")
            }
        }
        switch dimension {
        case .platform:
            try postingCounts("source_platform")
            for application in facts {
                groups[application.sourcePlatform ?? Self.noValue, default: []].append(application)
            }
        case .level:
            try postingCounts("experience_level")
            for application in facts {
                groups[application.experienceLevel ?? Self.noValue, default: []].append(application)
            }
        case .workType:
            try postingCounts("work_arrangement")
            for application in facts {
                groups[application.workArrangement ?? Self.noValue, default: []].append(application)
            }
        case .title:
            try postingCounts("TRIM(title)")
            for application in facts { groups[application.jobTitle, default: []].append(application) }
        case .source:
            for row in try db.query(
                "SELECT source_key, COUNT(DISTINCT job_posting_id) AS n FROM job_posting_sources GROUP BY source_key")
            {
                postings[try row.get("source_key", as: String.self)] = try row.get("n")
            }
            var keys: [UUID: [String]] = [:]
            for row in try db.query(
                """
                SELECT DISTINCT a.id, s.source_key FROM applications a
                JOIN job_posting_sources s ON s.job_posting_id = a.job_posting_id
                WHERE a.user_id = \(user.user.id)
                """)
            {
                keys[try row.get("id"), default: []].append(try row.get("source_key"))
            }
            for application in facts {
                for key in keys[application.id] ?? [Self.noValue] { groups[key, default: []].append(application) }
            }
        case .generator:
            let generators = try self.generators(userID: user.user.id, db: db)
            for application in facts {
                groups[generators[application.id] ?? Self.noGenerator, default: []].append(application)
            }
        }
        let hasPostings = dimension != .generator
        var values = Set(groups.keys)
        // Posting groups without an application are listed too (they are where nothing was tried yet),
        // except titles: thousands of them, so only titles applied to are shown.
        if dimension != .title { values.formUnion(postings.keys) }
        let rows = values.map { value in
            let members = groups[value] ?? []
            let sent = members.count(where: \.submitted)
            return SourceRow(
                dimension: dimension.column, value: value, jobsDiscovered: hasPostings ? postings[value] ?? 0 : nil,
                applicationsSubmitted: sent, interviewsScheduled: members.count { $0.furthest >= .interviewed },
                offersReceived: members.count { $0.furthest >= .offered },
                responseRate: AnalyticsRate.of(members.count(where: \.responded), sent))
        }
        return rows.sorted {
            ($1.applicationsSubmitted, $1.jobsDiscovered ?? 0, $0.value)
                < ($0.applicationsSubmitted, $0.jobsDiscovered ?? 0, $1.value)
        }
    }
}

// What analytics needs to know about each of a user's applications, read in
// one statement: when it was sent, how far it got and when, and the posting's
// source, level and work arrangement. The rollup, the funnel and the
// per-source breakdowns are all computed from these rows.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntKernel

/// One application as analytics sees it.
struct ApplicationFacts: Sendable {
    var id: UUID
    var status: ApplicationStatus
    var createdAt: Date
    var submittedAt: Date?
    var automated: Bool
    /// The first time the employer answered: reviewing, interviewed, offered or rejected.
    var firstResponse: Date?
    var firstInterview: Date?
    var firstOffer: Date?
    /// How far it got along pending → submitted → reviewing → interviewed → offered.
    var furthest: FunnelStage
    var jobTitle: String
    var sourcePlatform: String?
    var experienceLevel: String?
    var workArrangement: String?

    /// Sent: `submitted_at` is set.
    var submitted: Bool { submittedAt != nil }
    /// Sent and answered, by any time.
    var responded: Bool { submitted && firstResponse != nil }
}

/// The stages of the funnel, in order.
package enum FunnelStage: Int, CaseIterable, Sendable, Comparable {
    case pending, submitted, reviewing, interviewed, offered

    package var name: String { ApplicationStatus(rawValue: "\(self)")?.rawValue ?? "\(self)" }

    package static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The stage a status stands for; rejected and withdrawn stand for none.
    init?(_ status: ApplicationStatus) {
        switch status {
        case .pending: self = .pending
        case .submitted: self = .submitted
        case .reviewing: self = .reviewing
        case .interviewed: self = .interviewed
        case .offered: self = .offered
        case .rejected, .withdrawn: return nil
        }
    }
}

extension AnalyticsService {
    /// The statuses that are an employer's answer (docs/analytics.md, "response rate").
    static let responseStatuses = ["reviewing", "interviewed", "offered", "rejected"]

    /// Every application of `userID` with its history folded in.
    ///
    /// An application whose history lacks the row for its current status
    /// (written by something other than `jobhunt status`) counts that status
    /// from `last_status_update`, else `updated_at`.
    func facts(userID: UUID, db: Database) throws -> [ApplicationFacts] {
        // History is folded per application first (only this user's, through the
        // IN list), so the outer query groups nothing: a hash join on 10k rows.
        let rows = try db.query(
            """
            SELECT a.id, a.status, a.created_at, a.submitted_at, a.application_method, a.last_status_update,
                a.updated_at, a.job_title, jp.source_platform, jp.experience_level, jp.work_arrangement,
                h.first_response, h.first_interview, h.first_offer, h.furthest
            FROM applications a
            LEFT JOIN job_postings jp ON jp.id = a.job_posting_id
            LEFT JOIN (
                SELECT application_id,
                    MIN(CASE WHEN \(sql: .isIn("status", Self.responseStatuses)) THEN created_at END) AS first_response,
                    MIN(CASE WHEN status = 'interviewed' THEN created_at END) AS first_interview,
                    MIN(CASE WHEN status = 'offered' THEN created_at END) AS first_offer,
                    MAX(CASE status WHEN 'submitted' THEN 1 WHEN 'reviewing' THEN 2 WHEN 'interviewed' THEN 3
                        WHEN 'offered' THEN 4 ELSE 0 END) AS furthest
                FROM application_status_history
                WHERE application_id IN (SELECT id FROM applications WHERE user_id = \(userID))
                GROUP BY application_id
            ) h ON h.application_id = a.id
            WHERE a.user_id = \(userID)
            """)
        return try rows.map { row in
            let status =
                ApplicationStatus(rawValue: try row.optional("status", as: String.self) ?? "pending") ?? .pending
            let createdAt = try row.optional("created_at", as: Date.self) ?? Date(timeIntervalSince1970: 0)
            let changed =
                try row.optional("last_status_update", as: Date.self) ?? row.optional("updated_at") ?? createdAt
            var facts = ApplicationFacts(
                id: try row.get("id"), status: status, createdAt: createdAt,
                submittedAt: try row.optional("submitted_at"),
                automated: try row.optional("application_method", as: String.self) == "automated",
                firstResponse: try row.optional("first_response"), firstInterview: try row.optional("first_interview"),
                firstOffer: try row.optional("first_offer"),
                furthest: FunnelStage(rawValue: try row.optional("furthest", as: Int.self) ?? 0) ?? .pending,
                jobTitle: (try row.optional("job_title", as: String.self) ?? "").trimmingCharacters(in: .whitespaces),
                sourcePlatform: try row.optional("source_platform"),
                experienceLevel: try row.optional("experience_level"),
                workArrangement: try row.optional("work_arrangement"))
            if Self.responseStatuses.contains(status.rawValue), facts.firstResponse == nil {
                facts.firstResponse = changed
            }
            if status == .interviewed, facts.firstInterview == nil { facts.firstInterview = changed }
            if status == .offered, facts.firstOffer == nil { facts.firstOffer = changed }
            if let stage = FunnelStage(status), stage > facts.furthest { facts.furthest = stage }
            if facts.submittedAt != nil, facts.furthest < .submitted { facts.furthest = .submitted }
            return facts
        }
    }
}

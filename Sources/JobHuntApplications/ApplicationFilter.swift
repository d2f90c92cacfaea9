// `status list`'s filters: the seed's "application pipeline" query narrowed
// by status, date and company.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Which of the acting user's applications `status list` shows.
package struct ApplicationFilter: Sendable, Equatable {
    /// Any of these; every status when empty.
    package var statuses: [ApplicationStatus]
    /// Created on or after this day (UTC).
    package var since: CalendarDate?
    /// Company names containing this text, ignoring case.
    package var company: String?

    package init(statuses: [ApplicationStatus] = [], since: CalendarDate? = nil, company: String? = nil) {
        self.statuses = statuses
        self.since = since
        self.company = company
    }
}

extension ApplicationService {
    /// The seed's pipeline query (`WHERE a.user_id = %s ORDER BY a.created_at
    /// DESC`) over the application's own company and title, newest first.
    ///
    /// The seed joins `job_postings` and `companies` for the title and company;
    /// jobhunt copies both into the application when it is added (they are
    /// NOT NULL in the seed), so the list needs no join and an application
    /// whose posting is gone still lists. `idx_applications_user_created`
    /// serves the order.
    package func list(_ filter: ApplicationFilter = ApplicationFilter(), for user: ActingUser) throws -> [Application] {
        let db = try services.store.database()
        var conditions: [SQL] = ["user_id = \(user.user.id)"]
        if !filter.statuses.isEmpty {
            conditions.append(.isIn("status", Set(filter.statuses).map(\.rawValue).sorted()))
        }
        if let since = filter.since { conditions.append("created_at >= \(since.startOfDayUTC)") }
        if let company = filter.company?.trimmingCharacters(in: .whitespaces), !company.isEmpty {
            conditions.append("lower(company_name) LIKE \(Self.likePattern(company)) ESCAPE '\\'")
        }
        return try db.query(
            """
            SELECT \(sql: Self.columns) FROM applications WHERE \(sql: conditions.joined(separator: " AND "))
            ORDER BY created_at DESC, id DESC
            """
        ).map(Self.application)
    }

    /// `%text%` in lower case with LIKE's wildcards escaped.
    static func likePattern(_ text: String) -> String {
        var escaped = ""
        for character in text.lowercased() {
            if "%_\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return "%\(escaped)%"
    }
}

// The acting user's work history: add, list, edit and remove jobs, every
// statement filtered by the acting user's id.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Keeps one user's work history.
///
/// A job is named by its id or any unique prefix of it (at least 4
/// characters, as `git` takes commit prefixes); `list` shows 8. Row numbers
/// are not accepted: they shift when a job is added, and `remove 2` must
/// never remove a different job than the one the user saw. Another user's id
/// is "no such experience", exactly like an id that does not exist.
package struct ExperienceService {
    let services: Services
    /// The shortest id prefix accepted.
    package static let minimumPrefix = 4

    package init(services: Services) { self.services = services }

    /// Adds a job and returns it as stored.
    @discardableResult
    package func add(_ new: NewExperience, for user: ActingUser) throws -> Experience {
        let db = try services.store.database()
        let added = try db.writeTransaction { db in try add(new, userID: user.user.id, db: db) }
        services.invalidateProfileCaches(userID: user.user.id)
        return added
    }

    /// `user`'s jobs, newest first: current jobs, then by start date, latest first.
    package func list(for user: ActingUser) throws -> [Experience] {
        try list(userID: user.user.id, db: try services.store.database())
    }

    /// The job `reference` (an id or unique id prefix) names.
    package func experience(_ reference: String, for user: ActingUser) throws -> Experience {
        try resolve(reference, userID: user.user.id, db: try services.store.database())
    }

    /// Changes the fields `changes` gives and returns the job as stored.
    @discardableResult
    package func edit(_ reference: String, _ changes: ExperienceChanges, for user: ActingUser) throws -> Experience {
        let db = try services.store.database()
        let edited = try db.writeTransaction { db in
            let job = try resolve(reference, userID: user.user.id, db: db)
            return try update(job, with: changes, db: db)
        }
        services.invalidateProfileCaches(userID: user.user.id)
        return edited
    }

    /// Removes the job `reference` names and returns what was removed.
    @discardableResult
    package func remove(_ reference: String, for user: ActingUser) throws -> Experience {
        let db = try services.store.database()
        let removed = try db.writeTransaction { db in
            let job = try resolve(reference, userID: user.user.id, db: db)
            try db.execute("DELETE FROM user_experiences WHERE id = \(job.id) AND user_id = \(job.userID)")
            return job
        }
        services.invalidateProfileCaches(userID: user.user.id)
        return removed
    }

    var today: CalendarDate { CalendarDate(utcDayOf: services.now()) }

    static let columns = Experience.CodingKeys.allCases

    static func experience(_ row: Row) throws -> Experience {
        Experience(
            id: try row.get(Experience.CodingKeys.id), userID: try row.get(Experience.CodingKeys.userID),
            companyName: try row.get(Experience.CodingKeys.companyName),
            jobTitle: try row.get(Experience.CodingKeys.jobTitle),
            startDate: try row.get(Experience.CodingKeys.startDate),
            endDate: try row.optional(Experience.CodingKeys.endDate),
            isCurrent: try row.optional(Experience.CodingKeys.isCurrent) ?? false,
            description: try row.optional(Experience.CodingKeys.description),
            achievements: try row.optional(Experience.CodingKeys.achievements) ?? [],
            technologies: try row.optional(Experience.CodingKeys.technologies) ?? [],
            createdAt: try row.optional(Experience.CodingKeys.createdAt),
            updatedAt: try row.optional(Experience.CodingKeys.updatedAt))
    }

    /// Newest first; ties (two jobs started the same day) by later end, then by id, so the order is stable.
    static func newestFirst(_ a: Experience, _ b: Experience) -> Bool {
        if a.isCurrent != b.isCurrent { return a.isCurrent }
        if a.startDate != b.startDate { return a.startDate > b.startDate }
        if a.endDate != b.endDate { return (a.endDate ?? .distantFuture) > (b.endDate ?? .distantFuture) }
        return a.id.uuidString < b.id.uuidString
    }
}

extension CalendarDate {
    fileprivate static let distantFuture = CalendarDate(year: 9999, month: 12, day: 31)!
}

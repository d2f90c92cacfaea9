// The work-history statements, on a `Database` the caller may already hold in
// a transaction, so a JSON Resume import can add many jobs atomically.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension ExperienceService {
    /// Checks and inserts `new` for `userID` inside the caller's transaction.
    func add(_ new: NewExperience, userID: UUID, db: Database) throws -> Experience {
        let now = services.now()
        let draft = Experience(
            id: UUID(), userID: userID, companyName: new.companyName, jobTitle: new.jobTitle,
            startDate: new.startDate, endDate: new.endDate, isCurrent: new.isCurrent, description: new.description,
            achievements: new.achievements, technologies: new.technologies, createdAt: now, updatedAt: now)
        let job = try draft.checked(today: today)
        try translatingConstraints {
            let values: [(any DatabaseValueConvertible)?] = [
                job.id, userID, job.companyName, job.jobTitle, job.startDate, job.endDate, job.isCurrent,
                job.description, Self.list(job.achievements), Self.list(job.technologies), now, now,
            ]
            try db.execute("INSERT INTO user_experiences (\(columns: Self.columns)) VALUES \(list: values)")
        }
        return try stored(job.id, userID: userID, db: db)
    }

    /// Every job of `userID`, newest first.
    func list(userID: UUID, db: Database) throws -> [Experience] {
        try db.query("SELECT \(columns: Self.columns) FROM user_experiences WHERE user_id = \(userID)")
            .map(Self.experience).sorted(by: Self.newestFirst)
    }

    /// Writes `job` with `changes` made, after checking the result as a whole.
    func update(_ job: Experience, with changes: ExperienceChanges, db: Database) throws -> Experience {
        guard !changes.isEmpty else { return job }
        let now = services.now()
        let changed = try changes.applied(to: job).checked(today: today)
        try translatingConstraints {
            let assignments = Experience.CodingKeys.assignments([
                (.companyName, changed.companyName), (.jobTitle, changed.jobTitle), (.startDate, changed.startDate),
                (.endDate, changed.endDate), (.isCurrent, changed.isCurrent), (.description, changed.description),
                (.achievements, Self.list(changed.achievements)), (.technologies, Self.list(changed.technologies)),
                (.updatedAt, now),
            ])
            try db.execute(
                "UPDATE user_experiences SET \(sql: assignments) WHERE id = \(job.id) AND user_id = \(job.userID)")
        }
        return try stored(job.id, userID: job.userID, db: db)
    }

    /// The row just written, read back so callers see exactly what is stored.
    private func stored(_ id: UUID, userID: UUID, db: Database) throws -> Experience {
        guard
            let row = try db.queryOne(
                "SELECT \(columns: Self.columns) FROM user_experiences WHERE id = \(id) AND user_id = \(userID)")
        else {
            throw JobHuntError(.profileNotFound, field: nil, "no such experience '\(id.uuidString.lowercased())'")
        }
        return try Self.experience(row)
    }

    /// Removes every job of `userID` (an import that replaces the history); returns how many.
    @discardableResult
    func removeAll(userID: UUID, db: Database) throws -> Int {
        try db.execute("DELETE FROM user_experiences WHERE user_id = \(userID)")
    }

    /// The one job of `userID` whose id starts with `reference`.
    func resolve(_ reference: String, userID: UUID, db: Database) throws -> Experience {
        let prefix = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard prefix.count >= Self.minimumPrefix, prefix.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw JobHuntError(
                .profileNotFound, field: nil, "'\(reference)' is not an experience id",
                remedy: "give 4 or more characters of an id from \(.listExperiences)")
        }
        let matches = try list(userID: userID, db: db).filter { $0.id.uuidString.lowercased().hasPrefix(prefix) }
        guard matches.count <= 1 else {
            throw JobHuntError(
                .profileAmbiguous, field: nil, "'\(reference)' matches \(matches.count) experiences",
                remedy: "give more characters of the id")
        }
        guard let job = matches.first else {
            throw JobHuntError(
                .profileNotFound, field: nil, "no such experience '\(reference)'",
                remedy: "see \(.listExperiences) for your experiences' ids")
        }
        return job
    }

    /// Empty lists are stored as NULL, as the seed leaves the arrays nullable.
    private static func list(_ items: [String]) -> [String]? { items.isEmpty ? nil : items }

    /// The database's last word on dates (its `CURRENT_DATE` may be a day
    /// ahead of or behind the clock this process was given), in profile terms.
    private func translatingConstraints(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError where error.constraint == "valid_date_range" {
            throw JobHuntError.profileInvalid(
                "start_date",
                "the database refuses these dates (valid_date_range: start on or before the end, or today)",
                remedy: "check the start and end dates")
        }
    }
}

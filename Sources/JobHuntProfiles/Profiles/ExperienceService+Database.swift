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
            try db.execute(
                """
                INSERT INTO user_experiences (\(Self.columns))
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """,
                [
                    job.id, userID, job.companyName, job.jobTitle, job.startDate, job.endDate, job.isCurrent,
                    job.description, Self.list(job.achievements), Self.list(job.technologies), now, now,
                ])
        }
        return try stored(job.id, userID: userID, db: db)
    }

    /// Every job of `userID`, newest first.
    func list(userID: UUID, db: Database) throws -> [Experience] {
        try db.query("SELECT \(Self.columns) FROM user_experiences WHERE user_id = $1", [userID])
            .map(Self.experience).sorted(by: Self.newestFirst)
    }

    /// Writes `job` with `changes` made, after checking the result as a whole.
    func update(_ job: Experience, with changes: ExperienceChanges, db: Database) throws -> Experience {
        guard !changes.isEmpty else { return job }
        let now = services.now()
        let changed = try changes.applied(to: job).checked(today: today)
        try translatingConstraints {
            try db.execute(
                """
                UPDATE user_experiences SET company_name = $1, job_title = $2, start_date = $3, end_date = $4,
                    is_current = $5, description = $6, achievements = $7, technologies_used = $8, updated_at = $9
                WHERE id = $10 AND user_id = $11
                """,
                [
                    changed.companyName, changed.jobTitle, changed.startDate, changed.endDate, changed.isCurrent,
                    changed.description, Self.list(changed.achievements), Self.list(changed.technologies), now,
                    job.id, job.userID,
                ])
        }
        return try stored(job.id, userID: job.userID, db: db)
    }

    /// The row just written, read back so callers see exactly what is stored.
    private func stored(_ id: UUID, userID: UUID, db: Database) throws -> Experience {
        guard
            let row = try db.queryOne(
                "SELECT \(Self.columns) FROM user_experiences WHERE id = $1 AND user_id = $2", [id, userID])
        else {
            throw ProfileError(.notFound, field: nil, "no such experience '\(id.uuidString.lowercased())'")
        }
        return try Self.experience(row)
    }

    /// Removes every job of `userID` (an import that replaces the history); returns how many.
    @discardableResult
    func removeAll(userID: UUID, db: Database) throws -> Int {
        try db.execute("DELETE FROM user_experiences WHERE user_id = $1", [userID])
    }

    /// The one job of `userID` whose id starts with `reference`.
    func resolve(_ reference: String, userID: UUID, db: Database) throws -> Experience {
        let prefix = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard prefix.count >= Self.minimumPrefix, prefix.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw ProfileError(
                .notFound, field: nil, "'\(reference)' is not an experience id",
                remedy: "give 4 or more characters of an id from `jobhunt profile experience list`")
        }
        let matches = try list(userID: userID, db: db).filter { $0.id.uuidString.lowercased().hasPrefix(prefix) }
        guard matches.count <= 1 else {
            throw ProfileError(
                .ambiguous, field: nil, "'\(reference)' matches \(matches.count) experiences",
                remedy: "give more characters of the id")
        }
        guard let job = matches.first else {
            throw ProfileError(
                .notFound, field: nil, "no such experience '\(reference)'",
                remedy: "see `jobhunt profile experience list` for your experiences' ids")
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
            throw ProfileError.invalid(
                "start_date",
                "the database refuses these dates (valid_date_range: start on or before the end, or today)",
                remedy: "check the start and end dates")
        }
    }
}

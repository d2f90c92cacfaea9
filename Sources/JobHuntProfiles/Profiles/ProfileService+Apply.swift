// Writing a profile change: merged with the stored row under a lock, checked
// as a whole, and upserted by user id (`unique_user_profile`).
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension ProfileService {
    /// Applies `changes` to `userID`'s profile inside the caller's transaction
    /// (a JSON Resume import composes it with other writes). Validates first,
    /// so a refused value throws before anything is written; does not touch
    /// the cache: call ``invalidateCache(userID:)`` after the commit.
    func apply(_ changes: ProfileChanges, userID: UUID, db: Database) throws {
        let changes = try changes.validated()
        guard !changes.isEmpty else { return }
        let stored = try record(userID: userID, db: db, forUpdate: true)
        try ProfileChanges.checkSalary(
            min: changes.targetSalaryMin.map(\.value) ?? stored?.fields.targetSalaryMin,
            max: changes.targetSalaryMax.map(\.value) ?? stored?.fields.targetSalaryMax)
        var assignments = try columnValues(changes)
        let now = services.now()
        assignments.append((.updatedAt, now))
        let names = assignments.map(\.0)
        let values: [(any DatabaseValueConvertible)?] = [UUID(), userID, now] + assignments.map(\.1)
        let updates = names.map { "\(column: $0) = EXCLUDED.\(column: $0)" as SQL }.joined(separator: ", ")
        try db.execute(
            """
            INSERT INTO user_profiles (id, user_id, created_at, \(columns: names))
            VALUES \(list: values)
            ON CONFLICT (user_id) DO UPDATE SET \(sql: updates)
            """)
    }

    /// The columns `changes` writes and their values. A phone is written
    /// sealed to `phone_encrypted`, and the seed's plaintext `phone` is set to
    /// NULL with it, so no other writer's plaintext survives an update.
    private func columnValues(_ changes: ProfileChanges) throws -> [(ProfileColumn, (any DatabaseValueConvertible)?)] {
        var values: [(ProfileColumn, (any DatabaseValueConvertible)?)] = []
        func add<T: DatabaseValueConvertible>(_ field: ProfileField, _ update: FieldUpdate<T>?) {
            if let update { values.append((ProfileColumn(field), update.value)) }
        }
        add(.currentTitle, changes.currentTitle)
        add(.yearsExperience, changes.yearsExperience)
        add(.locationCity, changes.locationCity)
        add(.locationState, changes.locationState)
        add(.locationCountry, changes.locationCountry)
        if let relocate = changes.willingToRelocate { values.append((.willingToRelocate, relocate)) }
        add(.targetSalaryMin, changes.targetSalaryMin)
        add(.targetSalaryMax, changes.targetSalaryMax)
        add(.targetSalaryCurrency, changes.targetSalaryCurrency)
        add(.preferredWorkType, changes.preferredWorkType)
        add(.linkedinURL, changes.linkedinURL)
        add(.githubURL, changes.githubURL)
        add(.portfolioURL, changes.portfolioURL)
        if let phone = changes.phone {
            values.append((.phoneEncrypted, try phone.value.map(seal)))
            values.append((.phone, nil))
        }
        add(.summary, changes.summary)
        add(.resumeFileURL, changes.resumeFileURL)
        add(.resumeText, changes.resumeText)
        return values
    }
}

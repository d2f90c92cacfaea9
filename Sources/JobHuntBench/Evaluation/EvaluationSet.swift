// A labelled set for measuring matching: people (a JSON Resume and
// preferences each), postings in our JSON Lines format, and a graded
// relevance for every (person, posting) pair. Tests/Eval/match/README.md
// describes the files; this type only reads them.
import Foundation
import JobHuntKernel
import JobHuntProfiles

/// One labelled set, as read from its folder (`dev/`, `heldout/`).
package struct EvaluationSet: Sendable {
    /// One person: what `profile import` and `profile set` would be given.
    package struct Person: Sendable {
        package var name: String
        package var resume: Data
        package var preferences: EvaluationPreferences
    }

    /// How relevant one posting is to one person, 0 (unrelated) to 3 (apply now),
    /// with the grading rules that fired (`family=3`, `salary-under-floor`, …).
    package struct Label: Sendable, Equatable {
        package var profile: String
        package var externalID: String
        package var grade: Int
        package var reasons: [String]
    }

    /// The folder's name: `dev`, `heldout`.
    package var name: String
    package var postingsFile: URL
    /// Every posting's `external_id`, in file order.
    package var postingIDs: [String]
    package var people: [Person]
    package var labels: [Label]

    /// The grades of `profile`'s labels by `external_id`.
    package func grades(for profile: String) -> [String: Int] {
        Dictionary(labels.filter { $0.profile == profile }.map { ($0.externalID, $0.grade) }) { first, _ in first }
    }
}

/// The saved-search-like wishes a person sets with `jobhunt profile set`,
/// under the `user_profiles` column names.
package struct EvaluationPreferences: Sendable, Equatable, Codable {
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    package var preferredWorkType: String?
    package var willingToRelocate: Bool?

    enum CodingKeys: String, CodingKey {
        case targetSalaryMin = "target_salary_min"
        case targetSalaryMax = "target_salary_max"
        case preferredWorkType = "preferred_work_type"
        case willingToRelocate = "willing_to_relocate"
    }

    /// The same wishes as a profile update.
    var changes: ProfileChanges {
        var changes = ProfileChanges()
        changes.targetSalaryMin = targetSalaryMin.map { .set($0) }
        changes.targetSalaryMax = targetSalaryMax.map { .set($0) }
        changes.preferredWorkType = preferredWorkType.map { .set($0) }
        changes.willingToRelocate = willingToRelocate
        return changes
    }
}

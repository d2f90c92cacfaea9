// A labelled set for measuring matching: people (a JSON Resume and
// preferences each), postings in our JSON Lines format, and a graded
// relevance for every (person, posting) pair. Tests/Eval/match/README.md
// describes the files; this type only reads them.
import Foundation
import JobHuntDiscovery
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
/// under the `user_profiles` column names, and optionally the saved search
/// they would add (`search`, keyed by `discover search add`'s option names).
package struct EvaluationPreferences: Sendable, Equatable, Decodable {
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    package var preferredWorkType: String?
    package var willingToRelocate: Bool?
    /// The saved search, as people state it: `{"location": ["Denver, CO",
    /// "Remote (US)"], "work-type": ["remote", "hybrid"], "salary-min": 170000,
    /// "level": ["senior", "staff"], "title": [...], "keyword": [...]}`. The
    /// hybrid "with preferences" is matched with these filters, as
    /// `discover match --search NAME` would be; nil for none.
    package var search: SavedSearchChanges?

    package init(
        targetSalaryMin: Int? = nil, targetSalaryMax: Int? = nil, preferredWorkType: String? = nil,
        willingToRelocate: Bool? = nil, search: SavedSearchChanges? = nil
    ) {
        self.targetSalaryMin = targetSalaryMin
        self.targetSalaryMax = targetSalaryMax
        self.preferredWorkType = preferredWorkType
        self.willingToRelocate = willingToRelocate
        self.search = search
    }

    enum CodingKeys: String, CodingKey {
        case targetSalaryMin = "target_salary_min"
        case targetSalaryMax = "target_salary_max"
        case preferredWorkType = "preferred_work_type"
        case willingToRelocate = "willing_to_relocate"
        case search
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetSalaryMin = try container.decodeIfPresent(Int.self, forKey: .targetSalaryMin)
        targetSalaryMax = try container.decodeIfPresent(Int.self, forKey: .targetSalaryMax)
        preferredWorkType = try container.decodeIfPresent(String.self, forKey: .preferredWorkType)
        willingToRelocate = try container.decodeIfPresent(Bool.self, forKey: .willingToRelocate)
        search = try container.decodeIfPresent(SearchFields.self, forKey: .search)?.changes
    }

    /// A `search` object: option names to a list of strings (or one string),
    /// `salary-min` and `salary-max` to a number.
    struct SearchFields: Decodable {
        var changes: SavedSearchChanges

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            changes = SavedSearchChanges()
            for key in container.allKeys {
                guard let field = SavedSearchField(rawValue: key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container, debugDescription: "not a `discover search add` option")
                }
                switch field {
                case .salaryMin: changes.minSalary = try container.decode(Int.self, forKey: key)
                case .salaryMax: changes.maxSalary = try container.decode(Int.self, forKey: key)
                default:
                    if let values = try? container.decode([String].self, forKey: key) {
                        changes.lists[field] = values
                    } else {
                        changes.lists[field] = [try container.decode(String.self, forKey: key)]
                    }
                }
            }
        }
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

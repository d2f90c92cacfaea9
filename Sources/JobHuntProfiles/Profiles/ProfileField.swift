// The fields of a profile a person edits, by their column names, so a change,
// an error and a `--clear` all refer to a field the same way.
import Foundation
import JobHuntKernel

/// An editable column of `user_profiles`.
package enum ProfileField: String, CaseIterable, Sendable {
    case currentTitle = "current_title"
    case yearsExperience = "years_experience"
    case locationCity = "location_city"
    case locationState = "location_state"
    case locationCountry = "location_country"
    case willingToRelocate = "willing_to_relocate"
    case targetSalaryMin = "target_salary_min"
    case targetSalaryMax = "target_salary_max"
    case targetSalaryCurrency = "target_salary_currency"
    case preferredWorkType = "preferred_work_type"
    case linkedinURL = "linkedin_url"
    case githubURL = "github_url"
    case portfolioURL = "portfolio_url"
    /// Written sealed to `phone_encrypted`; the plaintext `phone` column stays NULL.
    case phone
    case summary
    case resumeFileURL = "resume_file_url"
    case resumeText = "resume_text"

    /// The column name, which is also the `--json` key.
    package var column: String { rawValue }
}

/// Where a person wants to work.
package enum WorkType: String, CaseIterable, Codable, Sendable {
    case remote, hybrid, onsite

    /// Reads `remote`, `Hybrid`, `on-site`, `On site`; nil for anything else.
    package init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
        self.init(rawValue: key)
    }
}

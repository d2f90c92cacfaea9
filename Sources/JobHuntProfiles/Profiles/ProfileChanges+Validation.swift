// Checking a profile change before it reaches the database: every value it
// sets is validated and normalised, and errors name the column at fault.
import Foundation
import JobHuntKernel

extension ProfileChanges {
    /// The same change with every value normalised; throws ``JobHuntError``
    /// naming the first field that breaks a rule. Rules that need the stored
    /// profile too (salary minimum ≤ maximum) are checked when writing.
    package func validated() throws -> ProfileChanges {
        typealias Rules = ProfileRules
        var checked = self
        checked.currentTitle = try currentTitle?.map { try Rules.line($0, field: "current_title", limit: 200) }
        checked.yearsExperience = try yearsExperience?.map {
            try Rules.integer($0, field: "years_experience", range: Rules.yearsRange, unit: "whole years")
        }
        checked.locationCity = try locationCity?.map { try Rules.line($0, field: "location_city", limit: 100) }
        checked.locationState = try locationState?.map { try Rules.line($0, field: "location_state", limit: 50) }
        checked.locationCountry = try locationCountry?.map { try Rules.line($0, field: "location_country", limit: 50) }
        checked.targetSalaryMin = try targetSalaryMin?.map {
            try Rules.integer($0, field: "target_salary_min", range: Rules.salaryRange, unit: "a yearly amount")
        }
        checked.targetSalaryMax = try targetSalaryMax?.map {
            try Rules.integer($0, field: "target_salary_max", range: Rules.salaryRange, unit: "a yearly amount")
        }
        checked.targetSalaryCurrency = try targetSalaryCurrency?.map {
            try Rules.currency($0, field: "target_salary_currency")
        }
        if case .set(let min)? = checked.targetSalaryMin, case .set(let max)? = checked.targetSalaryMax {
            try Self.checkSalary(min: min, max: max)
        }
        checked.preferredWorkType = try preferredWorkType?.map { try Rules.workType($0, field: "preferred_work_type") }
        checked.linkedinURL = try linkedinURL?.map { try Rules.url($0, field: "linkedin_url", site: .linkedIn) }
        checked.githubURL = try githubURL?.map { try Rules.url($0, field: "github_url", site: .gitHub) }
        checked.portfolioURL = try portfolioURL?.map { try Rules.url($0, field: "portfolio_url") }
        checked.phone = try phone?.map { try Rules.phone($0) }
        checked.summary = try summary?.map { try Rules.block($0, field: "summary") }
        checked.resumeFileURL = try resumeFileURL?.map { try Rules.line($0, field: "resume_file_url", limit: 500) }
        checked.resumeText = try resumeText?.map { try Rules.extracted($0, field: "resume_text") }
        return checked
    }

    static func checkSalary(min: Int?, max: Int?) throws {
        guard let min, let max, min > max else { return }
        throw JobHuntError(
            .profileConflict, field: "target_salary_min", "\(min) is more than the maximum, \(max)",
            remedy: "give a minimum no higher than the maximum, or change both")
    }
}

// Renders an export as jobhunt's own JSON: the rows keyed by the seed's column names,
// grouped as {user, profile, experiences, skills}, null fields kept so the shape is fixed.
import Foundation
import JobHuntKernel

extension ResumeExport {
    /// `--format json`: the stable shape scripts read. Dates are `YYYY-MM-DD`.
    package func tableJSONData() -> Data {
        ResumeExport.encode(
            TableDocument(
                user: UserRow(user), profile: ProfileRow(profile),
                experiences: orderedExperiences.map(ExperienceRow.init),
                skills: skills.map(SkillRow.init)))
    }
}

private struct TableDocument: Encodable {
    let user: UserRow
    let profile: ProfileRow
    let experiences: [ExperienceRow]
    let skills: [SkillRow]
}

/// Encodes optionals as `null` rather than leaving the key out.
private struct Columns {
    var container: KeyedEncodingContainer<ColumnKey>

    init(_ encoder: any Encoder) {
        container = encoder.container(keyedBy: ColumnKey.self)
    }

    mutating func put(_ name: String, _ value: some Encodable) throws {
        try container.encode(value, forKey: ColumnKey(name))
    }
}

private struct ColumnKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

private struct UserRow: Encodable {
    let user: ResumeUser
    init(_ user: ResumeUser) { self.user = user }

    func encode(to encoder: any Encoder) throws {
        var columns = Columns(encoder)
        try columns.put("email", user.email)
        try columns.put("first_name", user.firstName)
        try columns.put("last_name", user.lastName)
    }
}

private struct ProfileRow: Encodable {
    let profile: ResumeProfile
    init(_ profile: ResumeProfile) { self.profile = profile }

    func encode(to encoder: any Encoder) throws {
        var columns = Columns(encoder)
        try columns.put("current_title", profile.currentTitle)
        try columns.put("summary", profile.summary)
        try columns.put("phone", profile.phone)
        try columns.put("portfolio_url", profile.portfolioURL)
        try columns.put("linkedin_url", profile.linkedinURL)
        try columns.put("github_url", profile.githubURL)
        try columns.put("location_city", profile.locationCity)
        try columns.put("location_state", profile.locationState)
        try columns.put("location_country", profile.locationCountry)
        try columns.put("years_experience", profile.yearsExperience)
        try columns.put("willing_to_relocate", profile.willingToRelocate)
        try columns.put("target_salary_min", profile.targetSalaryMin)
        try columns.put("target_salary_max", profile.targetSalaryMax)
        try columns.put("target_salary_currency", profile.targetSalaryCurrency)
        try columns.put("preferred_work_type", profile.preferredWorkType)
    }
}

private struct ExperienceRow: Encodable {
    let row: ResumeExperience
    init(_ row: ResumeExperience) { self.row = row }

    func encode(to encoder: any Encoder) throws {
        var columns = Columns(encoder)
        try columns.put("company_name", row.companyName)
        try columns.put("job_title", row.jobTitle)
        try columns.put("start_date", row.startDate.description)
        try columns.put("end_date", row.endDate?.description)
        try columns.put("is_current", row.isCurrent)
        try columns.put("description", row.description)
        try columns.put("achievements", row.achievements)
        try columns.put("technologies_used", row.technologiesUsed)
    }
}

private struct SkillRow: Encodable {
    let row: ResumeSkill
    init(_ row: ResumeSkill) { self.row = row }

    func encode(to encoder: any Encoder) throws {
        var columns = Columns(encoder)
        try columns.put("skill_name", row.name)
        try columns.put("skill_category", row.category?.rawValue)
        try columns.put("proficiency_level", row.level?.rawValue)
        try columns.put("years_experience", row.yearsExperience)
        try columns.put("is_primary", row.isPrimary)
    }
}

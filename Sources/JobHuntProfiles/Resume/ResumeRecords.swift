import JobHuntKernel
// Table-shaped values for résumé import and export: one type per table, one property
// per column the résumé touches, so the database side maps them field by field.
import JobHuntSkills

/// The `users` columns a résumé carries.
package struct ResumeUser: Sendable, Equatable {
    /// Normalised (lower case); nil when the résumé has none.
    package var email: String?
    package var firstName: String?
    package var lastName: String?

    package init(email: String? = nil, firstName: String? = nil, lastName: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
    }
}

/// The `user_profiles` columns a résumé carries (plus the ones export shows).
///
/// `phone` is plaintext here; the database side seals it into `phone_encrypted`.
package struct ResumeProfile: Sendable, Equatable {
    package var currentTitle: String?
    package var summary: String?
    package var phone: String?
    package var portfolioURL: String?
    package var linkedinURL: String?
    package var githubURL: String?
    package var locationCity: String?
    package var locationState: String?
    package var locationCountry: String?
    package var yearsExperience: Int?
    /// Export-only columns: a résumé has no place for them, so import leaves them nil and
    /// the database side must not overwrite stored values with nil.
    package var willingToRelocate: Bool?
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    package var targetSalaryCurrency: String?
    package var preferredWorkType: String?

    package init(
        currentTitle: String? = nil, summary: String? = nil, phone: String? = nil, portfolioURL: String? = nil,
        linkedinURL: String? = nil, githubURL: String? = nil, locationCity: String? = nil,
        locationState: String? = nil, locationCountry: String? = nil, yearsExperience: Int? = nil,
        willingToRelocate: Bool? = nil, targetSalaryMin: Int? = nil, targetSalaryMax: Int? = nil,
        targetSalaryCurrency: String? = nil, preferredWorkType: String? = nil
    ) {
        self.currentTitle = currentTitle
        self.summary = summary
        self.phone = phone
        self.portfolioURL = portfolioURL
        self.linkedinURL = linkedinURL
        self.githubURL = githubURL
        self.locationCity = locationCity
        self.locationState = locationState
        self.locationCountry = locationCountry
        self.yearsExperience = yearsExperience
        self.willingToRelocate = willingToRelocate
        self.targetSalaryMin = targetSalaryMin
        self.targetSalaryMax = targetSalaryMax
        self.targetSalaryCurrency = targetSalaryCurrency
        self.preferredWorkType = preferredWorkType
    }
}

/// One `user_experiences` row.
package struct ResumeExperience: Sendable, Equatable {
    package var companyName: String
    package var jobTitle: String
    package var startDate: CalendarDate
    package var endDate: CalendarDate?
    package var isCurrent: Bool
    package var description: String?
    package var achievements: [String]
    package var technologiesUsed: [String]

    package init(
        companyName: String, jobTitle: String, startDate: CalendarDate, endDate: CalendarDate? = nil,
        isCurrent: Bool = false, description: String? = nil, achievements: [String] = [],
        technologiesUsed: [String] = []
    ) {
        self.companyName = companyName
        self.jobTitle = jobTitle
        self.startDate = startDate
        self.endDate = endDate
        self.isCurrent = isCurrent
        self.description = description
        self.achievements = achievements
        self.technologiesUsed = technologiesUsed
    }
}

/// One `user_skills` row; `name` is already canonical (`SkillTaxonomy.storedName`).
package struct ResumeSkill: Sendable, Equatable {
    package var name: String
    package var category: SkillCategory?
    package var level: ProficiencyLevel?
    package var yearsExperience: Double?
    package var isPrimary: Bool

    package init(
        name: String, category: SkillCategory? = nil, level: ProficiencyLevel? = nil,
        yearsExperience: Double? = nil, isPrimary: Bool = false
    ) {
        self.name = name
        self.category = category
        self.level = level
        self.yearsExperience = yearsExperience
        self.isPrimary = isPrimary
    }
}

// Table-shaped values for résumé import and export: one type per table, one property
// per column the résumé touches, so the database side maps them field by field.

/// The `users` columns a résumé carries.
public struct ResumeUser: Sendable, Equatable {
    /// Normalised (lower case); nil when the résumé has none.
    public var email: String?
    public var firstName: String?
    public var lastName: String?

    public init(email: String? = nil, firstName: String? = nil, lastName: String? = nil) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
    }
}

/// The `user_profiles` columns a résumé carries (plus the ones export shows).
///
/// `phone` is plaintext here; the database side seals it into `phone_encrypted`.
public struct ResumeProfile: Sendable, Equatable {
    public var currentTitle: String?
    public var summary: String?
    public var phone: String?
    public var portfolioURL: String?
    public var linkedinURL: String?
    public var githubURL: String?
    public var locationCity: String?
    public var locationState: String?
    public var locationCountry: String?
    public var yearsExperience: Int?
    /// Export-only columns: a résumé has no place for them, so import leaves them nil and
    /// the database side must not overwrite stored values with nil.
    public var willingToRelocate: Bool?
    public var targetSalaryMin: Int?
    public var targetSalaryMax: Int?
    public var targetSalaryCurrency: String?
    public var preferredWorkType: String?

    public init(
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
public struct ResumeExperience: Sendable, Equatable {
    public var companyName: String
    public var jobTitle: String
    public var startDate: CalendarDate
    public var endDate: CalendarDate?
    public var isCurrent: Bool
    public var description: String?
    public var achievements: [String]
    public var technologiesUsed: [String]

    public init(
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
public struct ResumeSkill: Sendable, Equatable {
    public var name: String
    public var category: SkillCategory?
    public var level: ProficiencyLevel?
    public var yearsExperience: Double?
    public var isPrimary: Bool

    public init(
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

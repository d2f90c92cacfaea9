// What a generator is given: the person's facts, the posting's, and the
// material already ordered by relevance. Plain values, Codable, so a model
// can be shown them as JSON and a test can build them without a database.
import Foundation

/// Everything a generator may use, and nothing else.
package struct GenerationInput: Sendable, Equatable, Codable {
    package var candidate: CandidateFacts
    package var posting: PostingFacts
    /// Experiences, achievements and skills ordered by relevance to the posting.
    package var material: RelevantMaterial
    /// The day the documents are dated (`YYYY-MM-DD`); the follow-up is for a week later.
    package var today: String
    package var followUpDay: String

    package init(
        candidate: CandidateFacts, posting: PostingFacts, material: RelevantMaterial, today: String,
        followUpDay: String
    ) {
        self.candidate = candidate
        self.posting = posting
        self.material = material
        self.today = today
        self.followUpDay = followUpDay
    }

    enum CodingKeys: String, CodingKey {
        case candidate, posting, material, today
        case followUpDay = "follow_up_day"
    }
}

/// The person, as a résumé may state them. No phone: it is sealed at rest,
/// and documents are stored in plain text.
package struct CandidateFacts: Sendable, Equatable, Codable {
    package var name: String
    package var email: String
    package var headline: String?
    package var location: String?
    package var links: [String]
    package var summary: String?
    package var yearsExperience: Int?
    package var skills: [SkillFact]
    /// Every experience on the profile, newest first.
    package var experiences: [ExperienceFact]

    package init(
        name: String, email: String, headline: String? = nil, location: String? = nil, links: [String] = [],
        summary: String? = nil, yearsExperience: Int? = nil, skills: [SkillFact] = [],
        experiences: [ExperienceFact] = []
    ) {
        self.name = name
        self.email = email
        self.headline = headline
        self.location = location
        self.links = links
        self.summary = summary
        self.yearsExperience = yearsExperience
        self.skills = skills
        self.experiences = experiences
    }

    enum CodingKeys: String, CodingKey {
        case name, email, headline, location, links, summary, skills, experiences
        case yearsExperience = "years_experience"
    }
}

/// A skill on the profile.
package struct SkillFact: Sendable, Equatable, Codable {
    package var name: String
    /// beginner, intermediate, advanced, expert; nil when not given.
    package var level: String?
    package var years: Double?
    package var isPrimary: Bool

    package init(name: String, level: String? = nil, years: Double? = nil, isPrimary: Bool = false) {
        self.name = name
        self.level = level
        self.years = years
        self.isPrimary = isPrimary
    }

    enum CodingKeys: String, CodingKey {
        case name, level, years
        case isPrimary = "is_primary"
    }
}

/// A job on the profile. Dates are `YYYY-MM-DD`; `end` is nil for a current job.
package struct ExperienceFact: Sendable, Equatable, Codable {
    package var id: String
    package var company: String
    package var title: String
    package var start: String
    package var end: String?
    package var description: String?
    package var achievements: [String]
    package var technologies: [String]

    package init(
        id: String, company: String, title: String, start: String, end: String?, description: String? = nil,
        achievements: [String] = [], technologies: [String] = []
    ) {
        self.id = id
        self.company = company
        self.title = title
        self.start = start
        self.end = end
        self.description = description
        self.achievements = achievements
        self.technologies = technologies
    }
}

/// The posting and its company.
package struct PostingFacts: Sendable, Equatable, Codable {
    package var id: String
    package var title: String
    package var company: String
    package var companyDescription: String?
    package var description: String
    package var requirements: String?
    package var requiredSkills: [String]
    package var preferredSkills: [String]
    package var url: String?

    package init(
        id: String, title: String, company: String, companyDescription: String? = nil, description: String,
        requirements: String? = nil, requiredSkills: [String] = [], preferredSkills: [String] = [],
        url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.company = company
        self.companyDescription = companyDescription
        self.description = description
        self.requirements = requirements
        self.requiredSkills = requiredSkills
        self.preferredSkills = preferredSkills
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case id, title, company, description, requirements, url
        case companyDescription = "company_description"
        case requiredSkills = "required_skills"
        case preferredSkills = "preferred_skills"
    }
}

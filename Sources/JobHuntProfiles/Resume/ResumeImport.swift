// What a JSON Resume file becomes: the rows the database side writes, checked against
// the columns they go into so a bad file fails before anything is written.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// The table-shaped result of reading a JSON Resume document.
///
/// Building one validates every mapped field (dates, e-mail, URLs, lengths of our columns,
/// the seed's date rule); the database side then writes it in one transaction. Nothing in
/// here touches the database, so a failure here has changed nothing.
///
/// ```swift
/// let rows = try ResumeImport.read(data, today: CalendarDate(utcDayOf: services.now()))
/// rows.experiences.first?.companyName  // "Pied Piper"
/// ```
package struct ResumeImport: Sendable, Equatable {
    package var user: ResumeUser
    package var profile: ResumeProfile
    package var experiences: [ResumeExperience]
    package var skills: [ResumeSkill]
    /// What a person should know about how the file was read (older keys renamed), one line each.
    package var notices: [String] = []

    package init(user: ResumeUser, profile: ResumeProfile, experiences: [ResumeExperience], skills: [ResumeSkill]) {
        self.user = user
        self.profile = profile
        self.experiences = experiences
        self.skills = skills
    }

    /// Maps a decoded document, collecting every problem before throwing so the person
    /// sees them all at once.
    ///
    /// - Parameters:
    ///   - today: the UTC day now; it ends current positions for the years of experience
    ///     and refuses a current position that starts later (the seed's `valid_date_range`).
    ///   - taxonomy: canonicalises skill names ("Postgres" → "PostgreSQL").
    package init(_ resume: JSONResume, today: CalendarDate, taxonomy: SkillTaxonomy = .standard) throws(JobHuntError) {
        var builder = ResumeImportBuilder(taxonomy: taxonomy, today: today)
        let user = builder.user(resume.basics)
        var profile = builder.profile(resume.basics)
        let experiences = builder.experiences(resume.work ?? [])
        profile.yearsExperience = builder.yearsExperience(experiences, worked: !(resume.work ?? []).isEmpty)
        let skills = builder.skills(resume)
        guard builder.issues.isEmpty else { throw .jsonResumeInvalid(builder.issues) }
        self.init(user: user, profile: profile, experiences: experiences, skills: skills)
    }

    /// Reads and maps a file's bytes: `JSONResume.read` followed by `init(_:today:taxonomy:)`.
    package static func read(
        _ data: Data, today: CalendarDate, taxonomy: SkillTaxonomy = .standard
    ) throws(JobHuntError) -> ResumeImport {
        var notice: String?
        var rows = try ResumeImport(JSONResume.read(data, notice: &notice), today: today, taxonomy: taxonomy)
        rows.notices = notice.map { [$0] } ?? []
        return rows
    }
}

/// The column widths of the seed that a résumé's text must fit.
enum ResumeLimits {
    static let name = 100  // users.first_name, users.last_name
    static let email = 255  // users.email
    static let title = 200  // user_profiles.current_title, user_experiences.job_title
    static let company = 200  // user_experiences.company_name
    static let url = 255  // user_profiles.linkedin_url, github_url, portfolio_url
    static let phone = 20  // user_profiles.phone (stored sealed, but the seed's width still applies)
    static let city = 100  // user_profiles.location_city
    static let region = 50  // user_profiles.location_state
    static let country = 50  // user_profiles.location_country
    static let skill = 100  // user_skills.skill_name
    static let years = 70  // user_profiles.valid_experience
}

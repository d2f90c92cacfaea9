// `jobhunt profile import` and `export`: a JSON Resume file applied to the
// account in one transaction, and the account rendered back as a résumé.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// What an import changed (or, with `dryRun`, would change).
package struct ProfileImportReport: Sendable, Equatable, Codable {
    package var profileFields: [String] = []
    package var experiencesAdded = 0
    package var experiencesUpdated = 0
    package var experiencesRemoved = 0
    package var skillsAdded = 0
    package var skillsUpdated = 0
    package var skillsRemoved = 0
    /// Set when the file's e-mail differs from the account's and was not applied.
    package var ignoredEmail: String?
    package var emailChanged = false
    package var dryRun = false
    /// How the file was read when that needs saying (older JSON Resume keys); nil when nothing does.
    package var notices: [String]?

    enum CodingKeys: String, CodingKey {
        case profileFields = "profile_fields"
        case experiencesAdded = "experiences_added"
        case experiencesUpdated = "experiences_updated"
        case experiencesRemoved = "experiences_removed"
        case skillsAdded = "skills_added"
        case skillsUpdated = "skills_updated"
        case skillsRemoved = "skills_removed"
        case ignoredEmail = "ignored_email"
        case emailChanged = "email_changed"
        case dryRun = "dry_run"
        case notices
    }
}

/// How an import treats what is already stored.
package struct ProfileImportOptions: Sendable {
    /// Delete stored experiences and skills first, so the file becomes the whole history.
    package var replace = false
    /// Change the login e-mail to the file's; otherwise a different address is reported, not applied.
    package var updateEmail = false
    /// Check and report, then roll everything back.
    package var dryRun = false
    package init(replace: Bool = false, updateEmail: Bool = false, dryRun: Bool = false) {
        self.replace = replace
        self.updateEmail = updateEmail
        self.dryRun = dryRun
    }
}

/// Moves a profile in and out as JSON Resume.
package struct ProfileTransferService {
    let services: Services
    /// Résumés are small; anything larger is not one.
    package static let maximumFileSize = 1 << 20

    package init(services: Services) { self.services = services }

    /// Applies a JSON Resume document to `actor`'s account. Nothing is written
    /// unless every field is valid: the file is checked whole first, then
    /// written in one transaction.
    /// `fileName` names the file in a size error (the bytes alone do not say which file it was).
    package func importResume(
        _ data: Data, for actor: ActingUser, options: ProfileImportOptions, fileName: String? = nil
    ) throws -> ProfileImportReport {
        guard data.count <= Self.maximumFileSize else {
            throw JobHuntError.profileInvalid(
                fileName ?? "file", "is \(data.count) bytes, more than the \(Self.maximumFileSize) a résumé may have",
                remedy: "check that this is a JSON Resume file")
        }
        let today = CalendarDate(utcDayOf: services.now())
        let resume = try ResumeImport.read(data, today: today)
        let db = try services.store.database()
        var report = ProfileImportReport()
        report.dryRun = options.dryRun
        report.notices = resume.notices.isEmpty ? nil : resume.notices
        do {
            try db.transaction { db in
                try applyUser(resume.user, actor: actor, options: options, db: db, report: &report)
                try applyExperiences(
                    resume.experiences, userID: actor.user.id, replace: options.replace, db: db, report: &report)
                try applySkills(resume.skills, userID: actor.user.id, replace: options.replace, db: db, report: &report)
                try applyProfile(resume.profile, userID: actor.user.id, today: today, db: db, report: &report)
                if options.dryRun { throw DryRun() }
            }
        } catch is DryRun {
            return report
        }
        ProfileService(services: services).invalidateCache(userID: actor.user.id)
        return report
    }

    /// The stored account as table-shaped values, ready to render.
    package func export(for actor: ActingUser) throws -> ResumeExport {
        let db = try services.store.database()
        let user = try db.queryOne("SELECT email, first_name, last_name FROM users WHERE id = \(actor.user.id)")
        let profile = try ProfileService(services: services).profile(userID: actor.user.id)
        let experiences = try ExperienceService(services: services).list(userID: actor.user.id, db: db)
        let skills = try SkillService(services: services).list(for: actor)
        return ResumeExport(
            user: ResumeUser(
                email: try user?.optional("email"), firstName: try user?.optional("first_name"),
                lastName: try user?.optional("last_name")),
            profile: ResumeProfile(
                currentTitle: profile.currentTitle, summary: profile.summary, phone: profile.phone,
                portfolioURL: profile.portfolioURL, linkedinURL: profile.linkedinURL, githubURL: profile.githubURL,
                locationCity: profile.locationCity, locationState: profile.locationState,
                locationCountry: profile.locationCountry, yearsExperience: profile.yearsExperience,
                willingToRelocate: profile.isStored ? profile.willingToRelocate : nil,
                targetSalaryMin: profile.targetSalaryMin, targetSalaryMax: profile.targetSalaryMax,
                targetSalaryCurrency: profile.targetSalaryCurrency,
                preferredWorkType: profile.preferredWorkType?.rawValue),
            experiences: experiences.map {
                ResumeExperience(
                    companyName: $0.companyName, jobTitle: $0.jobTitle, startDate: $0.startDate, endDate: $0.endDate,
                    isCurrent: $0.isCurrent, description: $0.description, achievements: $0.achievements,
                    technologiesUsed: $0.technologies)
            },
            skills: skills.map {
                ResumeSkill(
                    name: $0.skillName, category: $0.skillCategory, level: $0.proficiencyLevel,
                    yearsExperience: $0.yearsExperience.map { NSDecimalNumber(decimal: $0).doubleValue },
                    isPrimary: $0.isPrimary)
            },
            lastModified: [profile.updatedAt, experiences.compactMap(\.updatedAt).max()].compactMap { $0 }.max())
    }

    private struct DryRun: Error {}
}

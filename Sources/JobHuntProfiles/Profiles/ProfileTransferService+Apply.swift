// The steps of a JSON Resume import, each inside the import's transaction and
// each scoped to the importing user.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel
import JobHuntSkills

extension ProfileTransferService {
    /// Names always follow the file; the login e-mail only with `updateEmail`,
    /// or when the account still has the embedded default's placeholder address.
    func applyUser(
        _ user: ResumeUser, actor: ActingUser, options: ProfileImportOptions, db: Database,
        report: inout ProfileImportReport
    ) throws {
        try db.execute(
            """
            UPDATE users SET first_name = COALESCE(\(user.firstName), first_name),
                last_name = COALESCE(\(user.lastName), last_name), updated_at = \(services.now())
            WHERE id = \(actor.user.id)
            """)
        guard let email = user.email, email != actor.user.email else { return }
        guard options.updateEmail || actor.user.email == SessionService.localEmail else {
            report.ignoredEmail = email
            return
        }
        do {
            try db.execute("UPDATE users SET email = \(email) WHERE id = \(actor.user.id)")
            report.emailChanged = true
        } catch DatabaseError.Code.uniqueViolation {
            throw JobHuntError(
                .accountEmailTaken, "basics.email: another account already uses \(email)",
                remedy: "import without --update-email to keep your current address")
        }
    }

    /// Merges positions by company, title and start date (case-insensitive):
    /// a match is updated, the rest added. `replace` deletes stored ones first.
    func applyExperiences(
        _ imported: [ResumeExperience], userID: UUID, replace: Bool, db: Database, report: inout ProfileImportReport
    ) throws {
        let service = ExperienceService(services: services)
        if replace { report.experiencesRemoved = try service.removeAll(userID: userID, db: db) }
        var stored = try service.list(userID: userID, db: db)
        for job in imported {
            if let match = stored.first(where: { Self.samePosition($0, job) }) {
                var changes = ExperienceChanges()
                changes.endDate = job.endDate.map { .set($0) } ?? .clear
                changes.isCurrent = job.isCurrent
                changes.description = job.description.map { .set($0) }
                if !job.achievements.isEmpty { changes.achievements = .set(job.achievements) }
                if !job.technologiesUsed.isEmpty { changes.technologies = .set(job.technologiesUsed) }
                _ = try service.update(match, with: changes, db: db)
                report.experiencesUpdated += 1
            } else {
                let added = try service.add(
                    NewExperience(
                        companyName: job.companyName, jobTitle: job.jobTitle, startDate: job.startDate,
                        endDate: job.endDate, isCurrent: job.isCurrent, description: job.description,
                        achievements: job.achievements, technologies: job.technologiesUsed),
                    userID: userID, db: db)
                stored.append(added)
                report.experiencesAdded += 1
            }
        }
    }

    /// Adds new skills; on one already stored, fills only a missing category or level.
    func applySkills(
        _ imported: [ResumeSkill], userID: UUID, replace: Bool, db: Database, report: inout ProfileImportReport
    ) throws {
        if replace {
            report.skillsRemoved = try db.execute("DELETE FROM user_skills WHERE user_id = \(userID)")
        }
        let service = SkillService(services: services)
        for skill in imported {
            let existing = try service.existing(
                key: SkillTaxonomy.standard.key(for: skill.name), name: skill.name, userID: userID, in: db)
            let input = SkillInput(
                name: skill.name, category: existing?.skillCategory == nil ? skill.category : nil,
                level: existing?.proficiencyLevel == nil ? skill.level : nil,
                years: existing == nil ? skill.yearsExperience.flatMap { Decimal(string: String($0)) } : nil)
            if try service.add(input, userID: userID, in: db).created {
                report.skillsAdded += 1
            } else if input.category != nil || input.level != nil {
                report.skillsUpdated += 1
            }
        }
    }

    /// Sets the profile columns the file has, leaving the rest as stored;
    /// years of experience follow the whole stored history.
    func applyProfile(
        _ profile: ResumeProfile, userID: UUID, today: CalendarDate, db: Database, report: inout ProfileImportReport
    ) throws {
        var changes = ProfileChanges()
        changes.currentTitle = profile.currentTitle.map { .set($0) }
        changes.summary = profile.summary.map { .set($0) }
        changes.phone = profile.phone.map { .set($0) }
        changes.portfolioURL = profile.portfolioURL.map { .set($0) }
        changes.linkedinURL = profile.linkedinURL.map { .set($0) }
        changes.githubURL = profile.githubURL.map { .set($0) }
        changes.locationCity = profile.locationCity.map { .set($0) }
        changes.locationState = profile.locationState.map { .set($0) }
        changes.locationCountry = profile.locationCountry.map { .set($0) }
        let history = try ExperienceService(services: services).list(userID: userID, db: db).map {
            ResumeExperience(
                companyName: $0.companyName, jobTitle: $0.jobTitle, startDate: $0.startDate, endDate: $0.endDate,
                isCurrent: $0.isCurrent)
        }
        if !history.isEmpty {
            changes.yearsExperience = .set(ResumeImport.yearsOfExperience(history, today: today))
        }
        report.profileFields = changes.changedFields.map(\.rawValue)
        if !changes.isEmpty { try ProfileService(services: services).apply(changes, userID: userID, db: db) }
    }

    static func samePosition(_ stored: Experience, _ imported: ResumeExperience) -> Bool {
        stored.companyName.lowercased() == imported.companyName.lowercased()
            && stored.jobTitle.lowercased() == imported.jobTitle.lowercased() && stored.startDate == imported.startDate
    }
}

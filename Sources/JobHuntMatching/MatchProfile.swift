// Everything about the acting user that scoring reads, gathered once per
// match: profile, skill keys, titles, level, place, salary floor.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import JobHuntProfiles
import JobHuntSkills

/// The profile side of a match, read for one user only.
struct MatchProfile {
    let profile: UserProfile
    let skills: [UserSkill]
    let experiences: [Experience]
    /// Taxonomy keys of the person's skills and of the technologies in their experiences.
    let skillKeys: Set<String>
    /// Current title and target titles (full weight), then past titles.
    let titles: [(title: String, weight: Double)]
    let level: ExperienceLevel?
    /// The work type the person set, else the one their summary asks for
    /// (``StatedWorkType``): an imported résumé says it only in prose.
    let workType: WorkType?
    /// The levels the person is at, lowest first: their ``level``, and for a
    /// person back after a break whose years make them senior, mid as well
    /// (``ReturnerWords``): they may come back at the working grade or at
    /// the one they left, and their years cannot tell which.
    let ownLevels: [ExperienceLevel]
    /// The levels the person's search asks for (normalised: "junior" is
    /// entry), else the level words of the aim they state ("into an
    /// estimator or trainee QS job"): where given they, not the years, are
    /// the level a posting is measured from, since a changer's years are in
    /// the work being left.
    let wantedLevels: [ExperienceLevel]
    let document: ProfileDocument
    /// What the person says they want (``ProfileDocument/init(targetOf:titles:keywords:aim:history:)``).
    let target: ProfileDocument
    /// The aim and the work being left, read from the summary, label and latest job's description.
    let aim: StatedAim
    /// The titles hold an aim read from the person's words that their label
    /// does not say: the title component then reads what they want, not
    /// only what they did, and keeps its weight when the target leads.
    let titleReadsAim: Bool

    init(
        profile: UserProfile, skills: [UserSkill], experiences: [Experience], targetTitles: [String] = [],
        keywords: [String] = [], wantedLevels: [String] = [], taxonomy: SkillTaxonomy = .standard
    ) {
        self.profile = profile
        self.skills = skills
        self.experiences = experiences
        var keys = Set(skills.map { taxonomy.key(for: $0.skillName) })
        for experience in experiences { keys.formUnion(experience.technologies.map { taxonomy.key(for: $0) }) }
        skillKeys = keys
        let latest = experiences.sorted { ($0.isCurrent ? 1 : 0, $0.startDate) > ($1.isCurrent ? 1 : 0, $1.startDate) }
            .first
        let aim = StatedAim(profile: profile, latestEntry: latest?.description)
        let history = experiences.map(\.jobTitle)
        self.aim = aim
        var titles: [(String, Double)] = []
        if let current = profile.currentTitle?.trimmed, !current.isEmpty {
            // A label that is the job being left counts as a past title.
            let superseded = aim.supersedes(label: current, history: history)
            titles.append((current, superseded ? MatchCalibration.pastTitleWeight : 1))
        }
        let aims = aim.newAims(label: profile.currentTitle?.trimmed, history: history)
        titleReadsAim = !aims.isEmpty
        titles += (aims + targetTitles).map { ($0, 1) }
        for experience in experiences {
            titles.append((experience.jobTitle, experience.isCurrent ? 1 : MatchCalibration.pastTitleWeight))
        }
        self.titles = titles
        workType = profile.preferredWorkType ?? StatedWorkType.read(profile.summary)
        let level = Self.level(profile: profile, experiences: experiences)
        self.level = level
        ownLevels = Self.ownLevels(level, profile: profile, experiences: experiences)
        let searched = ExperienceLevel.allCases.filter { wantedLevels.contains($0.rawValue) }
        // Without a search's levels, a level word in the aim the person states
        // ("off the tools into an estimator or trainee QS job") is the level
        // they seek, as a search's would be. "Data entry" names work, not a rung.
        let stated = Set(
            aim.aims.filter { !$0.contains("data entry") }.compactMap(ExperienceLevelRule.fromTitle))
        self.wantedLevels = searched.isEmpty ? ExperienceLevel.allCases.filter(stated.contains) : searched
        document = ProfileDocument(profile: profile, skills: skills, experiences: experiences)
        target = ProfileDocument(
            targetOf: profile, titles: targetTitles, keywords: keywords, aim: aim, history: history)
    }

    /// True when nothing says what work the person does: no title, summary,
    /// résumé text, skill or job. Every score is then built from pay, place and
    /// dates alone, which a person should be told.
    var isBlank: Bool {
        let texts = [profile.currentTitle, profile.summary, profile.resumeText]
        return skills.isEmpty && experiences.isEmpty
            && texts.allSatisfy { ($0?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty }
    }

    /// The currency a salary floor is read in: the one the person chose
    /// (`target_salary_currency`), else the one of their country.
    var floorCurrency: String? {
        profile.targetSalaryCurrency ?? profile.locationCountry.flatMap { CountryCurrency.currency(of: $0) }
    }

    /// What the person wrote about themselves in prose: resume text, summary,
    /// job descriptions and achievements (not the skills list).
    var narrative: String {
        var parts = [profile.resumeText, profile.summary].compactMap { $0 }
        for experience in experiences {
            parts.append(experience.jobTitle)
            parts += [experience.description].compactMap { $0 } + experience.achievements
        }
        return parts.joined(separator: "\n")
    }

    /// `level`, with mid beside it for a returner whose years alone made them
    /// senior; a title's own level word is kept as it is.
    static func ownLevels(_ level: ExperienceLevel?, profile: UserProfile, experiences: [Experience])
        -> [ExperienceLevel]
    {
        guard let level else { return [] }
        let titled = titleLevel(profile: profile, experiences: experiences) != nil
        let returning = ReturnerWords.say(profile.summary) || ReturnerWords.say(profile.currentTitle)
        return level == .senior && returning && !titled ? [.mid, .senior] : [level]
    }

    /// The title's seniority word when it has one; else entry when the person
    /// says they seek their first job (``FirstJobWords``); else the level the years imply.
    static func level(profile: UserProfile, experiences: [Experience]) -> ExperienceLevel? {
        if let level = titleLevel(profile: profile, experiences: experiences) { return level }
        if FirstJobWords.say(profile.summary) || FirstJobWords.say(profile.currentTitle) { return .entry }
        if let years = profile.yearsExperience { return ExperienceLevelRule.fromYears(years) }
        return nil
    }

    /// The seniority word of the current title (the profile's, else the current job's).
    private static func titleLevel(profile: UserProfile, experiences: [Experience]) -> ExperienceLevel? {
        let current = profile.currentTitle ?? experiences.first(where: \.isCurrent)?.jobTitle
        return current.flatMap(ExperienceLevelRule.fromTitle)
    }
}

// Reads what a generator is given from the database, for the acting user
// only: their account, profile, skills and jobs; the posting, its company's
// description and the matcher's reading of its skills (`discover show`'s).
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching
import JobHuntProfiles

/// The facts for one user and one posting, with the matcher's coverage.
struct GenerationFacts {
    var candidate: CandidateFacts
    var posting: PostingFacts
    var stored: StoredPosting
    var coverage: CoverageReport

    /// `reference` is anything `discover show` accepts.
    static func load(
        _ reference: String, services: Services, embedder: (any Embedder)?, user: ActingUser
    ) throws -> GenerationFacts {
        let details = try MatchService.make(services: services, embedder: embedder).details(of: reference, for: user)
        let fit = details.fit
        let coverage = CoverageReport(
            requiredCovered: fit.requiredSkillsCovered, requiredMissing: fit.requiredSkillsMissing,
            preferredCovered: fit.preferredSkillsCovered, preferredMissing: fit.preferredSkillsMissing)
        return GenerationFacts(
            candidate: try candidate(services: services, user: user),
            posting: try posting(details.posting, services: services), stored: details.posting, coverage: coverage)
    }

    static func candidate(services: Services, user: ActingUser) throws -> CandidateFacts {
        let profile = try ProfileService(services: services).profile(for: user)
        let skills = try SkillService(services: services).list(for: user)
        let jobs = try ExperienceService(services: services).list(for: user)
        let account = user.user
        let name = [account.firstName, account.lastName].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter
        { !$0.isEmpty }
        .joined(separator: " ")
        let place = [profile.locationCity, profile.locationState, profile.locationCountry].compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: ", ")
        let links = [profile.linkedinURL, profile.githubURL, profile.portfolioURL].compactMap { $0 }
            .filter { !$0.isEmpty }
        let ordered = stableSorted(jobs) { a, b in
            (a.endDate?.description ?? "9999", a.startDate.description)
                > (b.endDate?.description ?? "9999", b.startDate.description)
        }
        return CandidateFacts(
            name: name.isEmpty ? account.email : name, email: account.email, headline: profile.currentTitle,
            location: place.isEmpty ? nil : place, links: links, summary: profile.summary,
            yearsExperience: profile.yearsExperience,
            skills: skills.map { skill in
                SkillFact(
                    name: skill.skillName, level: skill.proficiencyLevel?.rawValue,
                    years: skill.yearsExperience.map { NSDecimalNumber(decimal: $0).doubleValue },
                    isPrimary: skill.isPrimary)
            },
            experiences: ordered.map { job in
                ExperienceFact(
                    id: job.id.uuidString.lowercased(), company: job.companyName, title: job.jobTitle,
                    start: job.startDate.description, end: job.isCurrent ? nil : job.endDate?.description,
                    description: job.description, achievements: job.achievements, technologies: job.technologies)
            })
    }

    static func posting(_ stored: StoredPosting, services: Services) throws -> PostingFacts {
        var about: String?
        if let company = stored.companyID {
            about = try services.store.database().scalar(
                "SELECT description FROM companies WHERE id = \(company)", as: String.self)
        }
        return PostingFacts(
            id: stored.id.uuidString.lowercased(), title: stored.title,
            company: stored.companyName ?? stored.sourcePlatform, companyDescription: about,
            description: stored.description, requirements: stored.requirements,
            requiredSkills: stored.requiredSkills ?? [], preferredSkills: stored.preferredSkills ?? [],
            url: stored.sourceURL)
    }
}

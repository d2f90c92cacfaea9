// Postings and profiles for matching tests: a posting builder for the pure
// scorer, SQL inserts on either engine, and a deterministic bag-of-words
// embedder whose cosines follow shared words.
import Foundation
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

/// A posting with sensible defaults; each test changes what it is about.
struct PostingSpec {
    var title = "Senior Java Engineer"
    var description = "Build payment services in Java with Spring and PostgreSQL."
    var company = "Acme"
    var required: [String] = ["Java", "Spring Boot", "PostgreSQL"]
    var preferred: [String] = []
    var salaryMin: Int? = 110_000
    var salaryMax: Int? = 130_000
    var currency: String? = "GBP"
    var level: String? = "senior"
    var employmentType: String? = "full-time"
    var arrangement: String? = "hybrid"
    var city: String? = "London"
    var country: String? = "GB"
    var posted: String? = "2026-02-27"
    var platform = "greenhouse"
    var externalID = UUID().uuidString.lowercased()
    var isActive = true

    var stored: StoredPosting {
        StoredPosting(
            id: UUID(), externalID: externalID, companyID: nil, companyName: company, title: title,
            description: description, requirements: nil, benefits: nil, salaryMin: salaryMin, salaryMax: salaryMax,
            salaryCurrency: currency, experienceLevel: level, employmentType: employmentType,
            workArrangement: arrangement, locationCity: city, locationState: nil, locationCountry: country,
            sourcePlatform: platform,
            sourceURL: "https://example.com/\(externalID)", postedDate: posted.flatMap { CalendarDate($0) },
            expiresDate: nil, isActive: isActive, requiredSkills: required, preferredSkills: preferred,
            createdAt: nil, updatedAt: nil)
    }

    /// Inserts the posting (and its company) and returns its id.
    @discardableResult
    func insert(into db: Database, embedding: [Float]? = nil) throws -> UUID {
        let companyID =
            try db.scalar("SELECT id FROM companies WHERE name = \(company)", as: UUID.self)
            ?? {
                let id = UUID()
                try db.execute(
                    "INSERT INTO companies (id, name, name_key) VALUES (\(id), \(company), \(CompanyRule.nameKey(company)))"
                )
                return id
            }()
        let id = UUID()
        try db.execute(
            """
            INSERT INTO job_postings (id, external_id, company_id, title, description, salary_min, salary_max,
                salary_currency, experience_level, employment_type, work_arrangement, location_city,
                location_country, source_platform, source_url, posted_date, is_active, required_skills,
                preferred_skills, embedding)
            VALUES (\(id), \(externalID), \(companyID), \(title), \(description), \(salaryMin), \(salaryMax), \(currency), \(level), \(employmentType), \(arrangement), \(city), \(country), \(platform), \("https://example.com/\(externalID)"), \(posted.flatMap { CalendarDate($0) }), \(isActive), \(required), \(preferred), \(embedding.map(Vector.init)))
            """)
        try db.execute(
            """
            INSERT INTO job_posting_sources (job_posting_id, source_key, source_platform, external_id, source_url)
            VALUES (\(id), \("\(platform):test"), \(platform), \(externalID), \("https://example.com/\(externalID)"))
            """)
        return id
    }
}

/// Words hashed into 384 buckets and L2-normalised: texts sharing words have
/// a higher cosine, which is all the ranking tests need from a model.
enum WordEmbedding {
    static func vector(for text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: PostingIngestor.dimensions)
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let hash = word.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
            vector[Int(hash % UInt32(vector.count))] += 1
        }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector
    }

    static func embed(_ texts: [String]) -> [[Float]] { texts.map(vector(for:)) }
}

/// A profile with skills and one job, the way the commands would store it.
struct ProfileSpec {
    var title = "Senior Java Engineer"
    var summary = "Backend engineer building payment services in Java."
    var skills = ["Java", "Spring Boot", "PostgreSQL", "React"]
    var city = "London"
    var country = "GB"
    var years = 8
    var salaryFloor: Int? = 100_000
    /// Nil: the currency of `country`.
    var salaryCurrency: String?

    var changes: ProfileChanges {
        var changes = ProfileChanges()
        changes.currentTitle = .set(title)
        changes.summary = .set(summary)
        changes.locationCity = .set(city)
        changes.locationCountry = .set(country)
        changes.yearsExperience = .set(years)
        changes.targetSalaryMin = salaryFloor.map(FieldUpdate.set)
        changes.targetSalaryCurrency = salaryCurrency.map(FieldUpdate.set)
        return changes
    }

    func store(for user: ActingUser, services: Services) throws {
        try ProfileService(services: services).update(changes, for: user)
        for skill in skills { try SkillService(services: services).add(SkillInput(name: skill), for: user) }
    }

    /// The same profile for the pure scorer, without a database.
    func matchProfile(userID: UUID = UUID()) -> MatchProfile {
        var profile = UserProfile(userID: userID)
        profile.currentTitle = title
        profile.summary = summary
        profile.locationCity = city
        profile.locationCountry = country
        profile.yearsExperience = years
        profile.targetSalaryMin = salaryFloor
        profile.targetSalaryCurrency = salaryCurrency
        let skills = self.skills.map { name in
            UserSkill(
                id: UUID(), userID: userID, skillName: name, skillCategory: nil, proficiencyLevel: nil,
                yearsExperience: nil, isPrimary: false, createdAt: nil)
        }
        return MatchProfile(profile: profile, skills: skills, experiences: [])
    }
}

// One candidate and one posting as the generator sees them, and model answers built from them:
// faithful ones, and ones that invent a skill, an employer, a title and a date.
import Foundation
import JobHuntDocuments

enum LLMFixture {
    static let acme = ExperienceFact(
        id: "exp-acme", company: "Acme Robotics", title: "Senior Software Engineer", start: "2019-03-01", end: nil,
        description: "Backend services for warehouse robots.",
        achievements: [
            "Cut p99 latency of the order API from 900 ms to 120 ms by moving hot paths to Swift.",
            "Designed the PostgreSQL schema that now holds 2 billion events.",
        ], technologies: ["Swift", "PostgreSQL"])
    static let initech = ExperienceFact(
        id: "exp-initech", company: "Initech", title: "Software Engineer", start: "2015-06-01", end: "2019-02-28",
        description: "Payments team.",
        achievements: ["Built the Python reconciliation jobs that replaced manual checks."],
        technologies: ["Python"])

    static let candidate = CandidateFacts(
        name: "Ada Example", email: "ada@example.com", headline: "Backend engineer", summary: "Backend engineer.",
        yearsExperience: 10,
        skills: [SkillFact(name: "Swift", isPrimary: true), SkillFact(name: "PostgreSQL"), SkillFact(name: "Python")],
        experiences: [acme, initech])

    static let posting = PostingFacts(
        id: "post-1", title: "Staff Backend Engineer", company: "Globex Logistics",
        companyDescription: "Freight software.", description: "Build our shipment APIs in Swift and Kubernetes.",
        requiredSkills: ["Swift", "Kubernetes"], preferredSkills: ["PostgreSQL"])

    static var input: GenerationInput {
        let ranked = [acme, initech].map { experience in
            RankedExperience(
                experience: experience, score: experience.id == acme.id ? 0.9 : 0.4, kept: true,
                achievements: experience.achievements.map {
                    RankedAchievement(text: $0, company: experience.company, score: 0.5, skills: [], kept: true)
                })
        }
        let coverage = CoverageReport(
            requiredCovered: ["Swift"], requiredMissing: ["Kubernetes"], preferredCovered: ["PostgreSQL"])
        return GenerationInput(
            candidate: candidate, posting: posting,
            material: RelevantMaterial(
                experiences: ranked, skills: ["Swift", "PostgreSQL", "Python"], coverage: coverage, usesModel: false),
            today: "2026-12-06", followUpDay: "2026-12-13")
    }

    /// A faithful answer in the documented shape.
    static func answer(
        skills: [String] = ["Swift", "PostgreSQL"], acmeTitle: String = "Senior Software Engineer",
        acmeStart: String = "2019-03-01", extraExperience: [String: Any]? = nil,
        letterParagraphs: [String] = [
            "I am applying for the Staff Backend Engineer role at Globex Logistics.",
            "At Acme Robotics I cut the order API's p99 latency from 900 ms to 120 ms with Swift.",
        ]
    ) -> String {
        var experiences: [[String: Any]] = [
            [
                "experience_id": "exp-acme", "company": "Acme Robotics", "title": acmeTitle, "start": acmeStart,
                "end": NSNull(), "bullets": ["Cut p99 latency of the order API from 900 ms to 120 ms in Swift."],
            ],
            [
                "experience_id": "exp-initech", "company": "Initech", "title": "Software Engineer",
                "start": "2015-06-01", "end": "2019-02-28",
                "bullets": ["Built Python reconciliation jobs that replaced manual checks."],
            ],
        ]
        if let extraExperience { experiences.append(extraExperience) }
        let document: [String: Any] = [
            "resume": [
                "headline": "Backend engineer for Swift services", "summary": "Ten years of backend work.",
                "skills": skills, "experiences": experiences,
            ],
            "cover_letter": [
                "greeting": "Dear Globex Logistics team,", "paragraphs": letterParagraphs, "closing": "Kind regards,",
            ],
            "follow_up": [
                "subject": "Following up: Staff Backend Engineer", "greeting": "Hello,",
                "paragraphs": ["I wanted to follow up on my application."], "closing": "Best,",
            ],
            "notes": ["Acme first: its latency work matches the posting's APIs."],
        ]
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// An answer that invents a skill, an employer, a title and a date, in lists and in prose.
    static var inventingAnswer: String {
        answer(
            skills: ["Swift", "Kubernetes", "PostgreSQL"], acmeTitle: "Principal Engineer", acmeStart: "2017-01-01",
            extraExperience: [
                "experience_id": "exp-made-up", "company": "Hooli", "title": "Engineering Manager",
                "start": "2012-01-01", "end": "2014-12-31", "bullets": ["Led 40 engineers."],
            ],
            letterParagraphs: [
                "I am applying for the Staff Backend Engineer role at Globex Logistics.",
                "I ran Kubernetes clusters for years. At Acme Robotics I made the order API fast.",
                "Before that I led the platform group at Hooli in 2012. I also served as a VP Engineering there.",
            ])
    }
}

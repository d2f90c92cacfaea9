// The profile's material ordered by how well it answers the posting: what the
// built-in generator lays out as is and what a model is told to draw from.

/// Experiences (each with its achievements ranked), the skills to list, and
/// the ATS-style coverage report. Built by ``RelevanceRanker``.
package struct RelevantMaterial: Sendable, Equatable, Codable {
    /// Every experience, most relevant first; `kept` marks those within the page budget.
    package var experiences: [RankedExperience]
    /// The person's skills in the order a tailored résumé lists them: the
    /// posting's required skills they have, then its preferred ones, then the rest.
    package var skills: [String]
    package var coverage: CoverageReport
    /// False when no embedding model was installed and relevance came from
    /// skills and shared words alone.
    package var usesModel: Bool

    package init(experiences: [RankedExperience], skills: [String], coverage: CoverageReport, usesModel: Bool) {
        self.experiences = experiences
        self.skills = skills
        self.coverage = coverage
        self.usesModel = usesModel
    }

    /// The experiences within the page budget, most relevant first.
    package var kept: [RankedExperience] { experiences.filter(\.kept) }

    /// The kept achievements across all experiences, most relevant first (ties by position).
    package var topAchievements: [RankedAchievement] {
        kept.flatMap(\.achievements).filter(\.kept).enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    enum CodingKeys: String, CodingKey {
        case experiences, skills, coverage
        case usesModel = "uses_model"
    }
}

/// One experience and how relevant it is.
package struct RankedExperience: Sendable, Equatable, Codable {
    package var experience: ExperienceFact
    /// 0…1: the best of its achievements' scores, nudged by its technologies.
    package var score: Double
    package var kept: Bool
    /// Its achievements, most relevant first.
    package var achievements: [RankedAchievement]

    package init(experience: ExperienceFact, score: Double, kept: Bool, achievements: [RankedAchievement]) {
        self.experience = experience
        self.score = score
        self.kept = kept
        self.achievements = achievements
    }
}

/// One achievement (or, for a job without any, its description) and its score.
package struct RankedAchievement: Sendable, Equatable, Codable {
    package var text: String
    /// The employer it was achieved at, so a letter can say where.
    package var company: String
    package var score: Double
    /// The posting's skills it names.
    package var skills: [String]
    package var kept: Bool

    package init(text: String, company: String, score: Double, skills: [String], kept: Bool) {
        self.text = text
        self.company = company
        self.score = score
        self.skills = skills
        self.kept = kept
    }
}

/// What an applicant tracking system would see: the posting's skills the
/// profile covers and misses, and its keywords the profile never mentions.
/// Missing skills are reported, never added to a document.
package struct CoverageReport: Sendable, Equatable, Codable {
    package var requiredCovered: [String]
    package var requiredMissing: [String]
    package var preferredCovered: [String]
    package var preferredMissing: [String]
    /// Words the posting stresses that appear nowhere in the profile.
    package var keywordsAbsent: [String]

    package init(
        requiredCovered: [String] = [], requiredMissing: [String] = [], preferredCovered: [String] = [],
        preferredMissing: [String] = [], keywordsAbsent: [String] = []
    ) {
        self.requiredCovered = requiredCovered
        self.requiredMissing = requiredMissing
        self.preferredCovered = preferredCovered
        self.preferredMissing = preferredMissing
        self.keywordsAbsent = keywordsAbsent
    }

    enum CodingKeys: String, CodingKey {
        case requiredCovered = "required_covered"
        case requiredMissing = "required_missing"
        case preferredCovered = "preferred_covered"
        case preferredMissing = "preferred_missing"
        case keywordsAbsent = "keywords_absent"
    }
}

// The numbers behind a match score: how much each component weighs in each
// ranking, and how raw signals become 0…1. Kept alone so tuning edits one file.

/// How much each component counts; a score is Σ weight × component / Σ weight.
///
/// Only the numbers here are meant to be tuned (by `scripts/eval match`): the
/// scorer reads them and nothing else decides how components combine.
public struct MatchWeights: Sendable, Equatable, Codable {
    public var semantic: Double
    public var skills: Double
    public var title: Double
    public var salary: Double
    public var location: Double
    public var seniority: Double
    public var recency: Double

    public init(
        semantic: Double, skills: Double, title: Double, salary: Double, location: Double, seniority: Double,
        recency: Double
    ) {
        self.semantic = semantic
        self.skills = skills
        self.title = title
        self.salary = salary
        self.location = location
        self.seniority = seniority
        self.recency = recency
    }

    /// The default ranking: meaning, skills and the practical fits together.
    /// Tuned on Tests/Eval/match/dev with `scripts/eval match` (docs/evaluation.md).
    public static let hybrid = MatchWeights(
        semantic: 0.35, skills: 0.15, title: 0.08, salary: 0.15, location: 0.20, seniority: 0.13, recency: 0.02)

    /// Cosine similarity alone (`--ranking semantic`), the eval's embedding-only baseline.
    public static let semanticOnly = MatchWeights(
        semantic: 1, skills: 0, title: 0, salary: 0, location: 0, seniority: 0, recency: 0)

    /// Skill overlap and title words alone (`--ranking keyword`), the eval's keyword-only baseline.
    public static let keywordOnly = MatchWeights(
        semantic: 0, skills: 0.65, title: 0.35, salary: 0, location: 0, seniority: 0, recency: 0)

    /// The hybrid without the semantic part: what ranks when no model is installed.
    public static let withoutModel: MatchWeights = {
        var weights = hybrid
        weights.semantic = 0
        return weights
    }()
}

/// How raw signals become components in 0…1.
public enum MatchCalibration {
    /// What a component is when its data is unknown (no salary on the posting,
    /// no location on the profile): neither a reward nor a penalty.
    public static let neutral = 0.5
    /// all-MiniLM-L6-v2 cosines of a profile and an unrelated posting sit near
    /// this (median 0.32 on the dev set); at or below it the semantic component is 0.
    public static let semanticFloor = 0.30
    /// Cosines at or above this (a close fit) make the semantic component 1. The
    /// dev set's best fits sit at 0.61–0.85, so a lower ceiling makes them all tie.
    public static let semanticCeiling = 0.85
    /// A required skill counts this many times a preferred one.
    public static let requiredSkillWeight = 2.0
    public static let preferredSkillWeight = 1.0
    /// Days after which recency has halved.
    public static let recencyHalfLifeDays = 30.0
    /// A posting whose top salary is this fraction under the floor scores 0 on salary;
    /// one just under the floor scores `salaryJustUnder`.
    public static let salaryShortfallAtZero = 0.25
    public static let salaryJustUnder = 0.4
    /// A posting paying the floor only at the top of its range.
    public static let salaryTopOfRangeOnly = 0.85
    /// Location fit by place, for on-site and hybrid postings (remote is 1).
    public static let sameCity = 1.0
    public static let sameRegion = 0.7
    public static let sameCountry = 0.45
    public static let relocation = 0.4
    public static let elsewhere = 0.0
    /// Remote postings open only in another country than the profile's.
    public static let remoteElsewhere = 0.3
    /// Hybrid postings elsewhere are a little less bad than on-site ones.
    public static let hybridElsewhere = 0.15
    /// Subtracted when the arrangement is not the one the profile prefers.
    public static let arrangementMismatch = 0.2
    /// Seniority fit by levels apart (0, 1, 2, 3 or more).
    public static let seniorityByDistance: [Double] = [1.0, 0.5, 0.1, 0.0]
    /// One level above yours (senior to lead, mid to senior): the usual next
    /// step of a career, so a smaller penalty than one level below.
    public static let seniorityStepUp = 0.8
    /// Weight of a past job's title against the current title and target titles.
    public static let pastTitleWeight = 0.8
}

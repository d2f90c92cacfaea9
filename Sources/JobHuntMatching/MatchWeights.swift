// The numbers behind a match score: how much each component weighs in each
// ranking, and how raw signals become 0…1. Kept alone so tuning edits one file.
import JobHuntKernel

/// How much each component counts; a score is Σ weight × component / Σ weight.
///
/// Only the numbers here are meant to be tuned (by `scripts/eval match`): the
/// scorer reads them and nothing else decides how components combine.
package struct MatchWeights: Sendable, Equatable, Codable {
    package var semantic: Double
    /// The target vector's cosine (see ``MatchComponents/target``).
    package var target: Double
    package var skills: Double
    package var title: Double
    package var salary: Double
    package var location: Double
    package var seniority: Double
    package var recency: Double

    package init(
        semantic: Double, target: Double = 0, skills: Double, title: Double, salary: Double, location: Double,
        seniority: Double, recency: Double
    ) {
        self.semantic = semantic
        self.target = target
        self.skills = skills
        self.title = title
        self.salary = salary
        self.location = location
        self.seniority = seniority
        self.recency = recency
    }

    /// The default ranking: meaning, skills and the practical fits together.
    ///
    /// Learned, not set by hand (issue 19): pairwise logistic regression
    /// (`Tests/Eval/match/tools/train_weights.py`) on the components
    /// `jobhunt-bench eval-match --features` wrote for every (person, posting)
    /// of Tests/Eval/match/dev — 11 kinds of person, each pair of postings
    /// graded differently for one person is one example, weighed by the gain
    /// difference; weights kept ≥ 0; regularisation chosen by
    /// leave-one-person-out nDCG@10 (none won). Recency learned 0: on the set,
    /// a posting's date says nothing about fit. Method, folds and figures:
    /// docs/evaluation.md. Re-learn, do not hand-edit, when a component changes.
    package static let hybrid = MatchWeights(
        semantic: 0.180, target: 0.159, skills: 0.102, title: 0.123, salary: 0.166, location: 0.224,
        seniority: 0.046, recency: 0)

    /// Cosine similarity alone (`--ranking semantic`), the eval's embedding-only baseline.
    package static let semanticOnly = MatchWeights(
        semantic: 1, skills: 0, title: 0, salary: 0, location: 0, seniority: 0, recency: 0)

    /// Skill overlap and title words alone (`--ranking keyword`), the eval's keyword-only baseline.
    package static let keywordOnly = MatchWeights(
        semantic: 0, skills: 0.65, title: 0.35, salary: 0, location: 0, seniority: 0, recency: 0)

    /// The hybrid without the semantic parts: what ranks when no model is installed.
    package static let withoutModel: MatchWeights = {
        var weights = hybrid
        weights.semantic = 0
        weights.target = 0
        return weights
    }()
}

/// How raw signals become components in 0…1.
package enum MatchCalibration {
    /// What a component is when its data is unknown (no salary on the posting,
    /// no location on the profile): neither a reward nor a penalty.
    package static let neutral = 0.5
    /// all-MiniLM-L6-v2 cosines of a profile and an unrelated posting sit near
    /// this (median 0.32 on the dev set); at or below it the semantic component is 0.
    package static let semanticFloor = 0.30
    /// Cosines at or above this (a close fit) make the semantic component 1. The
    /// dev set's best fits sit at 0.61–0.85, so a lower ceiling makes them all tie.
    package static let semanticCeiling = 0.85
    /// A required skill counts this many times a preferred one.
    package static let requiredSkillWeight = 2.0
    package static let preferredSkillWeight = 1.0
    /// Days after which recency has halved.
    package static let recencyHalfLifeDays = 30.0
    /// A posting whose top salary is this fraction under the floor scores 0 on salary;
    /// one just under the floor scores `salaryJustUnder`.
    package static let salaryShortfallAtZero = 0.25
    package static let salaryJustUnder = 0.4
    /// A posting paying the floor only at the top of its range.
    package static let salaryTopOfRangeOnly = 0.85
    /// Location fit by place, for on-site and hybrid postings (remote is 1).
    package static let sameCity = 1.0
    /// Another city of the same state or region is no nearer than another
    /// city of the country for someone who will not move: Dallas to Houston,
    /// Manchester to London are not commutes (places carry no distance).
    /// Was 0.7; 0.45 was the best of 0.15–0.7 on dev with relearned weights
    /// (docs/evaluation.md#learned-weights-issue-19).
    package static let sameRegion = 0.45
    package static let sameCountry = 0.45
    package static let relocation = 0.4
    package static let elsewhere = 0.0
    /// Remote postings open only in another country than the profile's.
    package static let remoteElsewhere = 0.3
    /// Hybrid postings elsewhere are a little less bad than on-site ones.
    package static let hybridElsewhere = 0.15
    /// Subtracted when the arrangement is not the one the profile prefers.
    package static let arrangementMismatch = 0.2
    /// Seniority fit by levels apart (0, 1, 2, 3 or more).
    package static let seniorityByDistance: [Double] = [1.0, 0.5, 0.1, 0.0]
    /// One level above yours (senior to lead, mid to senior): the usual next
    /// step of a career, so a smaller penalty than one level below.
    package static let seniorityStepUp = 0.8
    /// Weight of a past job's title against the current title and target titles.
    package static let pastTitleWeight = 0.8
}

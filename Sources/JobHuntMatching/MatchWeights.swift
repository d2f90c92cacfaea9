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
    /// of Tests/Eval/match/dev — 11 kinds of person, each ranked twice: with
    /// their preferences and from the résumé alone, so the weights hold when a
    /// person set nothing; each pair of postings graded differently for one
    /// person is one example, weighed by the gain difference; weights kept ≥ 0;
    /// regularisation and the target's lead (``ledByTarget(agreement:titleReadsAim:)``)
    /// chosen by leave-one-kind-out nDCG@10. Recency learned 0: on the set, a
    /// posting's date says nothing about fit. Method, folds and figures:
    /// docs/evaluation.md. Re-learn, do not hand-edit, when a component changes.
    package static let hybrid = MatchWeights(
        semantic: 0.185, target: 0.165, skills: 0.100, title: 0.124, salary: 0.121, location: 0.242,
        seniority: 0.063, recency: 0)

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

extension MatchWeights {
    /// These weights for a person whose aim may differ from their history:
    /// the share of the history-read components' weight (the profile's cosine
    /// and the title fit, both read from what they did) that moves onto the
    /// target vector, by ``targetLead(agreement:)``. Skills, level, pay and
    /// place keep theirs: the history still says what they can do and at
    /// which level (issue 19: "let the target lead when it disagrees with the
    /// history; use the history for skills and level"). The total is kept, so
    /// scores stay in 0…1. Unchanged when the ranking weighs no target.
    ///
    /// When `titleReadsAim` (the person's words state an aim their label
    /// does not, which the title component then reads beside their titles:
    /// ``StatedAim``), `title` keeps its weight and only `semantic`'s moves.
    package func ledByTarget(agreement: Double?, titleReadsAim: Bool = false) -> MatchWeights {
        guard target > 0, let agreement else { return self }
        let lead = Self.targetLead(agreement: agreement)
        guard lead > 0 else { return self }
        var weights = self
        let moved = lead * (semantic + (titleReadsAim ? 0 : title))
        weights.semantic *= 1 - lead
        if !titleReadsAim { weights.title *= 1 - lead }
        weights.target += moved
        return weights
    }

    /// How far the target leads, 0…1, from the cosine of the profile and
    /// target vectors: 0 at or above ``MatchCalibration/targetAgreementFull``
    /// (aim and history say the same), `targetLeadMax` at or below
    /// ``MatchCalibration/targetAgreementNone``, linear between.
    package static func targetLead(agreement: Double) -> Double {
        let full = MatchCalibration.targetAgreementFull
        let none = MatchCalibration.targetAgreementNone
        return MatchCalibration.targetLeadMax * ((full - agreement) / (full - none)).unit
    }
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
    /// What a saved search is worth in the order (``MatchFilters/nearMisses(oneOff:)``):
    /// a posting outside it is ordered as if it scored this much less, so it
    /// passes a posting inside only by fitting clearly better. Chosen on the
    /// development sets with saved searches (fresh2–fresh6, evaluation.md):
    /// 0.05–0.1 ranked best; 1 (every near miss below every posting inside)
    /// cost 0.01–0.03 nDCG, 0 (the search only a label) cost up to 0.01.
    package static let nearMissPenalty = 0.1
    /// Taken off the hybrid score per ``Dealbreaker``: enough that a posting
    /// with one ranks below a posting about as good without, not below every
    /// other. 0.1 was the best of 0.05–0.3 on the development sets, with and
    /// without saved searches (docs/evaluation.md "Dealbreakers").
    package static let dealbreakerPenalty = 0.1
    /// Seniority fit by levels apart (0, 1, 2, 3 or more).
    package static let seniorityByDistance: [Double] = [1.0, 0.5, 0.1, 0.0]
    /// One level above yours (senior to lead, mid to senior): the usual next
    /// step of a career, so a smaller penalty than one level below.
    package static let seniorityStepUp = 0.8
    /// Profile–target cosines at or above this mean the aim and the history
    /// agree: the weights are the learned ones as they stand. On dev the
    /// cosines are 0.88–0.96; (0.92, 0.82) had the best leave-one-kind-out
    /// nDCG@10 of (0.95, 0.85), (0.92, 0.82), (0.88, 0.78) and no lead
    /// (docs/evaluation.md#the-target-leads-issue-19).
    package static let targetAgreementFull = 0.92
    /// At or below this cosine the aim points elsewhere (a career changer):
    /// the target takes `targetLeadMax` of the cosine's and title's weight.
    package static let targetAgreementNone = 0.82
    package static let targetLeadMax = 1.0
    /// Weight of a past job's title against the current title and target titles.
    package static let pastTitleWeight = 0.8
    /// How many candidates nearest the target vector (``AimPeers``) speak
    /// for the work the person wants: a screen of results.
    package static let aimPeerCount = 10
    /// At least this many of them must state pay in the floor's currency
    /// before their pay is read as a floor the person did not set.
    package static let aimPeerMinimumPaid = 3
    /// The peers' mean `skills` at or above which the skills component is
    /// trusted fully; below it its weight shrinks in proportion (0 when every
    /// peer scores 0). The best of 0.2, 0.3 and 0.5 over the five labelled
    /// sets (docs/evaluation.md, issue 19's sixth round).
    package static let skillsTrustedAt = 0.5
}

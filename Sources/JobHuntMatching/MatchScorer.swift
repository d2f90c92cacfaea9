// Scores one posting against one profile: eight components in 0…1, the
// skills that match and are missing, and the salary and location verdicts.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import JobHuntSkills

/// What the scorer concluded about one posting.
struct MatchEvaluation {
    var components: MatchComponents
    var matchingRequiredSkills: [String]
    var matchingPreferredSkills: [String]
    var missingRequiredSkills: [String]
    var missingPreferredSkills: [String]
    var salaryFit: SalaryFit
    var locationFit: LocationFit
    /// What rules the posting out for the person whatever else fits (``Dealbreaker``).
    var dealbreakers: [Dealbreaker] = []

    /// Required first, then preferred.
    var matchingSkills: [String] { matchingRequiredSkills + matchingPreferredSkills }

    /// The hybrid score: the weighted mean of the components, less
    /// ``MatchCalibration/dealbreakerPenalty`` for each dealbreaker.
    func score(_ weights: MatchWeights) -> Double {
        let penalty = MatchCalibration.dealbreakerPenalty * Double(dealbreakers.count)
        return max(0, components.score(weights) - penalty)
    }
}

/// The hybrid scorer (docs/matching.md, "How a score is built").
///
/// Pure: the profile, the salary floor and the clock are given, so a test can
/// score a table of postings without a database.
struct MatchScorer {
    let profile: MatchProfile
    /// The search's floor, else the profile's target minimum.
    let salaryFloor: Int?
    /// The floor's currency: the profile's `target_salary_currency`, else its
    /// country's; nil when neither is known, and then every posting's pay is
    /// compared with the bare number, as typed.
    let floorCurrency: String?
    let today: CalendarDate
    let taxonomy: SkillTaxonomy
    /// A memo that `evaluate` fills (a class, not thread-safe): each scoring
    /// thread of ``evaluateAll(_:)`` has its own.
    var skillKeys: SkillKeys
    /// Each profile title's words (`titleWords`), with its weight: computed
    /// once, not once per candidate (they were a tenth of a cold match's CPU).
    let profileTitleWords: [(words: Set<String>, weight: Double)]
    /// ``measuredLevels(of:)`` the profile, once: every posting's seniority
    /// and dealbreakers read it.
    let measuredLevels: [ExperienceLevel]
    /// The search names places and no remote work (``MatchFilters/remoteOnlyThroughPlace``):
    /// a remote posting then scores as the arrangement the person did not ask for.
    var remoteNotAsked = false
    /// The floor is not the person's but read from the postings nearest
    /// their aim (``AimPeers/impliedFloor(currency:)``): it only lowers the
    /// salary component of postings paying under it.
    var floorIsImplied = false

    init(profile: MatchProfile, salaryFloor: Int?, now: Date, taxonomy: SkillTaxonomy = .standard) {
        self.profile = profile
        self.profileTitleWords = profile.titles.map { (Self.titleWords($0.title), $0.weight) }
        self.measuredLevels = Self.measuredLevels(of: profile)
        self.salaryFloor = salaryFloor ?? profile.profile.targetSalaryMin
        self.floorCurrency = profile.floorCurrency
        self.today = CalendarDate(utcDayOf: now)
        self.taxonomy = taxonomy
        self.skillKeys = SkillKeys(taxonomy)
    }

    /// `similarity` is the cosine of the two vectors, nil when either is missing.
    func evaluate(_ posting: StoredPosting, similarity: Double?, targetSimilarity: Double? = nil) -> MatchEvaluation {
        let skills = skillFit(posting)
        let salary = salaryFit(posting)
        let location = locationFit(posting)
        var components = MatchComponents(
            semantic: similarity.map(Self.semantic) ?? MatchCalibration.neutral,
            target: (targetSimilarity ?? similarity).map(Self.semantic) ?? MatchCalibration.neutral,
            skills: skills.score,
            title: titleFit(posting.title), salary: salary.score, location: location.score,
            seniority: seniorityFit(posting.experienceLevel), recency: recency(posting.postedDate))
        components.skillsKnown = skills.known
        return MatchEvaluation(
            components: components, matchingRequiredSkills: skills.matchingRequired,
            matchingPreferredSkills: skills.matchingPreferred, missingRequiredSkills: skills.missingRequired,
            missingPreferredSkills: skills.missingPreferred, salaryFit: salary.fit, locationFit: location.fit,
            dealbreakers: dealbreakers(salary: salary.fit, level: posting.experienceLevel))
    }

    /// Cosine mapped linearly from [floor, ceiling] to [0, 1].
    static func semantic(_ cosine: Double) -> Double {
        ((cosine - MatchCalibration.semanticFloor) / (MatchCalibration.semanticCeiling - MatchCalibration.semanticFloor))
            .unit
    }

    /// Halves every `recencyHalfLifeDays`; a posting dated in the future counts as today's.
    func recency(_ posted: CalendarDate?) -> Double {
        guard let posted else { return MatchCalibration.neutral }
        let days = max(0, today.startOfDayUTC.timeIntervalSince(posted.startOfDayUTC) / 86_400)
        return pow(0.5, days / MatchCalibration.recencyHalfLifeDays)
    }

    /// Levels apart, through ``MatchCalibration/seniorityByDistance``; one level
    /// up is ``MatchCalibration/seniorityStepUp``. Measured from the person's
    /// own level, unless their search asks for levels that leave it out (a
    /// changer whose years are in the work being left): then from the nearest
    /// level the search asks for.
    func seniorityFit(_ level: String?) -> Double {
        let mine = measuredLevels
        guard let highest = mine.last, let level, let theirs = ExperienceLevel(rawValue: level) else {
            return MatchCalibration.neutral
        }
        if theirs.rank == highest.rank + 1 { return MatchCalibration.seniorityStepUp }
        let table = MatchCalibration.seniorityByDistance
        let distance = mine.map { abs($0.rank - theirs.rank) }.min() ?? 0
        return table[min(distance, table.count - 1)]
    }

    /// The levels a posting's level is measured from, lowest first: the
    /// person's own, or the wanted ones (the search's, else the stated aim's)
    /// when they leave their own out.
    static func measuredLevels(of profile: MatchProfile) -> [ExperienceLevel] {
        let own = profile.ownLevels
        let wanted = profile.wantedLevels
        return wanted.isEmpty || own.allSatisfy(wanted.contains) ? own : wanted
    }
}

// What rules a posting out for a person however well the rest fits: the
// hybrid score is a weighted mean, and a mean lets a close fit in title and
// field outweigh pay under the person's own floor or a job two rungs above
// them (issue 19, ninth round).
import JobHuntKernel

/// A reason a person would pass on a posting whatever else fits, as `discover
/// match --json` lists it (`dealbreakers`). Each costs the hybrid score
/// ``MatchCalibration/dealbreakerPenalty``.
///
/// Only what the person said and the posting stated counts: pay under a floor
/// the person or their search set (not one read from peers), and a level two
/// or more rungs above the levels a posting is measured from (their own, or
/// their search's). A posting that gives no pay or no level has none.
package enum Dealbreaker: String, Sendable, Codable, CaseIterable {
    /// The top of the posting's range is under the person's floor, in the same currency.
    case payBelowFloor = "pay-below-floor"
    /// The posting is two or more levels above the person's (a mid-level
    /// flight attendant and a cabin crew manager's post; a graduate and a
    /// senior agronomist's). One level up is a usual next step and is not one.
    case levelTooHigh = "level-too-high"
}

extension MatchScorer {
    /// The dealbreakers of one posting, given its salary verdict and level.
    ///
    /// Not counted, by choice (each lowered nDCG@10 on the development sets,
    /// docs/evaluation.md "Dealbreakers"): a place elsewhere (the location
    /// component already scores it, and a search's places filter it) and a
    /// level two rungs below (years read from a résumé put some people a rung
    /// too high, and then their right jobs fell).
    func dealbreakers(salary: SalaryFit, level: String?) -> [Dealbreaker] {
        var found: [Dealbreaker] = []
        if salary == .below { found.append(.payBelowFloor) }
        if let highest = measuredLevels.last, let level, let theirs = ExperienceLevel(rawValue: level),
            theirs.rank >= highest.rank + 2
        {
            found.append(.levelTooHigh)
        }
        return found
    }
}

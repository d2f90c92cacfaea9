// Dealbreakers: pay under the person's own floor and a level two or more
// above theirs cost the hybrid score a fixed amount, so a close fit in title
// and field no longer outranks a posting the person could take.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Matching: dealbreakers")
struct MatchDealbreakerTests {
    func evaluate(_ posting: PostingSpec, profile: ProfileSpec = ProfileSpec(), wanted: [String] = [])
        -> MatchEvaluation
    {
        var person = profile.matchProfile()
        if !wanted.isEmpty {
            person = MatchProfile(
                profile: person.profile, skills: person.skills, experiences: [], wantedLevels: wanted)
        }
        let scorer = MatchScorer(profile: person, salaryFloor: nil, now: MatchScorerTests.now)
        return scorer.evaluate(posting.stored, similarity: 0.6)
    }

    @Test("pay under the person's floor is one, and costs the score the penalty")
    func payBelowFloor() {
        var underpaid = PostingSpec()
        (underpaid.salaryMin, underpaid.salaryMax) = (60_000, 70_000)
        let evaluation = evaluate(underpaid)
        #expect(evaluation.salaryFit == .below)
        #expect(evaluation.dealbreakers == [.payBelowFloor])
        let mean = evaluation.components.score(.hybrid)
        #expect(abs(evaluation.score(.hybrid) - (mean - MatchCalibration.dealbreakerPenalty)) < 1e-12)
    }

    @Test("pay that reaches the floor, is not given, or is in another currency is none")
    func payThatIsNoDealbreaker() {
        var partly = PostingSpec()
        (partly.salaryMin, partly.salaryMax) = (90_000, 105_000)
        var unpaid = PostingSpec()
        (unpaid.salaryMin, unpaid.salaryMax) = (nil, nil)
        var euros = PostingSpec()
        (euros.salaryMin, euros.salaryMax, euros.currency) = (60_000, 70_000, "EUR")
        for posting in [PostingSpec(), partly, unpaid, euros] {
            let evaluation = evaluate(posting)
            #expect(evaluation.dealbreakers.isEmpty, "\(evaluation.salaryFit)")
            #expect(evaluation.score(.hybrid) == evaluation.components.score(.hybrid))
        }
    }

    @Test("a level two or more above the person's is one; one above, or any below, is not")
    func levelTooHigh() {
        // Four years as a flight attendant read as mid.
        var attendant = ProfileSpec()
        (attendant.title, attendant.years, attendant.salaryFloor) = ("Flight Attendant", 4, nil)
        #expect(attendant.matchProfile().level == .mid)
        func dealbreakers(_ level: String) -> [Dealbreaker] {
            var posting = PostingSpec()
            (posting.title, posting.level) = ("Cabin Crew", level)
            return evaluate(posting, profile: attendant).dealbreakers
        }
        #expect(dealbreakers("lead") == [.levelTooHigh])
        #expect(dealbreakers("executive") == [.levelTooHigh])
        #expect(dealbreakers("senior").isEmpty, "the usual next step")
        #expect(dealbreakers("mid").isEmpty && dealbreakers("entry").isEmpty)
    }

    @Test("a search's levels that leave the person's own out are what 'too high' is measured from")
    func levelFromSearch() {
        // Fourteen years as a carpenter read as senior; the search asks for entry-level estimating.
        var carpenter = ProfileSpec()
        (carpenter.title, carpenter.years, carpenter.salaryFloor) = ("Carpenter", 14, nil)
        var senior = PostingSpec()
        (senior.title, senior.level) = ("Senior Estimator", "senior")
        var mid = senior
        mid.level = "mid"
        #expect(evaluate(senior, profile: carpenter).dealbreakers.isEmpty, "the years alone: his own level")
        #expect(evaluate(senior, profile: carpenter, wanted: ["entry"]).dealbreakers == [.levelTooHigh])
        #expect(evaluate(mid, profile: carpenter, wanted: ["entry"]).dealbreakers.isEmpty)
    }

    @Test("both count, and the score never goes below zero")
    func bothCount() {
        var posting = PostingSpec()
        (posting.level, posting.salaryMin, posting.salaryMax) = ("executive", 40_000, 50_000)
        var junior = ProfileSpec()
        (junior.title, junior.years) = ("Junior Java Engineer", 1)
        let evaluation = evaluate(posting, profile: junior)
        #expect(evaluation.dealbreakers == [.payBelowFloor, .levelTooHigh])
        var weights = MatchWeights.hybrid
        weights.salary = 1
        #expect(evaluation.score(weights) >= 0)
        #expect(evaluation.score(.hybrid) < evaluation.components.score(.hybrid) - 0.19)
    }

    @Test("the JSON lists them by name, and a result cached without them reads back")
    func json() throws {
        var underpaid = PostingSpec()
        (underpaid.salaryMin, underpaid.salaryMax) = (60_000, 70_000)
        let evaluation = evaluate(underpaid)
        let match = PostingMatch(underpaid.stored, evaluation: evaluation, score: 0.4, rank: 1)
        let text = String(decoding: try JSONEncoder().encode(match), as: UTF8.self)
        #expect(text.contains(#""dealbreakers":["pay-below-floor"]"#))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        object["dealbreakers"] = nil
        let older = try JSONDecoder().decode(
            PostingMatch.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(older.dealbreakers == nil)
    }
}

// What the postings nearest a person's aim supply when the profile says too
// little (AimPeers, docs/matching.md "The postings nearest your aim"): a salary
// floor nobody set, and how far the skills component can be trusted.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: the postings nearest the aim")
struct MatchAimPeersTests {
    /// A candidate paying up to `top` (nil: no pay) at target cosine `near`.
    static func candidate(top: Int?, currency: String? = "GBP", near: Double) -> MatchCandidate {
        var posting = PostingSpec()
        posting.salaryMin = top.map { $0 - 5_000 }
        posting.salaryMax = top
        posting.currency = top == nil ? nil : currency
        return MatchCandidate(posting: posting.stored, similarity: near - 0.1, targetSimilarity: near)
    }

    @Test("the implied floor is the median of the nearest peers' tops, in the floor's currency")
    func impliedFloorIsTheMedian() {
        var candidates = [30_000, 34_000, 36_000, 38_000, 90_000].enumerated().map { index, top in
            Self.candidate(top: top, near: 0.9 - Double(index) * 0.01)
        }
        candidates.append(Self.candidate(top: 200_000, currency: "USD", near: 0.95))
        candidates.append(Self.candidate(top: nil, near: 0.99))
        let peers = AimPeers(candidates)
        #expect(peers.impliedFloor(currency: "GBP") == 36_000, "USD and unpaid peers do not count")
        #expect(AimPeers(Array(candidates.prefix(4))).impliedFloor(currency: "GBP") == 35_000, "even: mean of middle")
    }

    @Test("only the nearest ten speak, and too few paid ones say nothing")
    func nearestTenAndTooFew() {
        let far = (0..<20).map { Self.candidate(top: 10_000, near: 0.2 + Double($0) * 0.001) }
        let near = (0..<10).map { Self.candidate(top: 50_000, near: 0.8 + Double($0) * 0.001) }
        #expect(AimPeers(far + near).impliedFloor(currency: "GBP") == 50_000)
        let twoPaid = [Self.candidate(top: 40_000, near: 0.9), Self.candidate(top: 42_000, near: 0.8)]
        #expect(AimPeers(twoPaid).impliedFloor(currency: "GBP") == nil)
        #expect(AimPeers([]).impliedFloor(currency: nil) == nil)
    }

    @Test("an implied floor lowers postings under it and lifts none")
    func impliedFloorOnlyLowers() {
        var scorer = MatchScorer(profile: ProfileSpec().matchProfile(), salaryFloor: 120_000, now: MatchScorerTests.now)
        scorer.floorIsImplied = true
        var low = PostingSpec()
        low.salaryMin = 70_000
        low.salaryMax = 80_000
        let under = scorer.salaryFit(low.stored)
        #expect(under.fit == .belowPeers && under.score < MatchCalibration.neutral)
        let meets = scorer.salaryFit(PostingSpec().stored)  // 110–130k: its top reaches the floor
        #expect(meets.fit == .noFloor && meets.score == MatchCalibration.neutral)
        var rich = PostingSpec()
        rich.salaryMin = 200_000
        rich.salaryMax = 220_000
        #expect(scorer.salaryFit(rich.stored).score == MatchCalibration.neutral, "pay above peers is no sign of fit")
        scorer.floorIsImplied = false
        #expect(scorer.salaryFit(rich.stored).fit == .meets, "a stated floor is read as before")
    }

    @Test("skills are trusted in proportion to what they give the peers")
    func skillsConfidence() {
        func components(_ skills: Double, known: Bool = true) -> MatchComponents {
            var c = MatchComponents(
                semantic: 0.5, skills: skills, title: 0.5, salary: 0.5, location: 0.5, seniority: 0.5, recency: 0.5)
            c.skillsKnown = known
            return c
        }
        #expect(AimPeers.skillsConfidence([components(0), components(0)]) == 0, "a field the taxonomy cannot read")
        #expect(AimPeers.skillsConfidence([components(0.25), components(0.25), components(1, known: false)]) == 0.5)
        #expect(AimPeers.skillsConfidence([components(0.8), components(0.6)]) == 1)
        #expect(AimPeers.skillsConfidence([components(0.5, known: false)]) == 1, "no evidence: nothing to shrink")
        #expect(AimPeers.skillsConfidence([]) == 1)
    }
}

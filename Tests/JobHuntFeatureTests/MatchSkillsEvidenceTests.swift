// The skills component when there is nothing to compare: a posting that names no
// taxonomy skill, or a profile with none. It drops out of the score instead of
// counting as half a fit (MatchComponents.skillsKnown, docs/matching.md).
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("Matching: no skills evidence drops the skills component")
struct MatchSkillsEvidenceTests {
    /// A care posting: no skill of the taxonomy in its title, text or lists.
    static var careWork: PostingSpec {
        var posting = PostingSpec()
        posting.title = "Care Assistant"
        posting.description = "Support residents with daily living, meals and companionship on a friendly team."
        posting.required = []
        return posting
    }

    /// The weighted mean of every component but skills, by hand.
    static func meanWithoutSkills(_ c: MatchComponents, _ w: MatchWeights) -> Double {
        let pairs = [
            (w.semantic, c.semantic), (w.target, c.target), (w.title, c.title), (w.salary, c.salary),
            (w.location, c.location), (w.seniority, c.seniority), (w.recency, c.recency),
        ]
        return pairs.reduce(0) { $0 + $1.0 * $1.1 } / pairs.reduce(0) { $0 + $1.0 }
    }

    @Test("a posting naming no skill is scored on the other components alone")
    func postingWithoutSkills() {
        let (score, evaluation) = MatchScorerTests.score(Self.careWork, similarity: 0.5)
        #expect(!evaluation.components.skillsKnown)
        #expect(evaluation.components.skills == MatchCalibration.neutral, "still reported as 0.5")
        #expect(abs(score - Self.meanWithoutSkills(evaluation.components, .hybrid)) < 1e-12)
        var counted = evaluation.components
        counted.skillsKnown = true
        #expect(counted.score(.hybrid) != score, "the 0.5 no longer counts")
    }

    @Test("a profile with no skill compares none")
    func profileWithoutSkills() {
        var profile = ProfileSpec()
        profile.skills = []
        let (score, evaluation) = MatchScorerTests.score(PostingSpec(), profile: profile, similarity: 0.5)
        #expect(!evaluation.components.skillsKnown)
        #expect(abs(score - Self.meanWithoutSkills(evaluation.components, .hybrid)) < 1e-12)
    }

    @Test("skills named on both sides still count, as before")
    func bothSidesCount() {
        let (score, evaluation) = MatchScorerTests.score(PostingSpec(), similarity: 0.5)
        #expect(evaluation.components.skillsKnown)
        #expect(evaluation.components.skills == 1)
        #expect(score > Self.meanWithoutSkills(evaluation.components, .hybrid), "a full skills match lifts the score")
    }

    @Test("rounding for JSON keeps whether skills counted, and JSON does not carry it")
    func roundingAndJSON() throws {
        let evaluation = MatchScorerTests.score(Self.careWork, similarity: 0.5).evaluation
        #expect(!evaluation.components.rounded.skillsKnown)
        let json = try String(decoding: JSONEncoder().encode(evaluation.components), as: UTF8.self)
        #expect(!json.contains("skillsKnown") && !json.contains("skills_known"))
    }
}

// StatedWorkType (issue 19, tenth round): the way of working a summary asks
// for, read only where a person set none, on sentences in no evaluation set.
import Foundation
import Testing

@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Profiles: the work type a summary asks for")
struct StatedWorkTypeTests {
    @Test("a sentence that seeks work and names one way of working says it")
    func oneWay() {
        #expect(StatedWorkType.read("Looking for a claims role in Leeds, fully remote.") == .remote)
        #expect(StatedWorkType.read("Seeking an on-site lab post near Basel.") == .onsite)
        #expect(StatedWorkType.read("Ideally two or three days in the office.") == .hybrid)
        #expect(
            StatedWorkType.read("Looking for a buyer role in Lyon, hybrid, or remote.") == .hybrid,
            "hybrid takes remote")
    }

    @Test("a way of working told as history, or two that disagree, says nothing")
    func nothing() {
        #expect(StatedWorkType.read("Led a remote team of six for three years.") == nil, "no sentence seeks work")
        #expect(StatedWorkType.read("Open to remote or on-site work in Porto.") == nil, "either: no preference")
        #expect(StatedWorkType.read(nil) == nil)
    }

    @Test("the person's own setting wins; unset, the summary's words are scored")
    func scored() {
        var profile = UserProfile(userID: UUID())
        profile.summary = "Accounts assistant looking for a hybrid role in Leeds."
        #expect(MatchProfile(profile: profile, skills: [], experiences: []).workType == .hybrid)
        profile.preferredWorkType = .onsite
        #expect(MatchProfile(profile: profile, skills: [], experiences: []).workType == .onsite)
        profile.preferredWorkType = nil
        profile.locationCountry = "GB"
        let scorer = MatchScorer(
            profile: MatchProfile(profile: profile, skills: [], experiences: []), salaryFloor: nil,
            now: MatchScorerTests.now)
        var onsite = PostingSpec()
        onsite.arrangement = "onsite"
        onsite.city = nil
        var hybrid = onsite
        hybrid.arrangement = "hybrid"
        let onsiteScore = scorer.evaluate(onsite.stored, similarity: nil).components.location
        let hybridScore = scorer.evaluate(hybrid.stored, similarity: nil).components.location
        #expect(hybridScore - onsiteScore == MatchCalibration.arrangementMismatch)
    }
}

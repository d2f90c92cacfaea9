// Scoring a candidate list on several threads gives every candidate the
// evaluation one thread gives it, in the list's order.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntMatching

@Suite("Matching: scoring a candidate list on every core")
struct MatchScorerBatchTests {
    @Test("each candidate's evaluation equals scoring it alone, in order, with and without skill arrays")
    func sameAsOneAtATime() {
        let scorer = MatchScorer(
            profile: ProfileSpec().matchProfile(), salaryFloor: 100_000, now: MatchScorerTests.now)
        let titles = ["Senior Java Engineer", "Junior JavaScript Developer", "Data Analyst", "React Native Developer"]
        let candidates = (0..<300).map { index in
            var spec = PostingSpec()
            spec.title = titles[index % titles.count]
            // A third carry no skill arrays: their skills are read from the text.
            // The others name a skill no other posting names, so every
            // evaluation writes the scorer's skill-key memo (a race if shared).
            if index % 3 == 0 {
                spec.required = []
                spec.description = "We use Kotlin, Java \(index % 2 == 0 ? "and PostgreSQL" : "and Redis") every day."
            } else {
                spec.required = ["Java", "In-house tool \(index)"]
            }
            spec.salaryMin = 60_000 + 500 * index
            spec.salaryMax = 80_000 + 500 * index
            return MatchCandidate(
                posting: spec.stored, similarity: index % 5 == 0 ? nil : Double(index % 97) / 97,
                targetSimilarity: index % 2 == 0 ? Double(index % 89) / 89 : nil)
        }
        let together = scorer.evaluateAll(candidates)
        let alone = candidates.map { scorer.evaluate($0) }
        #expect(together.count == alone.count)
        for (index, (left, right)) in zip(together, alone).enumerated() {
            #expect(left.components == right.components, "candidate \(index)")
            #expect(left.matchingSkills == right.matchingSkills, "candidate \(index)")
            #expect(left.missingRequiredSkills == right.missingRequiredSkills, "candidate \(index)")
            #expect(left.salaryFit == right.salaryFit && left.locationFit == right.locationFit, "candidate \(index)")
        }
        // The candidates differ, so a result in the wrong place would show.
        #expect(Set(together.map(\.components.semantic)).count > 50)
        #expect(scorer.evaluateAll([]).isEmpty)
    }

    @Test("each scoring thread has its own skill-key memo, which evaluate writes")
    func memoPerThread() {
        let scorer = MatchScorer(profile: ProfileSpec().matchProfile(), salaryFloor: nil, now: MatchScorerTests.now)
        let scorers = scorer.threadScorers(3)
        #expect(scorers.count == 3)
        #expect(Set(scorers.map { ObjectIdentifier($0.skillKeys) }).count == 3)
        #expect(scorers[0].skillKeys === scorer.skillKeys)
    }
}

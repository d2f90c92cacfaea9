// nDCG against values computed by hand (and checked in Python), so the
// evaluation's one number is known to be the textbook one.
import Foundation
import Testing

@testable import JobHuntBench
@testable import JobHuntKernel

@Suite("Ranking metrics: DCG and nDCG")
struct RankingMetricsTests {
    // Grades 3,2,3,0,1,2 in ranked order: 7/1 + 3/log2(3) + 7/2 + 0 + 1/log2(6) + 3/log2(7).
    static let ranked = [3, 2, 3, 0, 1, 2]

    @Test("DCG uses gain 2^g − 1 and discount log2(position + 1)")
    func dcg() {
        #expect(abs(RankingMetrics.dcg(Self.ranked, k: 6) - 13.848263629) < 1e-8)
        #expect(abs(RankingMetrics.dcg(Self.ranked, k: 2) - (7 + 3 / log2(3.0))) < 1e-12)
        #expect(RankingMetrics.dcg([], k: 10) == 0)
    }

    @Test("nDCG divides by the DCG of the ideal order of every labelled item")
    func ndcg() {
        // Ideal 3,3,2,2,1,0: 7 + 7/log2(3) + 3/2 + 3/log2(5) + 1/log2(6) = 14.595390756.
        #expect(abs(RankingMetrics.ndcg(ranked: Self.ranked, allGrades: Self.ranked, k: 6) - 0.948810749) < 1e-8)
        #expect(abs(RankingMetrics.ndcg(ranked: Self.ranked, allGrades: Self.ranked, k: 3) - 0.959453515) < 1e-8)
        #expect(RankingMetrics.ndcg(ranked: [3, 3, 2, 2, 1, 0], allGrades: Self.ranked, k: 6) == 1)
    }

    @Test("a relevant item the ranking never returned still counts in the ideal")
    func missingItems() {
        // Only the grade-1 item returned; the grade-3 one is missing: 1 / (7 + 1/log2(3)).
        #expect(abs(RankingMetrics.ndcg(ranked: [1], allGrades: [3, 1, 0], k: 10) - 0.131045630) < 1e-8)
        // The 3 is ranked third, past a cut-off of 2.
        #expect(RankingMetrics.ndcg(ranked: [0, 0, 3], allGrades: [3, 0, 0], k: 2) == 0)
    }

    @Test("tied results share their group's mean gain, so the tie-break order does not matter")
    func ties() {
        // Positions 1 and 2 tie: each gains (7 + 0) / 2; then 1 / log2(4).
        #expect(abs(RankingMetrics.dcg(groups: [[3, 0], [1]], k: 10) - 6.208254138) < 1e-8)
        #expect(
            RankingMetrics.dcg(groups: [[0, 3], [1]], k: 10) == RankingMetrics.dcg(groups: [[3, 0], [1]], k: 10))
        // A three-way tie cut at 2: (8/3)(1 + 1/log2(3)) over the ideal 7 + 1/log2(3).
        #expect(abs(RankingMetrics.ndcg(groups: [[3, 1, 0]], allGrades: [3, 1, 0], k: 2) - 0.569936580) < 1e-8)
        // Without ties it is plain DCG.
        #expect(
            abs(RankingMetrics.dcg(groups: Self.ranked.map { [$0] }, k: 6) - RankingMetrics.dcg(Self.ranked, k: 6))
                < 1e-12)
        #expect(RankingEvaluation.ties([(0.9, 3), (0.9, 0), (0.5, 1)]) == [[3, 0], [1]])
    }

    @Test("a person with nothing relevant scores 1 whatever the order")
    func nothingRelevant() {
        #expect(RankingMetrics.ndcg(ranked: [0, 0], allGrades: [0, 0, 0], k: 10) == 1)
    }
}

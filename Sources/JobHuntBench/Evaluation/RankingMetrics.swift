// Graded-relevance ranking metrics: DCG and nDCG at a cut-off, the measure
// `scripts/eval match` reports for each ranking.
import Foundation
import JobHuntKernel

/// Normalised discounted cumulative gain (Järvelin and Kekäläinen, 2002), in
/// the exponential-gain form most IR toolkits use: a result of grade g at
/// 1-based position i adds (2^g − 1) / log2(i + 1). Exponential gain makes one
/// excellent result worth more than several marginal ones, which is how a
/// person reads a list of jobs.
package enum RankingMetrics {
    /// DCG of the first `k` grades, in ranked order.
    package static func dcg(_ grades: [Int], k: Int) -> Double {
        var total = 0.0
        for (index, grade) in grades.prefix(k).enumerated() where grade > 0 {
            total += (pow(2, Double(grade)) - 1) / log2(Double(index + 2))
        }
        return total
    }

    /// DCG of a ranking with ties: `groups` are the grades of results that
    /// share a score, best group first. Each position of a group gets the
    /// group's mean gain — the expected DCG over every order of the ties
    /// (McSherry and Najork, ECIR 2008) — so a ranker that cannot tell two
    /// postings apart is neither rewarded nor punished by whichever order a
    /// tie-break (here, random UUIDs) happened to produce.
    package static func dcg(groups: [[Int]], k: Int) -> Double {
        var total = 0.0
        var position = 0
        for group in groups where !group.isEmpty {
            guard position < k else { break }
            let gain = group.reduce(0.0) { $0 + pow(2, Double($1)) - 1 } / Double(group.count)
            for offset in 0..<min(group.count, k - position) { total += gain / log2(Double(position + offset + 2)) }
            position += group.count
        }
        return total
    }

    /// ``ndcg(ranked:allGrades:k:)`` for a ranking with ties, as ``dcg(groups:k:)``.
    package static func ndcg(groups: [[Int]], allGrades: [Int], k: Int) -> Double {
        let ideal = dcg(allGrades.sorted(by: >), k: k)
        guard ideal > 0 else { return 1 }
        return dcg(groups: groups, k: k) / ideal
    }

    /// DCG of `ranked` divided by the DCG of the best possible order of
    /// `allGrades` (every labelled item, ranked or not), so 1 is perfect and
    /// a relevant item the ranker never returned counts against it. A person
    /// with nothing relevant scores 1: no ranking can do better or worse.
    package static func ndcg(ranked: [Int], allGrades: [Int], k: Int) -> Double {
        let ideal = dcg(allGrades.sorted(by: >), k: k)
        guard ideal > 0 else { return 1 }
        return dcg(ranked, k: k) / ideal
    }
}

// What one evaluation run measured: nDCG per person and ranking, the means,
// and each ranking's top results, so a regression can be traced to postings.
import Foundation
import JobHuntKernel
import JobHuntMatching

/// The measurements of one labelled set; `--json` prints it as is.
package struct EvaluationReport: Sendable, Encodable {
    /// One person's results.
    package struct Person: Sendable, Encodable {
        package var profile: String
        /// nDCG at the cut-off, by ranking name.
        package var ndcg: [String: Double]
        /// The first `cutoff` results, as `external_id:grade`, by ranking name.
        package var top: [String: [String]]
        /// Milliseconds the ranking of every posting took for this person, by
        /// ranking name: a second, warm call (vectors stored, no result cache).
        package var milliseconds: [String: Double] = [:]
    }

    package var set: String
    package var cutoff: Int
    package var postings: Int
    package var people: [Person]

    /// The mean nDCG over people, by ranking name (the `MatchRanking`s and the BM25 baseline).
    package var mean: [String: Double] {
        var means: [String: Double] = [:]
        for name in Set(people.flatMap(\.ndcg.keys)) {
            let values = people.compactMap { $0.ndcg[name] }
            if !values.isEmpty { means[name] = values.reduce(0, +) / Double(values.count) }
        }
        return means
    }

    /// The median over people of each ranking's milliseconds.
    package var medianMilliseconds: [String: Double] {
        var medians: [String: Double] = [:]
        for ranking in MatchRanking.allCases {
            let values = people.compactMap { $0.milliseconds[ranking.rawValue] }.sorted()
            if !values.isEmpty { medians[ranking.rawValue] = values[values.count / 2] }
        }
        return medians
    }

    enum CodingKeys: String, CodingKey { case set, cutoff, postings, people, mean, medianMilliseconds }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(set, forKey: .set)
        try container.encode(cutoff, forKey: .cutoff)
        try container.encode(postings, forKey: .postings)
        try container.encode(people, forKey: .people)
        try container.encode(mean, forKey: .mean)
        try container.encode(medianMilliseconds, forKey: .medianMilliseconds)
    }
}

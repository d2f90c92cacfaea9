// What one evaluation run measured: nDCG per person and ranking, the means,
// and each ranking's top results, so a regression can be traced to postings.
import Foundation

/// The measurements of one labelled set; `--json` prints it as is.
public struct EvaluationReport: Sendable, Encodable {
    /// One person's results.
    public struct Person: Sendable, Encodable {
        public var profile: String
        /// nDCG at the cut-off, by ranking name.
        public var ndcg: [String: Double]
        /// The first `cutoff` results, as `external_id:grade`, by ranking name.
        public var top: [String: [String]]
    }

    public var set: String
    public var cutoff: Int
    public var postings: Int
    public var people: [Person]

    /// The mean nDCG over people, by ranking name.
    public var mean: [String: Double] {
        var means: [String: Double] = [:]
        for ranking in MatchRanking.allCases {
            let values = people.compactMap { $0.ndcg[ranking.rawValue] }
            if !values.isEmpty { means[ranking.rawValue] = values.reduce(0, +) / Double(values.count) }
        }
        return means
    }

    enum CodingKeys: String, CodingKey { case set, cutoff, postings, people, mean }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(set, forKey: .set)
        try container.encode(cutoff, forKey: .cutoff)
        try container.encode(postings, forKey: .postings)
        try container.encode(people, forKey: .people)
        try container.encode(mean, forKey: .mean)
    }
}

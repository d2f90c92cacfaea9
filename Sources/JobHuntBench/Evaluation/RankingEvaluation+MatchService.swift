// The rankings under evaluation: `discover match`'s own service, asked for
// every posting so nDCG sees the whole order the person would page through.
import Foundation
import JobHuntKernel
import JobHuntMatching

extension RankingEvaluation {
    /// MatchService with this run's embedder, returning up to `limit` postings.
    /// No saved search is named: the person's profile and preferences (salary
    /// floor, arrangement, place) are what ranks, so nothing is filtered away.
    package func matchServiceRanker(limit: Int) -> Ranker {
        let service = MatchService(services: services, embedder: embedder)
        return { ranking, actor in
            try service.match(MatchRequest(limit: limit, ranking: ranking), for: actor).map { ($0.id, $0.score) }
        }
    }
}

// The rankings under evaluation: `discover match`'s own service, asked for
// every posting so nDCG sees the whole order the person would page through.
import Foundation
import JobHuntKernel
import JobHuntMatching

extension RankingEvaluation {
    /// MatchService with this run's embedder, returning up to `limit` postings.
    /// No saved search is named: the person's profile and preferences (salary
    /// floor, arrangement, place) are what ranks, so nothing is filtered away.
    /// With a `recorder`, the hybrid ranking's components are kept for the
    /// weight trainer (`eval-match --features`).
    package func matchServiceRanker(limit: Int, recorder: ComponentRecorder? = nil) -> Ranker {
        let service = MatchService.make(services: services, embedder: embedder)
        return { ranking, actor in
            let matches = try service.match(MatchRequest(limit: limit, ranking: ranking), for: actor)
            let person = String(actor.user.email.prefix { $0 != "@" })
            if ranking == .hybrid, let recorder, recorder.people.insert(person).inserted {
                for match in matches {
                    recorder.rows.append(
                        .init(person: person, externalID: match.externalID ?? "", components: match.components))
                }
            }
            return matches.map { ($0.id, $0.score) }
        }
    }
}

/// The components of every (person, posting) the hybrid ranking scored: the
/// features `Tests/Eval/match/tools/train_weights.py` learns weights from.
package final class ComponentRecorder {
    package struct Row {
        package var person: String
        package var externalID: String
        package var components: MatchComponents
    }

    package var rows: [Row] = []
    /// People already recorded: a ranking asked twice (the timed warm call) is kept once.
    var people: Set<String> = []

    package init() {}

    /// The component names, in the order of ``tsv(grades:)``'s columns.
    package static let names = [
        "semantic", "target", "skills", "title", "salary", "location", "seniority", "recency",
    ]

    /// One line per row: person, external id, grade, then the components.
    package func tsv(grades: (String, String) -> Int) -> String {
        var lines = [(["profile", "external_id", "grade"] + Self.names).joined(separator: "\t")]
        for row in rows {
            let c = row.components
            let values = [c.semantic, c.target, c.skills, c.title, c.salary, c.location, c.seniority, c.recency]
            lines.append(
                ([row.person, row.externalID, "\(grades(row.person, row.externalID))"]
                    + values.map { String(format: "%.4f", $0) }).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

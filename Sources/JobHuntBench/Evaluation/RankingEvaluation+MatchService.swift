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
    /// `searches` are the people's saved searches (``EvaluationPreferences/search``)
    /// by name: the hybrid with preferences is matched with those filters, as
    /// `discover match --search NAME` would be; the baselines and the
    /// résumé-only hybrid never are.
    package func matchServiceRanker(
        limit: Int, recorder: ComponentRecorder? = nil, searches: [String: MatchFilters] = [:]
    ) -> Ranker {
        let service = MatchService.make(services: services, embedder: embedder)
        return { ranking, actor in
            let name = String(actor.user.email.prefix { $0 != "@" })
            var request = MatchRequest(limit: limit, ranking: ranking)
            if ranking == .hybrid, let filters = searches[name] { request.filters = filters }
            let outcome = try service.outcome(request, for: actor)
            let matches = outcome.matches
            let person = name
            // The résumé-only account is recorded as `NAME+resume-only`, graded
            // as NAME: the weights must rank well with and without preferences.
            if ranking == .hybrid, let recorder, recorder.people.insert(person).inserted {
                for match in matches {
                    recorder.rows.append(
                        .init(
                            person: person, externalID: match.externalID ?? "", components: match.components,
                            agreement: outcome.targetAgreement, titleReadsAim: outcome.titleReadsAim,
                            skillsConfidence: outcome.skillsConfidence))
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
        /// The person's profile–target cosine (``MatchOutcome/targetAgreement``),
        /// which decides how far the target leads (``MatchWeights/ledByTarget(agreement:titleReadsAim:)``).
        package var agreement: Double?
        /// The title component reads an aim the person stated, so it keeps
        /// its weight when the target leads (``MatchOutcome/titleReadsAim``).
        package var titleReadsAim = false
        /// What the skills weight was multiplied by for this person (``MatchOutcome/skillsConfidence``).
        package var skillsConfidence = 1.0
    }

    package var rows: [Row] = []
    /// People already recorded: a ranking asked twice (the timed warm call) is kept once.
    var people: Set<String> = []

    package init() {}

    /// The component names, in the order of ``tsv(grades:)``'s columns.
    package static let names = [
        "semantic", "target", "skills", "title", "salary", "location", "seniority", "recency",
    ]

    /// One line per row: person (`NAME+resume-only` for the résumé-only
    /// account), external id, grade, the components, then the person's
    /// profile–target agreement (empty when unknown), `title_reads_aim` (1 or 0) and
    /// `skills_known` (0 when the skills component drops out: ``MatchComponents/skillsKnown``) and
    /// `skills_confidence` (what the skills weight was multiplied by: ``MatchOutcome/skillsConfidence``).
    package func tsv(grades: (String, String) -> Int) -> String {
        var lines = [
            (["profile", "external_id", "grade"] + Self.names + [
                "agreement", "title_reads_aim", "skills_known", "skills_confidence",
            ])
            .joined(
                separator: "\t")
        ]
        for row in rows {
            let c = row.components
            let values = [c.semantic, c.target, c.skills, c.title, c.salary, c.location, c.seniority, c.recency]
            let graded = row.person.replacingOccurrences(of: RankingEvaluation.resumeOnlySuffix, with: "")
                .replacingOccurrences(of: RankingEvaluation.noSearchSuffix, with: "")
            lines.append(
                ([row.person, row.externalID, "\(grades(graded, row.externalID))"]
                    + values.map { String(format: "%.4f", $0) } + [
                        row.agreement.map { String(format: "%.4f", $0) } ?? "", row.titleReadsAim ? "1" : "0",
                        c.skillsKnown ? "1" : "0", String(format: "%.4f", row.skillsConfidence),
                    ])
                    .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

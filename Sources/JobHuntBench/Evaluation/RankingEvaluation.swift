// Runs a labelled set against the ranker: loads the postings once (embedded
// once), makes one account per person with their résumé and preferences, asks
// for each ranking, and scores it with nDCG.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching
import JobHuntProfiles

/// Measures ranking quality on an ``EvaluationSet``.
///
/// `services` should point at an empty, throwaway database: the run adds the
/// set's postings and one account per person. Postings are shared data, so
/// one database holds a set's postings (embedded once) and every person, each
/// as their own user; no person's ranking can see another's profile.
///
/// ```swift
/// let evaluation = RankingEvaluation(services: services, embedder: { try model.embed($0) })
/// let report = try evaluation.run(set) { ranking, actor in try rank(ranking, actor) }
/// ```
package struct RankingEvaluation {
    /// One ranking of the active postings for one person: posting ids with
    /// their scores, best first. Equal scores are ties, scored as such.
    package typealias Ranker = (MatchRanking, ActingUser) throws -> [(id: UUID, score: Double)]

    let services: Services
    let embedder: any Embedder
    /// nDCG is taken over this many results: a screen of matches.
    package var cutoff: Int

    /// The rankings compared, baselines first: keyword-only, embedding-only, hybrid.
    package static let rankings: [MatchRanking] = [.keyword, .semantic, .hybrid]

    /// The clock of an evaluation run: the day after the sets' newest posting,
    /// so recency scores, and with them the numbers, do not drift with the date.
    package static let referenceDate = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25T12:00:00Z

    package init(services: Services, embedder: any Embedder, cutoff: Int = 10) {
        self.services = services
        self.embedder = embedder
        self.cutoff = cutoff
    }

    /// Prepares the database for `set` and scores every ranking for every person.
    package func run(
        _ set: EvaluationSet, rankings: [MatchRanking] = RankingEvaluation.rankings, withBM25: Bool = false,
        ranker: Ranker
    ) throws -> EvaluationReport {
        let actors = try prepare(set)
        let bm25 = withBM25 ? try BM25Baseline(set) : nil
        let externalIDs = try postingExternalIDs()
        var report = EvaluationReport(set: set.name, cutoff: cutoff, postings: set.postingIDs.count, people: [])
        for (person, actor, resumeOnly) in actors {
            let grades = set.grades(for: person.name)
            var result = EvaluationReport.Person(profile: person.name, ndcg: [:], top: [:])
            // Each ranking as the person set it up (résumé, preferences and
            // their saved search if they have one), then the hybrid again with
            // the preferences but no saved search (when they have one), and
            // from the résumé alone, as a new user who set nothing would see it
            // (cosine and keyword read no preference).
            var runs = rankings.map { ($0, actor, $0.rawValue) }
            if rankings.contains(.hybrid) {
                if person.preferences.search != nil {
                    runs.append(
                        (.hybrid, try account(person, Self.noSearchSuffix, preferences: true), Self.hybridNoSearch))
                }
                runs.append((.hybrid, resumeOnly, Self.hybridResumeOnly))
            }
            for (ranking, actor, name) in runs {
                // The first call stores the person's vectors (one model call
                // each); the second, timed, is a warm `discover match`.
                let results = try ranker(ranking, actor)
                let started = ContinuousClock.now
                _ = try ranker(ranking, actor)
                let elapsed = ContinuousClock.now - started
                result.milliseconds[name] =
                    Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
                let ranked = results.map { externalIDs[$0.id] ?? $0.id.uuidString }
                let rankedGrades = ranked.map { grades[$0] ?? 0 }
                result.ndcg[name] = RankingMetrics.ndcg(
                    groups: Self.ties(zip(results.map(\.score), rankedGrades)), allGrades: Array(grades.values),
                    k: cutoff)
                result.top[name] = zip(ranked, rankedGrades).prefix(cutoff).map { "\($0):\($1)" }
            }
            if let bm25 {
                let ranked = bm25.ranking(resume: person.resume)
                result.ndcg[Self.bm25] = RankingMetrics.ndcg(
                    groups: Self.ties(ranked.map { ($0.score, grades[$0.id] ?? 0) }), allGrades: Array(grades.values),
                    k: cutoff)
                result.top[Self.bm25] = ranked.prefix(cutoff).map { "\($0.id):\(grades[$0.id] ?? 0)" }
            }
            report.people.append(result)
        }
        return report
    }

    /// The report's name of the BM25 baseline (``BM25Baseline``).
    package static let bm25 = "bm25"

    /// The report's name of the hybrid ranked for the person's résumé alone,
    /// without the preferences of their `preferences.json` (salary floor,
    /// arrangement, relocation): what a new user who set nothing sees.
    package static let hybridResumeOnly = "hybrid-resume-only"

    /// The e-mail suffix of the résumé-only account: the ranker reads the
    /// person's name from the part before it.
    package static let resumeOnlySuffix = "+resume-only"

    /// The report's name of the hybrid with the person's preferences but not
    /// their saved search (only for people who have one).
    package static let hybridNoSearch = "hybrid-no-search"
    package static let noSearchSuffix = "+no-search"

    /// The person's name in an account's e-mail, without the suffixes above.
    package static func personName(_ actor: ActingUser) -> String {
        String(actor.user.email.prefix { $0 != "@" }).replacingOccurrences(of: resumeOnlySuffix, with: "")
            .replacingOccurrences(of: noSearchSuffix, with: "")
    }

    /// Grades grouped by equal score, in ranked order.
    static func ties(_ scored: some Sequence<(Double, Int)>) -> [[Int]] {
        var groups: [[Int]] = []
        var last: Double?
        for (score, grade) in scored {
            if score == last { groups[groups.count - 1].append(grade) } else { groups.append([grade]) }
            last = score
        }
        return groups
    }

    /// Loads the postings (with embeddings) and two accounts per person: one
    /// with the résumé and preferences, one with the résumé alone.
    package func prepare(_ set: EvaluationSet) throws -> [(EvaluationSet.Person, ActingUser, ActingUser)] {
        let problems = set.problems()
        guard problems.isEmpty else {
            throw JobHuntError(
                .evaluationInconsistent,
                "the \(set.name) set is inconsistent: \(problems.prefix(3).joined(separator: "; "))",
                remedy: "regenerate it with Tests/Eval/match/tools/generate.py")
        }
        let spec = try SourceSpec(parsing: "file:" + set.postingsFile.path)
        let summaries = try DiscoveryService(services: services, version: "eval", embedder: embedder).run([spec])
        guard let counts = summaries.first?.counts, summaries.first?.error == nil,
            counts.new == set.postingIDs.count, counts.embedded == counts.new
        else {
            let summary = summaries.first
            throw JobHuntError(
                .evaluationSetupFailed,
                "loading \(set.postingsFile.lastPathComponent) stored \(summary?.counts.new ?? 0) of "
                    + "\(set.postingIDs.count) postings, embedded \(summary?.counts.embedded ?? 0)"
                    + (summary?.error.map { ": \($0)" } ?? summary?.counts.embeddingError.map { ": \($0)" } ?? ""),
                remedy: "use an empty database and an installed model")
        }
        return try set.people.map { person in
            (
                person, try account(person, "", preferences: true),
                try account(person, Self.resumeOnlySuffix, preferences: false)
            )
        }
    }

    /// One account for `person`: the résumé imported, the preferences set when asked.
    func account(_ person: EvaluationSet.Person, _ suffix: String, preferences: Bool) throws -> ActingUser {
        let account = try AccountService(services: services).createUser(
            email: "\(person.name)\(suffix)@eval.example.com", password: nil)
        let actor = ActingUser(user: account, sessionID: nil)
        _ = try ProfileTransferService(services: services).importResume(
            person.resume, for: actor, options: ProfileImportOptions(replace: true))
        if preferences { _ = try ProfileService(services: services).update(person.preferences.changes, for: actor) }
        return actor
    }

    /// Every stored posting's `external_id` by id, to read rankings in the labels' terms.
    func postingExternalIDs() throws -> [UUID: String] {
        let rows = try services.store.database().query("SELECT id, external_id FROM job_postings")
        var ids: [UUID: String] = [:]
        for row in rows { ids[try row.get("id")] = try row.get("external_id", as: String.self) }
        return ids
    }
}

// The evaluation harness's plumbing, with rankers whose nDCG is known: the
// labels' own order scores 1 for everyone, an empty ranking 0, so a run's
// numbers depend on the ranker and nothing else (ids, people, grades).
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntBench
@testable import JobHuntKernel

@Suite("Ranking evaluation harness")
struct RankingEvaluationTests {
    /// An evaluation on a new SQLite file in `folder`, with the fake embedder (no model needed).
    static func evaluation(in folder: TemporaryDirectory) -> RankingEvaluation {
        let services = Services(
            configuration: Configuration(
                databaseURL: "sqlite:" + folder.file("eval.sqlite3").path, dataDirectory: folder.url),
            now: { RankingEvaluation.referenceDate })
        return RankingEvaluation(services: services, embedder: EmbeddingFunction(FakeEmbedding.embed))
    }

    @Test("the labels' own order scores 1 and an empty ranking 0, for every person and ranking")
    func knownRankers() throws {
        let set = try MatchEvalSetTests.load("dev")
        let folder = try TemporaryDirectory(prefix: "jobhunt-eval")
        let evaluation = Self.evaluation(in: folder)
        let report = try evaluation.run(set) { _, actor in
            // The profile's e-mail names the person (the résumé-only account adds
            // a suffix); order their postings by grade, best first.
            let person = RankingEvaluation.personName(actor)
            let grades = set.grades(for: person)
            let ids = try evaluation.postingExternalIDs()
            return ids.keys.sorted { (grades[ids[$0]!] ?? 0, ids[$0]!) > (grades[ids[$1]!] ?? 0, ids[$1]!) }
                .enumerated().map { ($1, -Double($0)) }
        }
        #expect(report.people.map(\.profile) == set.people.map(\.name))
        #expect(report.postings == set.postingIDs.count)
        for person in report.people {
            #expect(person.ndcg.values.allSatisfy { $0 == 1 }, "\(person.profile): \(person.ndcg)")
            #expect(person.top["hybrid"]?.first?.hasSuffix(":3") == true)
        }
        #expect(report.mean == ["keyword": 1, "semantic": 1, "hybrid": 1, "hybrid-resume-only": 1])
        #expect(
            report.people.allSatisfy {
                Set($0.milliseconds.keys) == ["keyword", "semantic", "hybrid", "hybrid-resume-only"]
            })
    }

    @Test("BM25 ranks the posting sharing the résumé's rarer words first; no shared word scores 0")
    func bm25() throws {
        let folder = try TemporaryDirectory(prefix: "jobhunt-bm25")
        let lines = [
            #"{"external_id":"a","title":"Senior Java Engineer","description_html":"<p>Java, Spring Boot and Kafka services.</p>"}"#,
            #"{"external_id":"b","title":"Registered Nurse","description_html":"<p>Care for patients on a busy ward.</p>"}"#,
            #"{"external_id":"c","title":"Java Developer","description_html":"<p>Java and Oracle.</p>"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: folder.file("postings.jsonl"))
        let set = EvaluationSet(
            name: "tiny", postingsFile: folder.file("postings.jsonl"), postingIDs: ["a", "b", "c"], people: [],
            labels: [])
        let baseline = try BM25Baseline(set)
        let resume = Data(
            #"{"basics":{"label":"Backend engineer","email":"kafka@example.com"},"skills":[{"keywords":["Java","Kafka"]}]}"#
                .utf8)
        let ranked = baseline.ranking(resume: resume)
        #expect(ranked.map(\.id) == ["a", "c", "b"])
        #expect(ranked.last?.score == 0)
        #expect(
            baseline.ranking(resume: Data(#"{"basics":{"label":"Pastry chef"}}"#.utf8)).allSatisfy { $0.score == 0 })
    }

    @Test("a ranking that returns nothing scores 0; the set must load into an empty database")
    func emptyRanking() throws {
        let set = try MatchEvalSetTests.load("heldout")
        let folder = try TemporaryDirectory(prefix: "jobhunt-eval")
        let evaluation = Self.evaluation(in: folder)
        let report = try evaluation.run(set, rankings: [.hybrid]) { _, _ in [] }
        #expect(report.mean == ["hybrid": 0, "hybrid-resume-only": 0])
        // A second run finds the postings already there and refuses rather than mis-measure.
        #expect(throws: JobHuntError.self) { _ = try evaluation.run(set) { _, _ in [] } }
    }
}

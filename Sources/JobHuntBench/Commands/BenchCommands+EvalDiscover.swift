// `jobhunt-bench eval-discover`: per-field accuracy of parsing and
// normalisation, and salary precision, on a labelled set, for scripts/eval.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options of `jobhunt-bench eval-discover`.
    enum EvalDiscover: ArgumentKeys {
        static let set: OptionKey<String?> = .value(
            "set", .path, valueName: "DIR", help: "A labelled set folder, e.g. Tests/Eval/discover/dev")
        static let misses: OptionKey<Bool> = .flag("misses", help: "Also print every wrong cell")
        static let options: [any OptionKeyProtocol] = [set, misses]
    }

    static let evalDiscoverSpec = CommandSpec(
        name: "eval-discover", abstract: "Per-field accuracy and salary precision of discover's normalisation",
        discussion: """
            Parses every posting file of the set with its source's parser, normalises each posting as \
            `jobhunt discover` does (no database, no network, a fixed clock) and compares the stored columns \
            with the set's labels.jsonl. Prints the share of right cells per field and overall, and salary \
            precision (stored salaries right in minimum, maximum and currency) and recall. See \
            docs/normalisation.md.
            """,
        keys: EvalDiscover.self,
        examples: ["jobhunt-bench eval-discover --set Tests/Eval/discover/dev --misses"],
        run: { try evalDiscover($0) })

    package static func evalDiscover(_ context: CommandContext) throws {
        guard let path = context.arguments[EvalDiscover.set] else {
            throw CLIError.usage("--set DIR is required", remedy: "pass a labelled set such as Tests/Eval/discover/dev")
        }
        let report = try DiscoverEvaluation.run(set: URL(fileURLWithPath: path, isDirectory: true))
        if context.globals.json {
            context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
            return
        }
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        context.output.print("set \(report.set): \(report.postings) postings")
        var table = TextTable(columns: [
            .init("FIELD"), .init("RIGHT", alignment: .right), .init("ACCURACY", alignment: .right),
        ])
        for field in DiscoverEvaluation.fields {
            let right = report.correct[field] ?? 0
            table.append([
                field, "\(right)/\(report.postings)", percent(Double(right) / Double(max(report.postings, 1))),
            ])
        }
        table.append(["all cells", "\(report.cellsCorrect)/\(report.cells)", percent(report.cellAccuracy)])
        context.printTable(table)
        context.output.print(
            "salary precision \(percent(report.salaryPrecision)) (\(report.salariesStoredRight) of \(report.salariesStored) stored right), "
                + "recall \(percent(report.salaryRecall)) (of \(report.salariesLabelled) labelled)")
        if !report.missing.isEmpty {
            context.output.print("not parsed: " + report.missing.joined(separator: ", "))
        }
        if context.arguments[EvalDiscover.misses] {
            for miss in report.misses {
                context.output.print("\(miss.posting)  \(miss.field): expected '\(miss.expected)', got '\(miss.got)'")
            }
        }
    }
}

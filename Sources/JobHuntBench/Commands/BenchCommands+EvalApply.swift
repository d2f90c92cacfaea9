// `jobhunt-bench eval-apply`: the quality of `apply`'s documents on a
// labelled match set, for scripts/eval apply (docs/apply.md has the figures).
import Foundation
import JobHuntBrowser
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    enum EvalApply: ArgumentKeys {
        static let set: OptionKey<String?> = .value(
            "set", .path, valueName: "DIR", help: "A labelled set folder, e.g. Tests/Eval/match/dev")
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(1...50), valueName: "N", help: "Best matches per person", defaultValue: "3")
        static let noPDF: OptionKey<Bool> = .flag("no-pdf", help: "Skip printing, so no page counts")
        static let options: [any OptionKeyProtocol] = [set, postings, noPDF]
    }

    static let evalApplySpec = CommandSpec(
        name: "eval-apply", abstract: "Keyword coverage, invented claims and pages of apply's documents",
        discussion: """
            Loads the set as eval-match does, then for each person's N best matches generates the \
            documents `apply` would write (a dry run): the share of the posting's required and of all \
            its skills the tailored résumé names, against the untailored résumé on the same page \
            budget; claims the profile does not support (must be 0); and the résumé's pages, printed \
            by headless Chromium and counted by pdfinfo.
            """,
        keys: EvalApply.self,
        examples: ["jobhunt-bench eval-apply --set Tests/Eval/match/dev"],
        run: { try evalApply($0) })

    static func evalApply(_ context: CommandContext) throws {
        guard let path = context.arguments[EvalApply.set] else {
            throw CLIError.usage("--set DIR is required", remedy: "pass a labelled set such as Tests/Eval/match/dev")
        }
        let set = try EvaluationSet.load(from: URL(fileURLWithPath: path, isDirectory: true))
        let directory = try ModelCommands.modelDirectory(context)
        let model = try SentenceEmbedder(modelDirectory: directory)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let services = Services(
            configuration: Configuration(
                databaseURL: "sqlite:" + folder.appendingPathComponent("eval.sqlite3").path, dataDirectory: folder),
            now: { RankingEvaluation.referenceDate })
        var printer: ChromiumPrinter?
        if !context.arguments[EvalApply.noPDF] {
            printer = try ChromiumPrinter(BrowserConfiguration(processRunner: services.processRunner))
        }
        defer { printer?.close() }
        let pages = printer.map { printer in
            { (html: String) throws -> Int in
                try PDFPages.count(try printer.pdf(fromHTML: html), in: folder, runner: services.processRunner)
            }
        }
        let report = try ApplyEvaluation(
            services: services, embedder: EmbeddingFunction { try model.embed($0) },
            postingsPerPerson: context.arguments[EvalApply.postings] ?? 3, pages: pages
        ).run(set)
        if context.globals.json {
            context.output.print(try JSONWriter.encode(report, pretty: context.output.stdoutIsTerminal))
            return
        }
        printApplyEvaluation(report, context: context)
    }

    static func printApplyEvaluation(_ report: ApplyEvaluationReport, context: CommandContext) {
        let number = { (value: Double?) in value.map { String(format: "%.2f", $0) } ?? "-" }
        context.output.print("set \(report.set): \(report.rows.count) documents (person × best matches)")
        var table = TextTable(
            columns: [.init("PROFILE"), .init("POSTING")]
                + [
                    "REQ", "REQ BASE", "ALL", "ALL BASE", "FIRST5", "FIRST5 BASE", "INVENTED", "JOBS", "PAGES",
                ]
                .map { .init($0, alignment: .right) })
        for row in report.rows {
            table.append([
                row.profile, String(row.posting.prefix(34)), number(row.requiredCoverage),
                number(row.requiredCoverageUntailored), number(row.skillCoverage), number(row.skillCoverageUntailored),
                number(row.leadingSkills), number(row.leadingSkillsUntailored),
                "\(row.inventedClaims)", "\(row.experiencesKept)", row.pages.map(String.init) ?? "-",
            ])
        }
        table.append([
            "mean", "", number(report.mean(\.requiredCoverage)), number(report.mean(\.requiredCoverageUntailored)),
            number(report.mean(\.skillCoverage)), number(report.mean(\.skillCoverageUntailored)),
            number(report.mean(\.leadingSkills)), number(report.mean(\.leadingSkillsUntailored)),
            "\(report.inventedClaims)", "", report.rows.compactMap(\.pages).max().map { "max \($0)" } ?? "-",
        ])
        context.printTable(table)
    }
}

/// Pages of a PDF, as pdfinfo (poppler-utils) counts them.
enum PDFPages {
    static func count(_ pdf: [UInt8], in folder: URL, runner: any ProcessRunner) throws -> Int {
        let file = folder.appendingPathComponent("page-count.pdf")
        try Data(pdf).write(to: file)
        let result = try runner.run(ProcessCommand("/usr/bin/pdfinfo", [file.path]))
        let output = String(decoding: result.output, as: UTF8.self)
        let line = output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        guard let line, let pages = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) else {
            throw CLIError.failure("pdfinfo did not count the pages of \(file.path)")
        }
        return pages
    }
}

// How `apply` and `apply regenerate` report: the application, the coverage
// an ATS would see, the jobs kept, and where each file went.
import Foundation
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    static func printOutcome(_ outcome: ApplyOutcome, context: CommandContext) throws {
        // The missing model was warned about when the service was built.
        for warning in outcome.generation.warnings where !warning.hasPrefix("no embedding model") {
            context.output.warn(warning)
        }
        if outcome.pdfSkipped { context.output.warn(pdfHint) }
        if context.globals.json {
            context.output.print(try JSONWriter.encode(outcome, pretty: context.output.stdoutIsTerminal))
            return
        }
        if outcome.dryRun {
            for kind in DocumentKind.allCases {
                context.output.print("==> \(kind.label) (not written)")
                context.output.print(outcome.markdown[kind] ?? "")
            }
        }
        printCoverage(outcome.coverage, context: context)
        context.output.print("")
        context.output.print("kept (most relevant first):")
        for job in outcome.kept {
            context.output.print(String(format: "  %.2f  ", job.score) + "\(job.title) at \(job.company)")
        }
        if let application = outcome.application, !outcome.dryRun {
            context.output.print("")
            printFiles(outcome.documents, context: context)
            let verb = outcome.existing ? "already prepared:" : outcome.reused ? "prepared (reusing)" : "prepared"
            context.output.note(
                "\(verb) application \(application.handle): \(application.jobTitle) at \(application.companyName) "
                    + "(\(application.status)); read it with `jobhunt apply show \(application.handle)`")
        }
    }

    static func printCoverage(_ coverage: CoverageReport, context: CommandContext) {
        let rows = [
            ("required covered", coverage.requiredCovered), ("required missing", coverage.requiredMissing),
            ("preferred covered", coverage.preferredCovered), ("preferred missing", coverage.preferredMissing),
            ("keywords absent", coverage.keywordsAbsent),
        ]
        context.output.print("coverage:")
        for (label, names) in rows {
            let padded = label.padding(toLength: 18, withPad: " ", startingAt: 0)
            context.output.print("  \(padded) \(names.isEmpty ? "-" : names.joined(separator: ", "))")
        }
    }

    /// One line per document and format: `résumé  pdf  file:///…/resume.pdf`.
    static func printFiles(_ documents: [GeneratedDocument], context: CommandContext) {
        var table = TextTable(columns: [.init("DOCUMENT"), .init("FORMAT"), .init("LOCATION")])
        for document in documents {
            for format in document.metadata.formats {
                table.append([document.kind.label, format.rawValue, document.metadata.files[format.rawValue] ?? ""])
            }
        }
        context.printTable(table)
    }
}

// What `apply` plugs into the documents service: the generator `--generator`
// names, and the PDF printer when a browser is installed.
import Foundation
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    /// The generator for `--generator KIND`, else the `generator.kind` setting (default builtin).
    static func documentGenerator(_ kind: String?, _ context: CommandContext) throws -> any DocumentGenerator {
        switch try generatorKind(kind, context) {
        case .builtin:
            return BuiltinGenerator()
        case .llm:
            return try llmGenerator(context)
        }
    }

    /// The PDF printer, or nil when none is installed (PDFs are then skipped, and said so).
    static func pdfPrinter(_ context: CommandContext) throws -> (any PDFPrinter)? {
        nil
    }

    /// How to get PDFs, said when they were skipped.
    static let pdfHint =
        "PDF skipped: no Chromium to print with; install chromium and chromium-driver (scripts/setup does)"
}

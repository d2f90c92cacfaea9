// What `apply` plugs into the documents service: the generator `--generator`
// names, and the PDF printer when a browser is installed.
import Foundation
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    /// The generator for `--generator KIND` (default builtin).
    static func documentGenerator(_ kind: String?, _ context: CommandContext) throws -> any DocumentGenerator {
        switch GeneratorKind(rawValue: kind ?? GeneratorKind.builtin.rawValue) ?? .builtin {
        case .builtin:
            return BuiltinGenerator()
        case .llm:
            throw CLIError.usage(
                "--generator llm is not available in this build", remedy: "use --generator builtin (the default)")
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

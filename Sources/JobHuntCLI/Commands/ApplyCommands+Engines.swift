// What `apply` plugs into the documents service: the generator `--generator`
// names, and the PDF printer when a browser is installed.
import Foundation
import JobHuntBrowser
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

    /// Headless Chromium when both it and chromedriver are on PATH, else nil
    /// (PDFs are then skipped, and said so). Started on the first PDF only.
    static func pdfPrinter(_ context: CommandContext) throws -> (any PDFPrinter)? {
        let configuration = try browserConfiguration(context)
        do {
            _ = try configuration.resolveChromium()
            _ = try configuration.resolveChromedriver()
        } catch {
            return nil
        }
        return LazyChromiumPrinter(configuration: configuration)
    }

    /// The browser programs on PATH, started through the services' process runner.
    static func browserConfiguration(_ context: CommandContext) throws -> BrowserConfiguration {
        let path = (context.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return BrowserConfiguration(
            searchPath: path.isEmpty ? BrowserConfiguration.standardSearchPath : path,
            processRunner: try context.services().processRunner)
    }

    /// How to get PDFs, said when they were skipped.
    static let pdfHint =
        "PDF skipped: no Chromium to print with; install chromium and chromium-driver (scripts/setup does)"
}

/// One headless Chromium for a command's PDFs, started on the first one and
/// closed with the command.
final class LazyChromiumPrinter: PDFPrinter, @unchecked Sendable {
    let configuration: BrowserConfiguration
    private var printer: ChromiumPrinter?
    private let lock = NSLock()

    init(configuration: BrowserConfiguration) { self.configuration = configuration }

    func pdf(fromHTML html: String) throws -> [UInt8] {
        try lock.withLock {
            let printer = try self.printer ?? ChromiumPrinter(configuration)
            self.printer = printer
            return try printer.pdf(fromHTML: html, paper: .a4)
        }
    }

    deinit { printer?.close() }
}

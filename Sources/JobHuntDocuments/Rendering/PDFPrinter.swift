// The seam PDFs come through: a real renderer (headless Chromium over
// WebDriver, in JobHuntBrowser) prints the same self-contained HTML the
// `html` format stores. Documents never link a browser; the CLI hands one in.

/// Prints one self-contained HTML page (CSS inline, no network) to PDF bytes.
///
/// Implementers owe: A4/Letter pages honouring the page's `@page` rule,
/// backgrounds printed, text kept as text (`pdftotext` must read it back).
/// Throwing fails only the PDF; the Markdown and HTML are still stored.
package protocol PDFPrinter: Sendable {
    func pdf(fromHTML html: String) throws -> [UInt8]
}

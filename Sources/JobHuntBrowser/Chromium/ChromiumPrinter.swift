// HTML to PDF with headless Chromium's Print Page: what `apply` renders résumés
// and cover letters with (issue 13, formats).
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Renders HTML documents to PDF. One browser serves many documents; close it when done.
///
/// ```swift
/// let printer = try ChromiumPrinter(BrowserConfiguration())
/// defer { printer.close() }
/// let pdf = try printer.pdf(fromHTML: "<h1>Ada Lovelace</h1>", paper: .letter)
/// ```
public final class ChromiumPrinter: @unchecked Sendable {
    let browser: Browser
    private let lock = NSLock()

    /// Starts a headless Chromium; fails with `missingProgram` naming scripts/setup when absent.
    public init(_ configuration: BrowserConfiguration = BrowserConfiguration()) throws(BrowserError) {
        browser = try Browser.start(configuration)
    }

    /// The PDF of `html`. The page is written to a private (0600) temporary file and
    /// loaded as file:// so relative-free HTML with inline CSS and data: images prints
    /// exactly; the file is removed before returning.
    public func pdf(fromHTML html: String, paper: Paper = .a4) throws(BrowserError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        let folder = browser.configuration.temporaryDirectory ?? FileManager.default.temporaryDirectory
        let page = folder.appendingPathComponent("jobhunt-print-\(UUID().uuidString).html")
        try Self.writePrivate(Data(html.utf8), to: page)
        defer { unlink(page.path) }
        try browser.session.navigate(to: page.absoluteString)
        return try browser.session.printPDF(paper)
    }

    /// Ends the browser. Safe to call twice; deinit calls it.
    public func close() { browser.close() }

    deinit { close() }

    /// Creates `url` with mode 0600 (never wider, whatever the umask) and writes `data`.
    static func writePrivate(_ data: Data, to url: URL) throws(BrowserError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .file(path: url.path, reason: String(cString: strerror(errno))) }
        defer { Glibc.close(descriptor) }
        let written = data.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == data.count else {
            unlink(url.path)
            throw .file(path: url.path, reason: "short write")
        }
    }
}

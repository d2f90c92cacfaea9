// HTML to PDF through a real headless Chromium, checked with poppler's own tools.
import Foundation
import JobHuntBrowser
import JobHuntTesting
import Testing

extension BrowserSuites {
    @Suite("Chromium printer", .enabled(if: BrowserTests.canRun, BrowserTests.skipReason), .serialized)
    struct ChromiumPrinterTests {
        @Test("prints HTML to a PDF whose text and page count poppler reads back, on A4 and Letter")
        func printsHTML() throws {
            let files = try TemporaryDirectory()
            let printer = try ChromiumPrinter(BrowserTests.configuration)
            defer { printer.close() }
            // Three pages: two forced breaks, each page's content far shorter than a page.
            let html = """
                <!doctype html><html><head><meta charset="utf-8"><title>Résumé</title>
                <style>body{font-family:serif} section{break-after:page} section:last-child{break-after:auto}</style></head>
                <body><section><h1>Ada Lovelace — Résumé</h1><p>Line 1 of the cover letter.</p></section>
                <section><p>Line 90 of the cover letter.</p></section><section><p>Final page</p></section></body></html>
                """
            let a4 = try printer.pdf(fromHTML: html)
            #expect(a4.starts(with: Array("%PDF-".utf8)))
            try Data(a4).write(to: files.file("a4.pdf"))
            let text = try BrowserTests.run("pdftotext", ["-enc", "UTF-8", files.file("a4.pdf").path, "-"])
            #expect(text.contains("Ada Lovelace — Résumé"))
            #expect(text.contains("Line 90 of the cover letter."))
            #expect(text.contains("Final page"))
            let info = try BrowserTests.run("pdfinfo", [files.file("a4.pdf").path])
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            #expect(pages?.split(separator: " ").last == "3")
            // A4 is 595.276 × 841.89 points; Letter 612 × 792.
            #expect(info.contains("(A4)"))
            #expect(info.contains("Title:           Résumé"))

            let letter = try printer.pdf(fromHTML: "<p>Short letter</p>", paper: .letter.margin(2.5))
            try Data(letter).write(to: files.file("letter.pdf"))
            let letterInfo = try BrowserTests.run("pdfinfo", [files.file("letter.pdf").path])
            #expect(letterInfo.contains("612 x 792 pts (letter)"))
            #expect(letterInfo.contains("Pages:           1"))
            #expect(try BrowserTests.run("pdftotext", [files.file("letter.pdf").path, "-"]).contains("Short letter"))
        }

        @Test("leaves no page file behind in its temporary folder")
        func removesPageFile() throws {
            let files = try TemporaryDirectory()
            var configuration = BrowserTests.configuration
            configuration.temporaryDirectory = files.url
            let printer = try ChromiumPrinter(configuration)
            _ = try printer.pdf(fromHTML: "<p>x</p>")
            let left = try FileManager.default.contentsOfDirectory(atPath: files.path)
            #expect(!left.contains { $0.hasPrefix("jobhunt-print-") })
            printer.close()
            // The profile went with the browser too.
            #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).isEmpty)
        }
    }
}

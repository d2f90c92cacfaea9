// PDFs printed by headless Chromium through `jobhunt apply`, read back with
// pdftotext and pdfinfo: the name, the company and every kept experience are
// in the résumé, and three experiences fit on one page. On S3 the PDF comes
// back through `apply show --open`, which downloads it for the opener.
import Foundation
import JobHuntTesting
import Testing

@Suite("apply PDFs end to end", .serialized)
struct ApplyPDFEndToEndTests {
    @Test(
        "the résumé PDF holds the name, the company and every kept job, on one page",
        arguments: [(TestEngine.sqlite, DocumentStore.local), (.postgres, .s3)])
    func resumePDF(engine: TestEngine, store: DocumentStore) throws {
        let e2e = try ApplyEndToEnd(engine, store: store, pdf: true)
        let outcome = try e2e.object(["apply", try e2e.topPosting()])
        #expect(outcome["pdf_skipped"] as? Bool == false)
        let application = try #require(outcome["application"] as? [String: Any])
        let id = try #require(application["id"] as? String)
        #expect((application["tailored_resume_url"] as? String)?.hasSuffix("/resume.pdf") == true)
        let open = try e2e.run(["apply", "show", id, "--resume", "--open"])
        #expect(open.status == 0, "\(open.stderr)")
        let pdf = e2e.status.home.file("opened.pdf").path
        let text = try ApplyEndToEnd.tool(["pdftotext", "-layout", pdf, "-"])
        let company = try #require(application["company_name"] as? String)
        #expect(text.contains("Maya Okafor"))
        let kept = try #require(outcome["kept"] as? [[String: Any]])
        #expect(kept.count == 3)
        for job in kept {
            for field in ["company", "title"] {
                let value = try #require(job[field] as? String)
                #expect(text.contains(value), "\(value) is in the PDF")
            }
        }
        #expect(kept.contains { $0["company"] as? String == company } || text.contains(company))
        let info = try ApplyEndToEnd.tool(["pdfinfo", pdf])
        #expect(info.contains("Pages:           1"), "\(info)")
        let letter = try #require((outcome["documents"] as? [[String: Any]])?[1]["content_text"] as? String)
        #expect(letter.contains(company), "the cover letter names \(company)")
    }
}

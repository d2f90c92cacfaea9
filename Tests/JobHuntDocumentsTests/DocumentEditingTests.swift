// After generation: edit (flags, re-rendered HTML), approve, regenerate
// (refused over edits without force, byte-identical otherwise), diff.
import Foundation
import JobHuntDocuments
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Documents: edit, approve, regenerate, diff")
struct DocumentEditingTests {
    @Test("edit marks the document edited and unapproved and renders its HTML again", arguments: TestEngine.allCases)
    func edit(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let service = fixture.service()
        let app = try #require(
            try service.prepare(ApplyRequest(job: try fixture.posting().uuidString), for: me).application)
        _ = try service.approve(app.handle, for: me)
        #expect(try service.documents(app.handle, for: me).1.allSatisfy(\.userApproved))
        let text = "# Ada Lovelace\n\nDear Acme Payments,\n\nA letter in my own words.\n"
        let result = try service.edit(app.handle, kind: .coverLetter, text: text, for: me)
        #expect(result.document.userEdited)
        #expect(!result.document.userApproved)
        let documents = try service.documents(app.handle, for: me).1
        let letter = try #require(documents.first { $0.kind == .coverLetter })
        #expect(letter.contentText == text)
        #expect(letter.userEdited && !letter.userApproved)
        #expect(documents.first { $0.kind == .resume }?.userApproved == true, "the others keep their approval")
        let key = DocumentService.key(user: me.user.id, application: app.id, kind: .coverLetter, format: .html)
        let html = String(decoding: try fixture.services.objectStore().get(key: key).data, as: UTF8.self)
        #expect(html.contains("<p>A letter in my own words.</p>"))
        try expectCode(.documentEmpty) {
            try service.edit(app.handle, kind: .resume, text: "  \n", for: me)
        }
    }

    @Test("regenerate refuses over edits without --force and is byte-identical", arguments: TestEngine.allCases)
    func regenerate(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let service = fixture.service()
        let first = try service.prepare(ApplyRequest(job: try fixture.posting().uuidString), for: me)
        let app = try #require(first.application)
        let again = try service.regenerate(app.handle, formats: nil, force: false, for: me)
        #expect(again.documents.map(\.contentText) == first.documents.map(\.contentText), "same input, same bytes")
        #expect(again.documents.first?.metadata.formats == [.md, .html], "the stored formats are kept")
        _ = try service.edit(app.handle, kind: .resume, text: "# Mine\n", for: me)
        try expectCode(.documentsEdited) {
            try service.regenerate(app.handle, formats: nil, force: false, for: me)
        }
        let forced = try service.regenerate(app.handle, formats: [.md], force: true, for: me)
        #expect(forced.documents.first?.contentText == first.documents.first?.contentText)
        #expect(forced.documents.allSatisfy { !$0.userEdited })
        let keys = try fixture.services.objectStore().allKeys(prefix: ObjectKeyPrefix.of(me, app.id))
        #expect(keys.allSatisfy { $0.hasSuffix(".md") }, "the HTML no longer asked for is deleted: \(keys)")
    }

    @Test("diff shows what tailoring moved against the untailored résumé", arguments: TestEngine.allCases)
    func diff(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let service = fixture.service()
        let app = try #require(
            try service.prepare(ApplyRequest(job: try fixture.posting().uuidString), for: me).application)
        let diff = try service.diff(app.handle, for: me)
        #expect(diff.hasPrefix("--- base résumé\n+++ résumé for \(app.handle)\n@@ -"))
        let moved = ["Organised the office book club", "Cut p99 latency"].filter {
            diff.contains("\n-- \($0)") && diff.contains("\n+- \($0)")
        }
        #expect(moved.count == 1, "the latency bullet moves above the book club:\n\(diff)")
    }
}

enum ObjectKeyPrefix {
    static func of(_ user: ActingUser, _ application: UUID) -> String {
        "users/\(user.user.id.uuidString.lowercased())/applications/\(application.uuidString.lowercased())/"
    }
}

// `apply` through the documents service on both engines: the application and
// its three rows, the files in the object store, refusing a second run,
// reusing a tracked application, a dry run that writes nothing.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntDocuments
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Documents: apply through the service")
struct DocumentServiceTests {
    @Test("apply creates a pending application, three documents and their files", arguments: TestEngine.allCases)
    func prepare(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let posting = try fixture.posting()
        let outcome = try fixture.service().prepare(ApplyRequest(job: posting.uuidString), for: me)
        let application = try #require(outcome.application)
        #expect(application.status == .pending)
        #expect(application.jobPostingID == posting)
        #expect(outcome.documents.map(\.kind) == [.resume, .coverLetter, .followUp])
        #expect(outcome.pdfSkipped, "no printer was given")
        let stored = try ApplicationService(services: fixture.services).application(application.handle, for: me)
        let resume = try #require(outcome.documents.first)
        #expect(stored.tailoredResumeURL == resume.fileURL)
        #expect(stored.coverLetterURL == outcome.documents[1].fileURL)
        #expect(application.tailoredResumeURL == resume.fileURL, "the outcome shows the application as stored")
        #expect(resume.fileURL?.hasSuffix("/resume.html") == true, "HTML is the fullest format without a printer")
        #expect(resume.metadata.formats == [.md, .html])
        #expect(resume.modelUsed == "builtin")
        #expect(resume.metadata.generation.rejectedClaims.isEmpty)
        #expect(
            try fixture.count("SELECT COUNT(*) FROM generated_content WHERE application_id = \(application.id)") == 3)
        let objects = try fixture.services.objectStore()
        for document in outcome.documents {
            for format in document.metadata.formats {
                let key = DocumentService.key(
                    user: me.user.id, application: application.id, kind: document.kind, format: format)
                let bytes = try objects.get(key: key).data
                if format == .md { #expect(String(decoding: bytes, as: UTF8.self) == document.contentText) }
                #expect(!bytes.isEmpty)
            }
        }
        let text = resume.contentText
        for name in ["Ada Lovelace", "Parcelwise", "Ledgerline", "Go", "PostgreSQL"] {
            #expect(text.contains(name), "the résumé names \(name)")
        }
        #expect(!text.contains("Kubernetes"), "a missing skill is never added")
        #expect(outcome.coverage.requiredMissing.contains("Kubernetes"))
    }

    @Test("a second apply for the posting is refused; a tracked application is reused", arguments: TestEngine.allCases)
    func rerun(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let posting = try fixture.posting()
        let tracked = try ApplicationService(services: fixture.services).add(
            NewApplication(source: .posting(posting.uuidString)), for: me
        ).application
        let first = try fixture.service().prepare(ApplyRequest(job: posting.uuidString), for: me)
        #expect(first.reused)
        #expect(first.application?.id == tracked.id)
        try expectCode(.documentsExist) {
            try fixture.service().prepare(ApplyRequest(job: posting.uuidString), for: me)
        }
        #expect(try fixture.count("SELECT COUNT(*) FROM applications") == 1)
        #expect(try fixture.count("SELECT COUNT(*) FROM generated_content") == 3)
    }

    @Test("a profile with no jobs and no skills is refused, naming how to fill it")
    func blankProfile() throws {
        let fixture = try DocumentsFixture(.sqlite)
        let account = try AccountService(services: fixture.services).createUser(
            email: "blank@example.com", password: "correct horse battery")
        let blank = ActingUser(user: account, sessionID: nil)
        let posting = try fixture.posting()
        try expectCode(.documentsBlankProfile) {
            try fixture.service().prepare(ApplyRequest(job: posting.uuidString), for: blank)
        }
        #expect(try fixture.count("SELECT COUNT(*) FROM applications") == 0)
    }

    @Test("--dry-run generates and writes nothing", arguments: TestEngine.allCases)
    func dryRun(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let posting = try fixture.posting()
        let outcome = try fixture.service().prepare(ApplyRequest(job: posting.uuidString, dryRun: true), for: me)
        #expect(outcome.documents.isEmpty)
        #expect(outcome.markdown[.resume]?.contains("Ada Lovelace") == true)
        #expect(try fixture.count("SELECT COUNT(*) FROM applications") == 0)
        #expect(try fixture.count("SELECT COUNT(*) FROM generated_content") == 0)
        #expect(try fixture.services.objectStore().allKeys(prefix: "users/").isEmpty)
    }

    @Test("another user's application is not found, and their documents never listed", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let other = try fixture.person()
        let posting = try fixture.posting()
        let mine = try #require(
            try fixture.service().prepare(ApplyRequest(job: posting.uuidString), for: me).application)
        try expectCode(.applicationNotFound) {
            try fixture.service().documents(mine.id.uuidString, for: other)
        }
        try expectCode(.applicationNotFound) {
            try fixture.service().approve(mine.id.uuidString, for: other)
        }
        #expect(try fixture.service().list(for: other).isEmpty)
        #expect(try fixture.service().list(for: me).count == 1)
    }
}

// `cleanup`'s orphaned-file step and apply's documents: every format of a
// document stays while its application exists (`file_url` names only the
// fullest), and all of them go once the application is deleted.
import Foundation
import JobHuntApplications
import JobHuntDocuments
import JobHuntIO
import JobHuntPrivacy
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Documents: cleanup keeps an application's files while it exists")
struct DocumentCleanupTests {
    @Test("md and html stay beside the row's file_url; all go with the application", arguments: TestEngine.allCases)
    func orphans(engine: TestEngine) throws {
        let fixture = try DocumentsFixture(engine)
        let me = try fixture.person()
        let outcome = try fixture.service().prepare(ApplyRequest(job: try fixture.posting().uuidString), for: me)
        let application = try #require(outcome.application)
        // Objects carry the real time; a clock after it makes them old enough to collect.
        let later = Services(configuration: fixture.services.configuration, now: { Date() + 120 })
        var policy = RetentionPolicy()
        policy.files = RetentionPeriod(0, .day)
        policy.filesPrefix = ObjectKey.userPrefix(me.user.id)
        let objects = try fixture.services.objectStore()
        #expect(try objects.allKeys(prefix: policy.filesPrefix).count == 6, "md and html of three documents")

        let kept = try CleanupService(services: later, policy: policy).run(dryRun: false, listIDs: true)
        #expect(kept.steps.first { $0.table == "objects" }?.ids == [])
        #expect(try objects.allKeys(prefix: policy.filesPrefix).count == 6)

        try ApplicationService(services: fixture.services).remove(application.handle, for: me)
        let swept = try CleanupService(services: later, policy: policy).run(dryRun: false, listIDs: true)
        #expect(swept.steps.first { $0.table == "objects" }?.ids?.count == 6)
        #expect(try objects.allKeys(prefix: policy.filesPrefix).isEmpty)
    }
}

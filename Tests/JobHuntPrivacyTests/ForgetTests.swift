// `user forget` on both engines and both stores: nothing of the person is left
// in any column of any table or in any stored object, analytics survive
// anonymised, and only the person or an administrator may do it.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntPrivacy
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Forget")
struct ForgetTests {
    static let cases: [(TestEngine, TestStore)] = [
        (.sqlite, .local), (.postgres, .local), (.sqlite, .s3), (.postgres, .s3),
    ]

    @Test("after forget no table and no object holds the person's id, e-mail, name or phone", arguments: cases)
    func nothingLeft(engine: TestEngine, store: TestStore) throws {
        let fixture = try PrivacyFixture(engine, store: store, redis: true)
        let person = Person.make()
        let me = try fixture.populated(person)
        let other = try fixture.populated()
        let id = me.user.id.uuidString.lowercased()
        let needles = [id, person.email, person.firstName, person.lastName, person.phone]
        #expect(!(try fixture.occurrences(of: person.firstName)).isEmpty, "the search finds what is there")
        #expect(try fixture.occurrences(of: id).count >= 10)
        let objects = try fixture.services.objectStore()
        #expect(try objects.allKeys(prefix: ObjectKey.userPrefix(me.user.id)).count == 2)
        let cache = try fixture.services.cache()
        #expect(cache.data(for: .userProfile(me.user.id)) != nil)

        let report = try ForgetService(services: fixture.services).forget(me.user, actor: me)
        let counts = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.table, $0.rows) })
        #expect(counts["users"] == 1)
        #expect(counts["applications"] == 1 && counts["application_status_history"] == 1)
        #expect(counts["generated_content"] == 1 && counts["automation_tasks"] == 1)
        #expect(counts["automation_tasks_archive"] == 1 && counts["browser_sessions"] == 1)
        #expect(counts["user_sessions"] == 1 && counts["user_skills"] == 2 && counts["user_experiences"] == 1)
        #expect(counts["user_profiles"] == 1 && counts["job_search_preferences"] == 1 && counts["user_analytics"] == 1)
        #expect(report.objects == 2)
        #expect(report.cacheKeys >= 2)

        for needle in needles {
            #expect(try fixture.occurrences(of: needle) == [], "\(needle) is still in the database")
        }
        // Every object of this store: its key and its bytes.
        let keys: [String]
        switch store {
        case .local: keys = try objects.allKeys(prefix: "")
        case .s3: keys = try objects.allKeys(prefix: "users/")  // a shared bucket: other tests' objects too
        }
        for key in keys {
            for needle in needles { #expect(!key.lowercased().contains(needle.lowercased()), "key \(key)") }
            if store == .local || key.hasPrefix(ObjectKey.userPrefix(other.user.id)) {
                let text = String(decoding: try objects.get(key: key).data, as: UTF8.self).lowercased()
                for needle in needles { #expect(!text.contains(needle.lowercased()), "object \(key)") }
            }
        }
        #expect(cache.data(for: .userProfile(me.user.id)) == nil)
        #expect(cache.data(for: .dailyAnalytics(me.user.id, on: PrivacyFixture.start)) == nil)

        // Analytics survive, anonymised; the other person is untouched.
        #expect(try fixture.count("user_analytics", where: "user_id IS NULL AND anonymous_id IS NOT NULL") == 1)
        #expect(try fixture.count("user_analytics", where: "applications_submitted = 3") == 2)
        #expect(try fixture.count("users", where: "id = \(other.user.id)") == 1)
        #expect(try fixture.count("applications", where: "user_id = \(other.user.id)") == 1)
        #expect(try objects.allKeys(prefix: ObjectKey.userPrefix(other.user.id)).count == 2)
        #expect(try fixture.count("job_postings") == 2, "postings are shared and stay")
        try ForgetService(services: fixture.services).forget(other.user, actor: other)
    }

    @Test("only the person or an administrator may forget; a dry run changes nothing", arguments: TestEngine.allCases)
    func whoMay(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let ada = try fixture.populated()
        let grace = try fixture.account()
        let service = ForgetService(services: fixture.services)
        let error = try #require(throws: JobHuntError.self) { try service.forget(ada.user, actor: grace) }
        #expect(error.code == .privacyNotAllowed)
        #expect(try fixture.count("users", where: "id = \(ada.user.id)") == 1)

        let dry = try service.forget(ada.user, actor: ada, dryRun: true)
        #expect(dry.dryRun && dry.tables.first { $0.table == "applications" }?.rows == 1)
        #expect(try fixture.count("applications") == 1)

        let access = PrivacyAccess(services: fixture.services)
        try access.setAdmin(email: grace.user.email, true, actor: nil)  // the first administrator
        let third = try fixture.account()
        #expect(throws: JobHuntError.self) { try access.setAdmin(email: third.user.email, true, actor: third) }
        let done = try service.forget(ada.user, actor: grace)
        #expect(done.tables.first { $0.table == "users" }?.rows == 1)
        #expect(try fixture.count("users", where: "id = \(ada.user.id)") == 0)
    }
}

// `cleanup` on both engines: what goes and what stays for each rule, the
// archive keeping every column, batches, the dry run, and orphaned files on
// the local store and S3.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntPrivacy
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Cleanup")
struct CleanupTests {
    static let year: TimeInterval = 366 * 86_400

    @Test(
        "old unreferenced postings, old completed tasks and stale browser sessions go; the rest stays",
        arguments: TestEngine.allCases)
    func retention(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let me = try fixture.account()
        let now = PrivacyFixture.start
        let oldPosting = try fixture.posting(created: now - Self.year)
        let referenced = try fixture.posting(created: now - Self.year)
        let fresh = try fixture.posting(created: now - 86_400)
        try fixture.db().execute(
            """
            INSERT INTO applications (id, user_id, job_posting_id, company_name, job_title)
            VALUES (\(UUID()), \(me.user.id), \(referenced), 'Acme', 'Engineer')
            """)
        let oldTasks = try (0..<5).map { _ in try fixture.task(user: me.user.id, completed: now - 200 * 86_400) }
        let recentTask = try fixture.task(user: me.user.id, completed: now - 10 * 86_400)
        let oldFailed = try fixture.task(user: me.user.id, status: "failed", completed: now - 200 * 86_400)
        let inactive = try fixture.browserSession(user: me.user.id, active: false, lastUsed: now - 40 * 86_400)
        let expired = try fixture.browserSession(
            user: me.user.id, active: true, lastUsed: now - 40 * 86_400, expires: now - 86_400)
        let live = try fixture.browserSession(user: me.user.id, active: true, lastUsed: now - 40 * 86_400)
        let recentInactive = try fixture.browserSession(user: me.user.id, active: false, lastUsed: now - 5 * 86_400)

        var policy = RetentionPolicy()
        policy.batchSize = 2
        let service = CleanupService(services: fixture.services, policy: policy)
        let dry = try service.run(dryRun: true, listIDs: true)
        let dryCounts = Dictionary(uniqueKeysWithValues: dry.steps.map { ($0.table, $0.count) })
        #expect(dryCounts == ["job_postings": 1, "automation_tasks": 5, "browser_sessions": 2, "objects": 0])
        #expect(dry.steps.first { $0.table == "job_postings" }?.ids == [oldPosting.uuidString.lowercased()])
        #expect(try fixture.count("automation_tasks") == 7, "a dry run changes nothing")

        let report = try service.run(dryRun: false, listIDs: false)
        #expect(report.steps.map(\.table) == dry.steps.map(\.table), "the same shape with and without --dry-run")
        #expect(Dictionary(uniqueKeysWithValues: report.steps.map { ($0.table, $0.count) }) == dryCounts)
        #expect(report.steps.first { $0.table == "automation_tasks" }?.batches == 3, "5 rows in batches of 2")
        #expect(try fixture.count("job_postings", where: "id = \(oldPosting)") == 0)
        #expect(try fixture.count("job_postings", where: "id IN \(list: [referenced, fresh])") == 2)
        #expect(try fixture.count("automation_tasks", where: "id IN \(list: oldTasks)") == 0)
        #expect(try fixture.count("automation_tasks", where: "id IN \(list: [recentTask, oldFailed])") == 2)
        #expect(try fixture.count("automation_tasks_archive", where: "id IN \(list: oldTasks)") == 5)
        #expect(try fixture.count("automation_tasks_archive", where: "priority = 7 AND task_config IS NOT NULL") == 5)
        #expect(try fixture.count("automation_tasks_archive", where: "archived_at = \(now)") == 5)
        #expect(try fixture.count("browser_sessions", where: "id IN \(list: [inactive, expired])") == 0)
        #expect(try fixture.count("browser_sessions", where: "id IN \(list: [live, recentInactive])") == 2)

        let again = try service.run(dryRun: false, listIDs: false)
        #expect(again.steps.allSatisfy { $0.count == 0 }, "a second run finds nothing")
        #expect(report.locks == [engine == .postgres ? "advisory-lock" : "sqlite-write-lock"])
    }

    @Test("on PostgreSQL a second cleanup while one holds the lock is refused")
    func oneAtATime() throws {
        let fixture = try PrivacyFixture(.postgres)
        let other = try fixture.scratch.open()
        defer { other.close() }
        #expect(try other.scalar("SELECT pg_try_advisory_lock(\(Int64(0x6A6F_6268_756E_74)))", as: Bool.self) == true)
        let error = try #require(throws: JobHuntError.self) {
            try CleanupService(services: fixture.services, policy: RetentionPolicy()).run(dryRun: false, listIDs: false)
        }
        #expect(error.code == .cleanupRunning)
        _ = try other.scalar("SELECT pg_advisory_unlock(\(Int64(0x6A6F_6268_756E_74)))", as: Bool.self)
        _ = try CleanupService(services: fixture.services, policy: RetentionPolicy()).run(dryRun: false, listIDs: false)
    }

    @Test("with Redis configured a held Redis lock refuses a second cleanup", arguments: TestEngine.allCases)
    func redisLock(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine, redis: true)
        let cache = try fixture.services.cache()
        let held = try #require(cache.acquireLock(CacheKey("jobhunt:cleanup:lock"), ttl: .seconds(60)))
        let error = try #require(throws: JobHuntError.self) {
            try CleanupService(services: fixture.services, policy: RetentionPolicy()).run(dryRun: false, listIDs: false)
        }
        #expect(error.code == .cleanupRunning)
        cache.releaseLock(held)
        let report = try CleanupService(services: fixture.services, policy: RetentionPolicy()).run(
            dryRun: false, listIDs: false)
        #expect(report.locks.contains("redis-lock"))
    }

    static let stores: [(TestEngine, TestStore)] = [
        (.sqlite, .local), (.postgres, .local), (.sqlite, .s3), (.postgres, .s3),
    ]

    @Test("stored files no row names, or of a user who is gone, are deleted; referenced ones stay", arguments: stores)
    func orphanedFiles(engine: TestEngine, store: TestStore) throws {
        let fixture = try PrivacyFixture(engine, store: store)
        let me = try fixture.populated()
        let objects = try fixture.services.objectStore()
        let gone = UUID()
        let orphanOfGone = ObjectKey.user(gone, "documents/letter.txt")
        let unreferenced = ObjectKey.user(me.user.id, "documents/old-letter.txt")
        try objects.put(Data("old".utf8), key: orphanOfGone)
        try objects.put(Data("old".utf8), key: unreferenced)
        // A shared bucket holds other tests' files: look only under this test's users.
        for prefix in [ObjectKey.userPrefix(gone), ObjectKey.userPrefix(me.user.id)] {
            var policy = RetentionPolicy()
            policy.files = RetentionPeriod(0, .day)
            policy.filesPrefix = prefix
            fixture.clock.set(Date() + 60)  // objects carry the server's real time
            let report = try CleanupService(services: fixture.services, policy: policy).run(
                dryRun: false, listIDs: true)
            let step = try #require(report.steps.first { $0.table == "objects" })
            #expect(step.ids == [prefix == ObjectKey.userPrefix(gone) ? orphanOfGone : unreferenced])
        }
        #expect(try objects.allKeys(prefix: ObjectKey.userPrefix(gone)) == [])
        #expect(try objects.allKeys(prefix: ObjectKey.userPrefix(me.user.id)).count == 2, "resume and letter stay")

        // Not yet older than the grace period: kept.
        try objects.put(Data("new".utf8), key: orphanOfGone)
        var policy = RetentionPolicy()
        policy.filesPrefix = ObjectKey.userPrefix(gone)
        let report = try CleanupService(services: fixture.services, policy: policy).run(dryRun: false, listIDs: false)
        #expect(report.steps.first { $0.table == "objects" }?.count == 0)
        try objects.delete(key: orphanOfGone)
        try ForgetService(services: fixture.services).forget(me.user, actor: me)
    }
}

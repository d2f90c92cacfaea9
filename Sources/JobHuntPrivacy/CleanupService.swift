// `jobhunt cleanup`: the seed's retention rules on both engines, in bounded
// batches that each commit on their own, under a lock so one runs at a time.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// Removes what retention says has expired.
///
/// Each batch selects at most `batchSize` candidates inside its own write
/// transaction and acts on exactly those, so an interrupted run (SIGINT,
/// kill -9) leaves every committed batch done and the one in flight rolled
/// back, and a second run, or two at once on SQLite, never acts on a row twice.
package struct CleanupService {
    let services: Services
    let policy: RetentionPolicy

    package init(services: Services, policy: RetentionPolicy) {
        self.services = services
        self.policy = policy
    }

    /// Runs every step; `dryRun` counts instead, `listIDs` also names the rows.
    package func run(dryRun: Bool, listIDs: Bool) throws -> CleanupReport {
        guard policy.batchSize >= 1, policy.batchSize <= 100_000 else {
            throw JobHuntError.cleanupInvalid("batch_size", "\(policy.batchSize) is not between 1 and 100000")
        }
        let db = try services.store.database()
        let now = services.now()
        var locks: [String] = []
        var release: [() -> Void] = []
        defer { for undo in release.reversed() { undo() } }
        if !dryRun {
            try lock(db, held: &locks, release: &release)
        }
        let steps = [
            try postings(db, now: now, dryRun: dryRun, listIDs: listIDs),
            try tasks(db, now: now, dryRun: dryRun, listIDs: listIDs),
            try browserSessions(db, now: now, dryRun: dryRun, listIDs: listIDs),
            try OrphanedFiles(services: services, policy: policy).run(db, now: now, dryRun: dryRun, listIDs: listIDs),
        ]
        return CleanupReport(dryRun: dryRun, steps: steps, locks: locks)
    }

    /// `pg_try_advisory_lock` on PostgreSQL (released when the connection ends,
    /// so a killed run frees it); a Redis lock as well when Redis is configured.
    /// SQLite needs neither: it is one file on one machine, and every batch runs
    /// under `BEGIN IMMEDIATE`, so two runs take turns batch by batch and each
    /// picks its candidates afresh inside the lock.
    private func lock(_ db: Database, held: inout [String], release: inout [() -> Void]) throws {
        if db.dialect == .postgres {
            guard try db.scalar("SELECT pg_try_advisory_lock(\(Self.advisoryKey))", as: Bool.self) == true else {
                throw JobHuntError.cleanupRunning("PostgreSQL advisory lock \(Self.advisoryKey) is held")
            }
            held.append("advisory-lock")
            release.append { _ = try? db.scalar("SELECT pg_advisory_unlock(\(Self.advisoryKey))", as: Bool.self) }
        } else {
            held.append("sqlite-write-lock")
        }
        if services.configuration.redisURL != nil {
            let cache = try services.cache()
            guard let lock = cache.acquireLock(Self.redisLock, ttl: .seconds(6 * 3600)) else {
                throw JobHuntError.cleanupRunning("the Redis lock \(Self.redisLock) is held")
            }
            if lock.scope == .shared {
                held.append("redis-lock")
            } else {
                services.warn("Redis is unreachable: this cleanup is not locked against other hosts")
            }
            release.append { cache.releaseLock(lock) }
        }
    }

    /// "jobhunt" in ASCII, as the advisory lock's 64-bit key.
    static let advisoryKey: Int64 = 0x6A6F_6268_756E_74
    static let redisLock = CacheKey("jobhunt:cleanup:lock")

    // MARK: steps

    private func postings(_ db: Database, now: Date, dryRun: Bool, listIDs: Bool) throws -> CleanupStep {
        let cutoff = policy.postings.cutoff(before: now)
        // Postings an application points at stay; the application also keeps its
        // own company_name, job_title and job_url, so it reads whole either way.
        let condition: SQL = """
            created_at < \(cutoff) AND NOT EXISTS \
            (SELECT 1 FROM applications a WHERE a.job_posting_id = job_postings.id)
            """
        return try batches(
            db, table: "job_postings", action: "delete", period: policy.postings, cutoff: cutoff,
            condition: condition, order: "created_at", dryRun: dryRun, listIDs: listIDs
        ) { db, ids in
            try db.execute("DELETE FROM job_postings WHERE id IN \(list: ids)")
        }
    }

    private func tasks(_ db: Database, now: Date, dryRun: Bool, listIDs: Bool) throws -> CleanupStep {
        let cutoff = policy.tasks.cutoff(before: now)
        let columns = try Self.archiveColumns(db)
        return try batches(
            db, table: "automation_tasks", action: "archive", period: policy.tasks, cutoff: cutoff,
            condition: "status = 'completed' AND completed_at < \(cutoff)", order: "completed_at", dryRun: dryRun,
            listIDs: listIDs
        ) { db, ids in
            let names = SQL.trusted(columns.joined(separator: ", "))
            try db.execute(
                """
                INSERT INTO automation_tasks_archive (\(sql: names), archived_at)
                SELECT \(sql: names), \(now) FROM automation_tasks WHERE id IN \(list: ids)
                ON CONFLICT (id) DO NOTHING
                """)
            try db.execute("DELETE FROM automation_tasks WHERE id IN \(list: ids)")
        }
    }

    /// The columns both tables have, read from the live schema, so a column a
    /// later migration adds to both is archived without a change here.
    static func archiveColumns(_ db: Database) throws -> [String] {
        let catalog = try SchemaCatalog.read(db)
        let archive = Set(catalog.columns(of: "automation_tasks_archive"))
        return catalog.columns(of: "automation_tasks").filter { archive.contains($0) && $0 != "archived_at" }
    }

    private func browserSessions(_ db: Database, now: Date, dryRun: Bool, listIDs: Bool) throws -> CleanupStep {
        let cutoff = policy.browserSessions.cutoff(before: now)
        let condition: SQL = """
            (is_active = \(false) OR expires_at < \(now)) AND COALESCE(last_used_at, created_at) < \(cutoff)
            """
        return try batches(
            db, table: "browser_sessions", action: "delete", period: policy.browserSessions, cutoff: cutoff,
            condition: condition, order: "created_at", dryRun: dryRun, listIDs: listIDs
        ) { db, ids in
            try db.execute("DELETE FROM browser_sessions WHERE id IN \(list: ids)")
        }
    }

    /// Counts (dry run) or repeats select-and-act in write transactions of at
    /// most `batchSize` rows until no candidate is left.
    private func batches(
        _ db: Database, table: String, action: String, period: RetentionPeriod, cutoff: Date, condition: SQL,
        order: String, dryRun: Bool, listIDs: Bool, act: (Database, [UUID]) throws -> Void
    ) throws -> CleanupStep {
        let from = SQL.trusted(table)
        var step = CleanupStep(
            table: table, action: action, olderThan: period, cutoff: cutoff, count: 0, batches: 0,
            ids: listIDs ? [] : nil)
        if dryRun {
            step.count = try db.scalar("SELECT COUNT(*) FROM \(sql: from) WHERE \(sql: condition)", as: Int.self) ?? 0
            if listIDs {
                step.ids = try db.query(
                    "SELECT id FROM \(sql: from) WHERE \(sql: condition) ORDER BY \(sql: .trusted(order)), id"
                ).map { try $0.get("id", as: UUID.self).uuidString.lowercased() }
            }
            return step
        }
        while true {
            let ids = try db.writeTransaction { db -> [UUID] in
                let ids = try db.query(
                    """
                    SELECT id FROM \(sql: from) WHERE \(sql: condition)
                    ORDER BY \(sql: .trusted(order)) LIMIT \(policy.batchSize)
                    """
                ).map { try $0.get("id", as: UUID.self) }
                if !ids.isEmpty { try act(db, ids) }
                return ids
            }
            if ids.isEmpty { break }
            step.count += ids.count
            step.batches += 1
            if listIDs { step.ids?.append(contentsOf: ids.map { $0.uuidString.lowercased() }) }
            if ids.count < policy.batchSize { break }
        }
        return step
    }
}

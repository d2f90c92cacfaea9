// Waits until another PostgreSQL session is blocked by a transaction's locks: the
// state a race test must reach before that transaction commits.
import Foundation
import JobHuntDatabase

/// Lock waits on PostgreSQL, for tests that stage a race.
///
///     let blocked = try LockWait.sessions(blockedBy: db, observer: watcher)
///     #expect(blocked == 1)
///
/// A blocked backend can signal nothing, and PostgreSQL publishes lock waits only
/// in its lock table, so this asks the server (`pg_blocking_pids`) until a session
/// waits on `holder`: the check PostgreSQL's own isolation tester makes
/// (`pg_isolation_test_session_is_blocked`). No time is asserted; `limit` only
/// bounds a race that never happens.
package enum LockWait {
    /// The number of sessions blocked by `holder`'s backend, once there is one, or 0 after `limit`.
    package static func sessions(
        blockedBy holder: Database, observer: Database, limit: Duration = .seconds(60)
    ) throws -> Int {
        let pid = try holder.scalar("SELECT pg_backend_pid()", as: Int.self) ?? 0
        let deadline = ContinuousClock.now + limit
        repeat {
            let blocked =
                try observer.scalar(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE \(pid) = ANY(pg_blocking_pids(pid))", as: Int.self)
                ?? 0
            if blocked > 0 { return blocked }
            // Paces the checks so the observer leaves the CPU to the session it awaits.
            Thread.sleep(forTimeInterval: 0.005)
        } while ContinuousClock.now < deadline
        return 0
    }
}

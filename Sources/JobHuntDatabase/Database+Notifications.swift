// Wake-ups between processes that share a database: PostgreSQL's
// LISTEN/NOTIFY, so an idle `jobhunt worker` sleeps until a task is added
// instead of polling; SQLite has no such thing and waits out the timeout.
import Foundation

extension Database {
    /// Starts listening on `channel` (a lower-case identifier chosen in code).
    /// Re-issue it after a reconnection: the server forgets it with the session.
    /// Does nothing on SQLite.
    public func listen(_ channel: String) throws {
        guard dialect == .postgres else { return }
        try Self.checkChannel(channel)
        try executeScript("LISTEN \(channel)")
    }

    /// Wakes every connection listening on `channel` when the current
    /// transaction commits (at once outside one). Does nothing on SQLite.
    public func notify(_ channel: String) throws {
        guard dialect == .postgres else { return }
        try Self.checkChannel(channel)
        try execute("SELECT pg_notify(\(channel), '')")
    }

    /// Waits up to `timeout` seconds for a notification on a channel this
    /// connection listens to; true when one arrived. On SQLite it sleeps the
    /// timeout and returns false, so the caller's loop becomes a short poll.
    public func waitForNotification(timeout: TimeInterval) throws -> Bool {
        guard let postgres = driver as? PostgresDriver else {
            Thread.sleep(forTimeInterval: max(0, timeout))
            return false
        }
        return try postgres.waitForNotification(timeout: timeout)
    }

    /// Channel names go into the LISTEN text, so only `[a-z_][a-z0-9_]*` is accepted.
    private static func checkChannel(_ channel: String) throws {
        let valid =
            !channel.isEmpty && channel.first.map { $0 == "_" || ("a"..."z").contains($0) } == true
            && channel.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        guard valid else {
            throw DatabaseError(.sql, message: "'\(channel)' is not a notification channel name")
        }
    }
}

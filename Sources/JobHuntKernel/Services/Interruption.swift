// What a command interrupted by SIGINT or SIGTERM leaves behind. The database
// needs nothing: a transaction not committed when the process ends is rolled
// back (SQLite's journal, PostgreSQL's closed connection), exactly as after a
// kill -9. Files being written do: a half-written backup at the name the user
// gave, or a half-downloaded model in the temp folder, would outlive the
// process. The code writing such a file registers it here; the CLI's signal
// handler removes what is registered before it exits.
import Foundation

/// Paths to remove if the process is interrupted before they are finished.
package enum Interruption {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [UUID: URL] = [:]
    nonisolated(unsafe) private static var handledByCommand = false

    /// One registered path; `finished()` unregisters it once it is complete (or removed).
    package struct Registration: Sendable {
        let id: UUID
        package func finished() { _ = Interruption.lock.withLock { Interruption.pending.removeValue(forKey: id) } }
    }

    /// Registers `url` (a file or a folder) for removal on interruption.
    package static func removeIfInterrupted(_ url: URL) -> Registration {
        let id = UUID()
        lock.withLock { pending[id] = url }
        return Registration(id: id)
    }

    /// Runs `body` with `url` registered, unregistering it however `body` ends.
    package static func whileWriting<T>(_ url: URL, _ body: () throws -> T) rethrows -> T {
        let registration = removeIfInterrupted(url)
        defer { registration.finished() }
        return try body()
    }

    /// Removes every registered path; the signal handler calls this just before exiting.
    package static func removeRegistered() {
        let urls = lock.withLock { Array(pending.values) }
        for url in urls {
            // Renamed first: a thread still writing there (SQLite making its -wal)
            // creates by the old path, which is gone, so nothing new lands inside.
            let doomed = url.deletingLastPathComponent().appendingPathComponent(".removing-\(UUID().uuidString)")
            let target = rename(url.path, doomed.path) == 0 ? doomed : url
            try? FileManager.default.removeItem(at: target)
        }
    }

    /// A command that stops gracefully on a signal (the worker finishes the task in
    /// hand) says so here; the CLI's handler then leaves the signal to it.
    package static var commandHandlesSignals: Bool {
        get { lock.withLock { handledByCommand } }
        set { lock.withLock { handledByCommand = newValue } }
    }
}

// SIGINT (Ctrl-C) and SIGTERM (kill, a service manager, cron's timeout): the
// command stops at once with 130 or 143, the shell's numbers for them. Work
// already committed stays; the transaction in flight is rolled back by the
// database; files registered with `Interruption` (a backup being written, a
// model being downloaded) are removed, so nothing half-done is left.
import Foundation
import JobHuntKernel

enum InterruptSignals {
    /// The write end of the pipe the handler wakes the cleanup thread through.
    nonisolated(unsafe) static var wake: Int32 = -1

    /// Installs the handlers once for the process. A real handler, not SIG_IGN
    /// and a dispatch source: programs jobhunt starts (python3, Chromium) then
    /// get the default action back at exec, so Ctrl-C stops them too. The
    /// handler only writes a byte (async-signal-safe); a thread does the rest,
    /// even while the main thread waits in libcurl, SQLite or libpq.
    static func install() {
        guard wake < 0 else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        wake = ends[1]
        let reader = ends[0]
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(reader, &byte, 1) == 1 { interrupted(by: Int32(byte)) }
        }
        for number in [SIGINT, SIGTERM] {
            // A signal ignored when jobhunt started stays ignored, as shells and
            // Python do: `jobhunt … &` in a script, or nohup, meant it so.
            let previous = signal(number, SIG_IGN)
            if !Self.isIgnore(previous) { signal(number, interruptHandler) }
        }
    }

    private static func isIgnore(_ handler: sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    nonisolated(unsafe) private static var stopping = false
    private static let stoppingLock = NSLock()

    /// Called before the main thread reports an outcome: once interrupted, it
    /// waits for the handler's exit instead, so an error the removal itself
    /// caused (the backup's folder gone under it) is never printed as the result.
    static func holdIfInterrupted() {
        guard stoppingLock.withLock({ stopping }) else { return }
        while true { pause() }
    }

    private static func interrupted(by number: Int32) {
        guard !Interruption.commandHandlesSignals else { return }
        stoppingLock.withLock { stopping = true }
        Interruption.removeRegistered()
        let name = number == SIGINT ? "SIGINT" : "SIGTERM"
        let line = "jobhunt: interrupted by \(name); work already saved is kept, the rest was not written\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        _exit(128 + number)
    }
}

/// Runs in signal context: one write(2) and nothing else.
private let interruptHandler: @convention(c) (Int32) -> Void = { number in
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(InterruptSignals.wake, &byte, 1)
}

// The last line of defence against orphaned browsers: any process whose command
// line names this session's private user-data-dir is ours, whatever group it
// moved to (Chromium's helpers sometimes start sessions of their own).
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

enum ProcessSweep {
    /// The pids whose command line contains `marker`, read from /proc.
    static func processes(mentioning marker: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let needle = Data(marker.utf8)
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != getpid(),
                let commandLine = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                commandLine.range(of: needle) != nil
            else { return nil }
            return pid
        }
    }

    /// SIGKILLs every process naming `marker` and waits (up to `timeout`) until none is left.
    /// Returns the pids still alive, empty on success.
    @discardableResult
    static func kill(mentioning marker: String, timeout: Duration = .seconds(5)) -> [pid_t] {
        let deadline = ContinuousClock.now + timeout
        var left = processes(mentioning: marker)
        while !left.isEmpty, ContinuousClock.now < deadline {
            for pid in left { Glibc.kill(pid, SIGKILL) }
            usleep(50_000)
            left = processes(mentioning: marker).filter { !isZombie($0) }
        }
        return left
    }

    /// A zombie has exited and only waits for its parent to reap it.
    static func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}

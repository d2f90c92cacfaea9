// A program started in a process group of its own (chromedriver and every
// Chromium it starts), killed as a whole so nothing it started outlives it.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A background program and its process group, from ``SystemProcessRunner/start(_:log:)``.
final class ProcessGroup: RunningProcess, @unchecked Sendable {
    let pid: Int32
    private let lock = NSLock()
    private var reaped = false
    private var stopped = false

    init(pid: pid_t) { self.pid = pid }

    deinit { stop() }

    var hasExited: Bool {
        lock.withLock {
            if !reaped {
                var status: Int32 = 0
                reaped = waitpid(pid, &status, WNOHANG) == pid
            }
            return reaped
        }
    }

    /// SIGKILL to the whole group, reap the leader so no zombie stays, and wait until
    /// every other member has died too: signals are asynchronous.
    func stop() {
        let (first, wasReaped) = lock.withLock { () -> (Bool, Bool) in
            defer {
                stopped = true
                reaped = true
            }
            return (!stopped, reaped)
        }
        guard first else { return }
        killpg(pid, SIGKILL)
        if !wasReaped {
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        Self.awaitGroupGone(pid)
    }

    /// Starts `executable` with standard input from /dev/null, standard output and
    /// error to `log` (0600), in a process group of its own, with default signal
    /// dispositions and no descriptor of ours but those three.
    static func spawn(_ executable: String, arguments: [String], environment: [String], log: URL)
        throws(ProcessRunError) -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of ours: an inherited pipe end would keep a reader (a test's
        // `Process` output, a shell pipeline) waiting until the program exits.
        closeInheritedDescriptors(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (pgid = its pid), so one killpg reaches every process it
        // starts; default dispositions and an empty mask, whatever this process blocks.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGHUP, SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, number) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let strings = ([executable] + arguments).map { strdup($0) }
        defer { for string in strings { free(string) } }
        let argv = strings + [nil]
        var pid: pid_t = 0
        let entries = environment.map { strdup($0) }
        defer { for entry in entries { free(entry) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, entries + [nil])
        guard status == 0 else {
            throw ProcessRunError(executable: executable, reason: String(cString: strerror(status)))
        }
        return pid
    }

    /// This process's environment as `NAME=value` entries, read from `environ`.
    static func currentEnvironment() -> [String] {
        var entries: [String] = []
        var pointer = environ
        while let entry = pointer.pointee {
            entries.append(String(cString: entry))
            pointer += 1
        }
        return entries
    }

    /// Adds "close every descriptor from 3 up" to `actions`: glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+, looked up at run time because
    /// Swift's Glibc module does not import it), else one close per descriptor now open.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        // glibc ignores a close action whose descriptor was closed meanwhile.
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// The live (not zombie) members of process group `group`, read from /proc.
    static func liveMembers(ofGroup group: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // After the command name: state, ppid, pgrp, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z", pid_t(fields[2]) == group else { return nil }
            return pid
        }
    }

    /// Waits (up to `timeout`) until group `group` has no live member, killing stragglers again.
    static func awaitGroupGone(_ group: pid_t, timeout: Duration = .seconds(5)) {
        let deadline = ContinuousClock.now + timeout
        while !liveMembers(ofGroup: group).isEmpty, ContinuousClock.now < deadline {
            killpg(group, SIGKILL)
            usleep(20_000)
        }
    }
}

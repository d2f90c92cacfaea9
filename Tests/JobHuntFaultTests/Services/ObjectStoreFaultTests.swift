// The fault matrix's S3 rows (issue 21 §1): `profile resume FILE` with the
// bucket reached through the fault proxy, in front of the real moto server
// (signatures still checked). Bursts of 503 SlowDown are retried with backoff
// and succeed; faults that outlast the retries end in one clear error line; and
// in every case no row names an object that is not there, and an object left
// without a row (the server stored it, the answer was lost) is found and
// deleted by `jobhunt cleanup`.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("fault matrix: S3", .serialized)
struct ObjectStoreFaultTests {
    /// A SQLite home whose object store is the test bucket through the proxy, and a resume file.
    final class World: @unchecked Sendable {
        let proxy: FaultProxy
        let home: ServiceHome
        let folder: TemporaryDirectory
        let s3: TestServices.S3Settings
        let userID: String

        init(settings: [String: String] = [:]) throws {
            let s3 = try TestServices.s3
            let upstream = try #require(URL(string: s3.endpoint)?.port, "the S3 endpoint \(s3.endpoint) has a port")
            let proxy = try FaultProxy(upstreamPort: upstream)
            let folder = try TemporaryDirectory(prefix: "jobhunt-fault-s3")
            let home = try ServiceHome(
                databaseURL: "sqlite:" + folder.file("jobhunt.sqlite3").path,
                settings: [
                    "JOBHUNT_S3_BUCKET": s3.bucket, "JOBHUNT_S3_ENDPOINT": "http://127.0.0.1:\(proxy.port)",
                    "JOBHUNT_S3_REGION": s3.region, "JOBHUNT_S3_PATH_STYLE": "true",
                    "AWS_ACCESS_KEY_ID": s3.accessKeyID,
                    "AWS_SECRET_ACCESS_KEY": s3.secretAccessKey,
                ].merging(settings) { $1 })
            try "# Ada Lovelace\n\nSwift, PostgreSQL and Redis; nine years of backend work.\n".write(
                to: folder.file("cv.md"), atomically: true, encoding: .utf8)
            let set = try home.run(["profile", "set", "--title", "Staff Engineer"])
            #expect(set.status == 0, "\(set.stderr)")
            let db = try Database(location: DatabaseLocation("sqlite:" + folder.file("jobhunt.sqlite3").path))
            defer { db.close() }
            userID = try #require(try db.scalar("SELECT id FROM users", as: String.self)).lowercased()
            (self.proxy, self.home, self.folder, self.s3) = (proxy, home, folder, s3)
        }

        /// The bucket itself, not through the proxy.
        func bucket() throws -> S3ObjectStore {
            try S3ObjectStore(
                configuration: S3ObjectStore.Configuration(
                    bucket: s3.bucket, region: s3.region, endpoint: URL(string: s3.endpoint), addressing: .pathStyle,
                    credentials: SigV4Credentials(accessKeyID: s3.accessKeyID, secretAccessKey: s3.secretAccessKey)))
        }

        /// The user's objects in the bucket.
        func objects() throws -> [String] { try bucket().allKeys(prefix: "users/\(userID)/") }

        /// `user_profiles.resume_file_url`.
        func resumeURL() throws -> String? {
            let db = try Database(location: DatabaseLocation("sqlite:" + folder.file("jobhunt.sqlite3").path))
            defer { db.close() }
            return try db.scalar("SELECT resume_file_url FROM user_profiles", as: String.self)
        }

        /// Every row that names a stored object names one that is there.
        func expectNoDanglingRow() throws {
            guard let url = try resumeURL() else { return }
            let key = String(url.dropFirst("s3://\(s3.bucket)/".count))
            #expect(throws: Never.self, "the row names \(url)") { try self.bucket().head(key: key) }
        }

        func storeResume() throws -> CommandResult { try home.run(["profile", "resume", folder.file("cv.md").path]) }
    }

    @Test("a burst of 503 SlowDown is retried with backoff and the resume is stored")
    func slowDownBurst() throws {
        let world = try World()
        try world.proxy.set(.httpError(count: 2))
        let result = try world.storeResume()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(world.proxy.faults("http_error 503 SlowDown PUT").count == 2)
        #expect(try world.resumeURL() == "s3://\(world.s3.bucket)/users/\(world.userID)/resume/cv.md")
        #expect(try world.objects() == ["users/\(world.userID)/resume/cv.md"])
        try world.expectNoDanglingRow()
    }

    @Test("503 SlowDown that outlasts the retries: one clear error, no row, no object")
    func slowDownForever() throws {
        let world = try World()
        try world.proxy.set(.httpError())
        let result = try world.storeResume()
        #expect(result.status == 1)
        let lines = ServiceHome.lines(result.stderr)
        #expect(lines.first?.contains("object storage kept answering 503 SlowDown (4 attempts)") == true, "\(lines)")
        #expect(lines.count <= 2, "one error line (and its remedy): \(result.stderr)")
        #expect(world.proxy.faults("http_error").count == 4, "four attempts in all")
        let gaps = zip(
            world.proxy.faults("http_error").dropFirst(), world.proxy.faults("http_error")
        )
        .map { $0.time - $1.time }
        #expect(gaps.allSatisfy { $0 >= 0 && $0 < 10 }, "backoff waits are bounded: \(gaps)")
        #expect(try world.resumeURL() == nil)
        #expect(try world.objects().isEmpty)
    }

    @Test("connections reset after the server stored the object: a clear error, and cleanup removes the orphan")
    func resetAfterStore() throws {
        let world = try World()
        try world.proxy.set(.reset(afterForward: true))
        let result = try world.storeResume()
        #expect(result.status == 1)
        let lines = ServiceHome.lines(result.stderr)
        #expect(lines.first?.contains("could not reach object storage after 4 attempts") == true, "\(lines)")
        #expect(lines.count <= 2, "\(result.stderr)")
        #expect(try world.resumeURL() == nil, "no row for a store that was not confirmed")
        #expect(try world.objects() == ["users/\(world.userID)/resume/cv.md"], "moto kept the upload: an orphan")

        try world.proxy.set(.pass)
        // Two days on (cleanup.files_older_than is a day), only this user's folder of the shared bucket.
        let cleanup = try world.home.run(
            ["cleanup"],
            ["JOBHUNT_NOW": "2026-12-09T12:00:00Z", "JOBHUNT_CLEANUP_FILES_PREFIX": "users/\(world.userID)/"])
        #expect(cleanup.status == 0, "\(cleanup.stderr)")
        #expect(try world.objects().isEmpty, "cleanup deleted the orphan: \(cleanup.stdout)")
    }

    @Test("a server that accepts and never answers: each attempt is cut after s3.stall_seconds, then one clear error")
    func stalled() throws {
        let world = try World(settings: ["JOBHUNT_S3_STALL_SECONDS": "1"])
        try world.proxy.set(.stall())
        let result = try world.storeResume()
        #expect(result.status == 1)
        let lines = ServiceHome.lines(result.stderr)
        #expect(lines.first?.contains("could not reach object storage after 4 attempts") == true, "\(lines)")
        #expect(lines.first?.contains("timed out") == true, "\(lines)")
        #expect(world.proxy.faults("stall").count == 4)
        #expect(try world.resumeURL() == nil)
        #expect(try world.objects().isEmpty)

        // The same file once the server answers again: stored, and the row names it.
        try world.proxy.set(.pass)
        let again = try world.storeResume()
        #expect(again.status == 0, "\(again.stderr)")
        try world.expectNoDanglingRow()
    }
}

// `user export` on both engines and both stores: every owned table, the phone
// decrypted, no password hash, the stored files with checksums that match,
// permissions, a zip that unzip accepts, and a JSON Resume that imports back
// into the same profile.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntPrivacy
import JobHuntProfiles
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Export")
struct ExportTests {
    static let cases: [(TestEngine, TestStore)] = [
        (.sqlite, .local), (.postgres, .local), (.sqlite, .s3), (.postgres, .s3),
    ]

    @Test("a folder export holds every owned table, the files and a manifest whose checksums match", arguments: cases)
    func folder(engine: TestEngine, store: TestStore) throws {
        let fixture = try PrivacyFixture(engine, store: store)
        let person = Person.make()
        let me = try fixture.populated(person)
        let other = try fixture.populated()
        let out = fixture.directory.url.appendingPathComponent("export")
        let report = try ExportService(services: fixture.services).export(me.user, actor: me, to: out, format: .json)
        #expect(report.rows["users"] == 1 && report.rows["applications"] == 1 && report.rows["user_skills"] == 2)
        #expect(Set(report.rows.keys) == Set(UserOwnedTables.all.map(\.name)))

        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        let files = try #require((manifest as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.count == report.files.count && files.count == UserOwnedTables.all.count + 1 + 2)
        for entry in files {
            let path = try #require(entry["path"] as? String)
            let data = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(Hashing.hex(Hashing.sha256(data)) == entry["sha256"] as? String, "\(path)")
            #expect(data.count == entry["bytes"] as? Int)
            let mode =
                try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(path).path)[
                    .posixPermissions] as? Int
            #expect(mode == 0o600, "\(path)")
        }
        let folderMode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(files.contains { ($0["path"] as? String)?.hasPrefix("files/resume/") == true })
        #expect(files.contains { ($0["path"] as? String)?.hasPrefix("files/documents/") == true })

        let users = try rows(out, "users")
        #expect(users.first?["email"] as? String == person.email)
        #expect(users.first?["password_hash"] == nil, "no password hash")
        let profile = try rows(out, "user_profiles")
        #expect(profile.first?["phone"] as? String == person.phone.replacingOccurrences(of: " ", with: ""), "decrypted")
        #expect(profile.first?["phone_encrypted"] == nil)
        let tasks = try rows(out, "automation_tasks")
        #expect(tasks.count == 1)
        // The same JSON types on both engines: SQLite's 0/1 and JSON text come out as booleans and JSON.
        #expect(tasks.first?["task_config"] as? [String: String] == ["who": person.email])
        #expect(tasks.first?["priority"] as? Int == 7)
        #expect(users.first?["is_active"] as? Bool == true)
        #expect(users.first?["is_admin"] as? Bool == false)
        #expect(try rows(out, "job_search_preferences").first?["keywords"] as? [String] == ["Go"])
        let everything =
            try String(contentsOf: out.appendingPathComponent("tables/applications.json"), encoding: .utf8)
            + (try String(contentsOf: out.appendingPathComponent("tables/users.json"), encoding: .utf8))
        #expect(!everything.contains(other.user.id.uuidString.lowercased()), "only the person's rows")

        // Another's data needs an administrator.
        #expect(throws: JobHuntError.self) {
            try ExportService(services: fixture.services).export(
                other.user, actor: me, to: fixture.directory.url.appendingPathComponent("x"), format: .json)
        }
        #expect(throws: JobHuntError.self, "a folder that is not empty is refused") {
            try ExportService(services: fixture.services).export(me.user, actor: me, to: out, format: .json)
        }
        try ForgetService(services: fixture.services).forget(me.user, actor: me)
        try ForgetService(services: fixture.services).forget(other.user, actor: other)
    }

    @Test(
        "a zip export passes unzip -t and holds the same files; csv tables have a header",
        arguments: TestEngine.allCases)
    func zip(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let me = try fixture.populated()
        let archive = fixture.directory.url.appendingPathComponent("me.zip")
        let report = try ExportService(services: fixture.services).export(me.user, actor: me, to: archive, format: .csv)
        let mode = try FileManager.default.attributesOfItem(atPath: archive.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let test = try CommandRunner.runShell("unzip -t \"$ARCHIVE\"", environment: ["ARCHIVE": archive.path])
        #expect(test.status == 0, "\(test.stdout)\(test.stderr)")
        #expect(test.stdout.contains("No errors detected"))
        let unpacked = fixture.directory.url.appendingPathComponent("unpacked")
        let unzip = try CommandRunner.runShell(
            "unzip -q \"$ARCHIVE\" -d \"$OUT\"", environment: ["ARCHIVE": archive.path, "OUT": unpacked.path])
        #expect(unzip.status == 0, "\(unzip.stderr)")
        for entry in report.files {
            let data = try Data(contentsOf: unpacked.appendingPathComponent(entry.path))
            #expect(Hashing.hex(Hashing.sha256(data)) == entry.sha256, "\(entry.path)")
        }
        let csv = try String(contentsOf: unpacked.appendingPathComponent("tables/users.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,email,"))
        let header = try #require(csv.split(separator: "\r\n").first).split(
            separator: ",", omittingEmptySubsequences: false
        ).map(String.init)
        let first = try #require(csv.split(separator: "\r\n").dropFirst().first).split(
            separator: ",", omittingEmptySubsequences: false
        ).map(String.init)
        let row = Dictionary(uniqueKeysWithValues: Swift.zip(header, first))
        #expect(row["is_active"] == "true" && row["is_admin"] == "false", "\(row)")
        let tasks = try String(
            contentsOf: unpacked.appendingPathComponent("tables/automation_tasks.csv"), encoding: .utf8)
        #expect(tasks.contains(",7,") || tasks.contains(",7\r\n"), "an integer stays a number, not true")
        #expect(!csv.contains("password_hash"))
        #expect(throws: JobHuntError.self, "an existing zip is not overwritten") {
            try ExportService(services: fixture.services).export(me.user, actor: me, to: archive, format: .csv)
        }
    }

    @Test("profile import of the exported JSON Resume gives back the same profile", arguments: TestEngine.allCases)
    func resumeRoundTrip(engine: TestEngine) throws {
        let fixture = try PrivacyFixture(engine)
        let person = Person.make()
        let me = try fixture.populated(person)
        let out = fixture.directory.url.appendingPathComponent("export")
        _ = try ExportService(services: fixture.services).export(me.user, actor: me, to: out, format: .json)
        let resume = try Data(contentsOf: out.appendingPathComponent("resume.json"))

        try ForgetService(services: fixture.services).forget(me.user, actor: me)
        let again = try fixture.account(person)
        _ = try ProfileTransferService(services: fixture.services).importResume(
            resume, for: again, options: ProfileImportOptions())
        let before = try ProfileTransferService(services: fixture.services).export(for: again)
        let reimported = before.rendered(as: .jsonResume)
        // The same document, but for meta.lastModified (the rows are new).
        func stripped(_ data: Data) throws -> NSDictionary {
            var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            object["meta"] = nil
            return object as NSDictionary
        }
        #expect(try stripped(reimported) == stripped(resume))
        #expect(before.profile.phone == person.phone.replacingOccurrences(of: " ", with: ""))
        #expect(before.skills.count == 2 && before.experiences.count == 1)
    }
}

/// The rows of an exported JSON table.
func rows(_ folder: URL, _ table: String) throws -> [[String: Any]] {
    let data = try Data(contentsOf: folder.appendingPathComponent("tables/\(table).json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
}

// Parsing the database URL users configure, and keeping passwords out of its description.
import Foundation
import JobHuntDatabase
import Testing

@Suite("Database URLs")
struct DatabaseLocationTests {
    @Test(
        "SQLite forms",
        arguments: [
            ("sqlite:/var/lib/jobhunt/db.sqlite3", "/var/lib/jobhunt/db.sqlite3"),
            ("sqlite:///var/lib/jobhunt/db.sqlite3", "/var/lib/jobhunt/db.sqlite3"),
            ("/tmp/x/../db.sqlite3", "/tmp/db.sqlite3"),
            ("file:///tmp/a%20b.sqlite3", "/tmp/a b.sqlite3"),
        ])
    func sqlite(input: String, path: String) throws {
        let location = try DatabaseLocation(input)
        #expect(location.engine == .sqlite)
        #expect(location.sqlitePath == path)
    }

    @Test("relative and home paths are made absolute")
    func relativePaths() throws {
        let relative = try DatabaseLocation("sqlite:data/db.sqlite3")
        #expect(relative.sqlitePath == FileManager.default.currentDirectoryPath + "/data/db.sqlite3")
        let home = try DatabaseLocation("~/db.sqlite3")
        #expect(home.sqlitePath == FileManager.default.homeDirectoryForCurrentUser.path + "/db.sqlite3")
    }

    @Test(
        "PostgreSQL forms print without the password",
        arguments: [
            ("postgres://me:s3cret@db.example.com:5433/jobs", "postgresql://me@db.example.com:5433/jobs"),
            ("postgresql://me:s3cret@db.example.com/jobs?sslmode=require", "postgresql://me@db.example.com/jobs"),
            (
                "host=db.example.com port=5433 dbname=jobs user=me password=s3cret sslmode=require",
                "postgresql://me@db.example.com:5433/jobs"
            ),
            ("dbname='my jobs' password='s3cret'", "postgresql://localhost/my jobs"),
        ])
    func postgres(input: String, printed: String) throws {
        let location = try DatabaseLocation(input)
        #expect(location.engine == .postgres)
        #expect(location.description == printed)
        #expect(!location.description.contains("s3cret"))
    }

    @Test("empty and unknown schemes are configuration errors with a remedy", arguments: ["", "   ", "mysql://x/y"])
    func invalid(input: String) {
        #expect {
            _ = try DatabaseLocation(input)
        } throws: { error in
            (error as? DatabaseError)?.code == .configuration && (error as? DatabaseError)?.recoverySuggestion != nil
        }
    }
}

// PostgreSQL-specific behaviour: connection errors that keep the password
// out, re-connection after the server drops us, and statement reuse.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDatabase

@Suite("PostgreSQL connection")
struct PostgresConnectionTests {
    @Test("a failed connection names host and database but never the password")
    func connectionFailureHidesPassword() throws {
        let url = "postgresql://jobhunt:TopSecretPassw0rd@127.0.0.1:1/nowhere?connect_timeout=2"
        do {
            _ = try Database(location: DatabaseLocation(url))
            Issue.record("connecting to port 1 should fail")
        } catch let error as DatabaseError {
            #expect(error.code == .connection)
            let text = "\(error.errorDescription ?? "") \(error.recoverySuggestion ?? "") \(error)"
            #expect(text.contains("127.0.0.1:1/nowhere"))
            #expect(!text.contains("TopSecretPassw0rd"))
        }
    }

    @Test("a wrong password is a connection error without the password in it")
    func wrongPassword() throws {
        var components = try #require(URLComponents(string: TestServices.postgresURL))
        components.password = "WrongPassw0rdXYZ"
        do {
            _ = try Database(location: DatabaseLocation(components.string!))
            Issue.record("a wrong password should fail")
        } catch let error as DatabaseError {
            #expect(error.code == .connection)
            #expect((error.errorDescription ?? "").contains("password authentication failed"))
            #expect(!(error.errorDescription ?? "").contains("WrongPassw0rdXYZ"))
        }
    }

    @Test("a dropped connection is re-established for the next statement")
    func reconnects() throws {
        let scratch = try ScratchDatabase(.postgres)
        let db = try scratch.open()
        let pid = try #require(try db.scalar("SELECT pg_backend_pid()", as: Int.self))
        let admin = try scratch.open()
        try admin.execute("SELECT pg_terminate_backend(\(pid))")
        #expect(throws: DatabaseError.self) { try db.query("SELECT 1 AS one") }
        let newPID = try db.scalar("SELECT pg_backend_pid()", as: Int.self)
        #expect(newPID != nil && newPID != pid)
    }

    @Test("statements are prepared once and reused")
    func preparedStatementsReused() throws {
        let scratch = try ScratchDatabase(.postgres)
        let db = try scratch.open()
        for value in 0..<5 { _ = try db.query("SELECT \(value)::int + 1 AS next") }
        let count = try db.scalar(
            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE \("SELECT $1::int + 1%")", as: Int.self
        )
        #expect(count == 1)
    }

    @Test("libpq keyword strings open the same server")
    func keywordConnectionString() throws {
        let components = try #require(URLComponents(string: TestServices.postgresURL))
        let keywords =
            "host=\(components.host!) port=\(components.port!) dbname=\(components.path.dropFirst()) user=\(components.user!) password='\(components.password!)'"
        let db = try Database(location: DatabaseLocation(keywords))
        #expect(db.dialect == .postgres)
        #expect(try db.scalar("SELECT current_database()", as: String.self) == String(components.path.dropFirst()))
        #expect(!db.location.description.contains(components.password!))
    }
}

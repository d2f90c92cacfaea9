// Accounts and sessions on both engines: normalised e-mails, Argon2id
// passwords, hashed session tokens, expiry, disabling, and who acts when
// nobody logged in.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

/// A Services value over a scratch database, with a settable clock.
final class AccountFixture: @unchecked Sendable {
    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let services: Services
    let clock = TestClock()

    init(_ engine: TestEngine) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory()
        if engine == .postgres {
            let db = try scratch.open()
            try Schema.migrator(for: .postgres).up(db)
        }
        let configuration = Configuration(databaseURL: scratch.url, dataDirectory: directory.url)
        let clock = self.clock
        services = Services(configuration: configuration, now: { clock.now })
    }

    func advance(by seconds: TimeInterval) { clock.advance(by: seconds) }
    var accounts: AccountService { AccountService(services: services) }
    var sessions: SessionService { SessionService(services: services) }
}

/// A clock tests move by hand instead of sleeping.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = Date(timeIntervalSince1970: 1_790_000_000)
    var now: Date { lock.withLock { instant } }
    func advance(by seconds: TimeInterval) { lock.withLock { instant += seconds } }
}

@Suite("Accounts")
struct AccountTests {
    @Test("e-mails are stored lower-case and must pass valid_email", arguments: TestEngine.allCases)
    func emails(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        let user = try fixture.accounts.createUser(
            email: "  Ada@Example.COM ", firstName: " Ada ", password: "analytical engine")
        #expect(user.email == "ada@example.com")
        #expect(user.firstName == "Ada")
        #expect(throws: JobHuntError.self) {
            try fixture.accounts.createUser(email: "ada@example", password: "analytical engine")
        }
        #expect {
            try fixture.accounts.createUser(email: "ADA@example.com", password: "another password")
        } throws: { ($0 as? JobHuntError)?.code == .accountEmailTaken }
        #expect {
            try fixture.accounts.createUser(email: "bob@example.com", password: "short")
        } throws: { ($0 as? JobHuntError)?.code == .accountWeakPassword }
    }

    @Test("login stores only the token's digest and records the login time", arguments: TestEngine.allCases)
    func login(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        _ = try fixture.accounts.createUser(email: "ada@example.com", password: "analytical engine")
        let (acting, token) = try fixture.sessions.login(email: "ADA@example.com", password: "analytical engine")
        #expect(acting.user.lastLoginAt != nil)
        #expect(token.rawValue.hasPrefix("jh_") && token.rawValue.count > 40)
        #expect(!"\(token)".contains(token.rawValue))
        let db = try fixture.scratch.open()
        let stored = try #require(try db.scalar("SELECT token_hash FROM user_sessions", as: String.self))
        #expect(stored.count == 64 && stored != token.rawValue)
        let hash = try #require(try db.scalar("SELECT password_hash FROM users", as: String.self))
        #expect(hash.hasPrefix("$argon2id$"))
        #expect(try fixture.sessions.authenticate(token).user.id == acting.user.id)
    }

    @Test("an unknown e-mail and a wrong password fail alike", arguments: TestEngine.allCases)
    func badCredentials(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        _ = try fixture.accounts.createUser(email: "ada@example.com", password: "analytical engine")
        var messages: [String?] = []
        for (email, password) in [
            ("ada@example.com", "difference engine"), ("nobody@example.com", "analytical engine"),
        ] {
            do {
                _ = try fixture.sessions.login(email: email, password: password)
                Issue.record("login should fail for \(email)")
            } catch let error as JobHuntError {
                messages.append(error.errorDescription)
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
    }

    @Test("sessions expire 30 days after their last use", arguments: TestEngine.allCases)
    func expiry(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        _ = try fixture.accounts.createUser(email: "ada@example.com", password: "analytical engine")
        let (_, token) = try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
        fixture.advance(by: 20 * 86_400)
        _ = try fixture.sessions.authenticate(token)  // slides the expiry forward
        fixture.advance(by: 20 * 86_400)
        _ = try fixture.sessions.authenticate(token)
        fixture.advance(by: 31 * 86_400)
        #expect { try fixture.sessions.authenticate(token) } throws: {
            ($0 as? JobHuntError)?.code == .accountSessionExpired
        }
        #expect(try fixture.scratch.open().scalar("SELECT COUNT(*) FROM user_sessions", as: Int.self) == 0)
    }

    @Test("disabling an account ends its sessions and blocks login", arguments: TestEngine.allCases)
    func disabling(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        _ = try fixture.accounts.createUser(email: "ada@example.com", password: "analytical engine")
        let (_, token) = try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
        try fixture.accounts.setActive(email: "ada@example.com", false)
        #expect(throws: JobHuntError.self) { try fixture.sessions.authenticate(token) }
        #expect { try fixture.sessions.login(email: "ada@example.com", password: "analytical engine") } throws: {
            ($0 as? JobHuntError)?.code == .accountDisabled
        }
        try fixture.accounts.setActive(email: "ada@example.com", true)
        _ = try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
    }

    @Test("changing a password checks the current one and ends the other sessions", arguments: TestEngine.allCases)
    func passwordChange(engine: TestEngine) throws {
        let fixture = try AccountFixture(engine)
        _ = try fixture.accounts.createUser(email: "ada@example.com", password: "analytical engine")
        let (first, _) = try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
        let (_, other) = try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
        #expect(throws: JobHuntError.self) {
            try fixture.accounts.changePassword(for: first, current: "wrong guess!", new: "difference engine")
        }
        if engine == .postgres {
            #expect(throws: JobHuntError.self) {
                try fixture.accounts.changePassword(for: first, current: nil, new: "difference engine")
            }
        }
        try fixture.accounts.changePassword(for: first, current: "analytical engine", new: "difference engine")
        #expect(throws: JobHuntError.self) { try fixture.sessions.authenticate(other) }
        #expect(throws: JobHuntError.self) {
            try fixture.sessions.login(email: "ada@example.com", password: "analytical engine")
        }
        _ = try fixture.sessions.login(email: "ada@example.com", password: "difference engine")
    }

    @Test("without a session, only the embedded SQLite default acts as its single user")
    func embeddedUser() throws {
        let sqlite = try AccountFixture(.sqlite)
        let (created, wasCreated) = try #require(try sqlite.sessions.embeddedUser())
        #expect(wasCreated && created.user.email == SessionService.localEmail)
        let (again, createdAgain) = try #require(try sqlite.sessions.embeddedUser())
        #expect(!createdAgain && again.user.id == created.user.id)
        _ = try sqlite.accounts.createUser(email: "second@example.com", password: "second person")
        #expect(try sqlite.sessions.embeddedUser() == nil, "two people on one file must log in")
        let postgres = try AccountFixture(.postgres)
        #expect(try postgres.sessions.embeddedUser() == nil)
        #expect(try postgres.accounts.listUsers().isEmpty, "nobody is created on a shared database")
    }
}

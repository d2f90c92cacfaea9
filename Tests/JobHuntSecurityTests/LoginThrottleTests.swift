// Issue 21 §3, last part: failed logins are recorded and lock the address for
// a growing window; sessions expire and `logout --all` ends every one. The
// clock is JOBHUNT_NOW, so nothing here sleeps.
import Foundation
import JobHuntTesting
import Testing

@Suite("login throttling and sessions")
struct LoginThrottleTests {
    /// `login` as `email` with `password` at `seconds` after the world's start.
    private func login(
        _ world: SecurityWorld, _ email: String, _ password: String, at seconds: Int
    ) throws -> CommandResult {
        var environment = world.base
        environment["JOBHUNT_NOW"] = Self.time(seconds)
        return try CommandRunner.run(
            ["login", "--email", email, "--password-stdin", "--print-token"], environment: environment,
            stdin: password + "\n")
    }

    static func time(_ seconds: Int) -> String {
        let start = ISO8601DateFormatter().date(from: SecurityWorld.now)!
        return ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(seconds)))
    }

    @Test("five failures are free, then the address waits 30 s, doubling", arguments: TestEngine.allCases)
    func failuresLockTheAddress(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        let email = "ada@example.com"
        let right = "ada long enough secret"
        for second in 0..<5 {
            let wrong = try login(world, email, "not the password", at: second)
            #expect(wrong.status == 1)
            #expect(wrong.stderr.contains("wrong e-mail or password"), "\(wrong.stderr)")
        }
        let locked = try login(world, email, right, at: 10)
        #expect(locked.status == 1, "even the right password waits")
        #expect(
            locked.stderr.contains("too many failed logins for this address; try again in 24 s"), "\(locked.stderr)")
        #expect(locked.stdout.isEmpty)

        // The failures are recorded, under a digest of the address, not the address.
        let db = try world.scratch.open()
        defer { db.close() }
        let digests = try db.query("SELECT email_digest FROM login_failures").map {
            try $0.get("email_digest", as: String.self)
        }
        #expect(digests.count == 5, "refused attempts are not recorded")
        #expect(Set(digests).count == 1)
        #expect(!digests.contains { $0.contains("ada") })

        // A sixth failure after the window doubles the next wait to 60 s.
        #expect(try login(world, email, "still wrong", at: 40).stderr.contains("wrong e-mail or password"))
        let longer = try login(world, email, right, at: 70)
        #expect(longer.stderr.contains("try again in 30 s"), "\(longer.stderr)")
        let open = try login(world, email, right, at: 100)
        #expect(open.status == 0, "\(open.stderr)")
        #expect(open.stdout.hasPrefix("jh_"))
        #expect(try db.scalar("SELECT COUNT(*) FROM login_failures", as: Int.self) == 0, "a login clears them")

        // Grace's address was never locked by Ada's failures.
        #expect(try login(world, "grace@example.com", "grace long enough secret", at: 10).status == 0)
    }

    @Test("an unknown address is throttled exactly like a real one", arguments: [TestEngine.sqlite])
    func unknownAddressesLookTheSame(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        for email in ["ada@example.com", "nobody@example.com"] {
            for second in 0..<5 { _ = try login(world, email, "wrong password", at: second) }
            let locked = try login(world, email, "wrong password", at: 5)
            #expect(locked.status == 1)
            #expect(
                locked.stderr.contains("too many failed logins for this address; try again in 29 s"), "\(locked.stderr)"
            )
        }
    }

    @Test("logout --all ends every session of the account and no one else's", arguments: TestEngine.allCases)
    func logoutAll(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        let laptop = world.ada
        let cron = try login(world, "ada@example.com", "ada long enough secret", at: 1)
        var cronEnvironment = world.base
        cronEnvironment["JOBHUNT_SESSION"] = cron.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try world.run(["whoami"], as: cronEnvironment).status == 0)

        let all = try world.run(["logout", "--all"], as: laptop)
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stderr.contains("ended 2 session(s) of ada@example.com"), "\(all.stderr)")
        for environment in [laptop, cronEnvironment] {
            let after = try world.run(["whoami"], as: environment)
            #expect(after.status == 1)
            #expect(after.stderr.contains("the saved session is not valid here"), "\(after.stderr)")
        }
        #expect(try world.run(["whoami"], as: world.grace).status == 0, "Grace is still logged in")
    }

    @Test("a session unused for 30 days expires", arguments: [TestEngine.sqlite])
    func sessionsExpire(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        var later = world.ada
        later["JOBHUNT_NOW"] = Self.time(29 * 86_400)
        #expect(try world.run(["whoami"], as: later).status == 0, "used within 30 days: slides on")
        later["JOBHUNT_NOW"] = Self.time(29 * 86_400 + 31 * 86_400)
        let expired = try world.run(["whoami"], as: later)
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("your session has expired"), "\(expired.stderr)")
    }
}

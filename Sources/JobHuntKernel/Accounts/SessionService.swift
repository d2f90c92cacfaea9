// Logging in and out: sessions with an expiry whose tokens are stored only as
// SHA-256 digests, and the rule for who a command acts as.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO

/// Turns credentials into sessions and sessions back into the acting user.
package struct SessionService {
    let services: Services
    /// How long a login lasts without use.
    package static let lifetime: TimeInterval = 30 * 24 * 3600
    /// The e-mail of the local user the embedded default creates on first use.
    package static let localEmail = "me@jobhunt.local"

    package init(services: Services) { self.services = services }

    /// Checks the password and opens a session. An unknown e-mail and a wrong
    /// password fail alike, after the same Argon2id work.
    package func login(email: String, password: String) throws -> (ActingUser, SessionToken) {
        let db = try services.store.database()
        let normalized = EmailAddress.normalized(email) ?? ""
        let throttle = LoginThrottle(db: db, email: normalized, now: services.now())
        try throttle.check()
        let row = try db.queryOne(
            "SELECT \(columns: AccountService.userColumns), password_hash FROM users WHERE email = \(normalized)")
        let hasher = PasswordHasher()
        guard let row, let stored = try row.optional("password_hash", as: String.self),
            hasher.verify(password, against: stored)
        else {
            // Spend the same time as a real check, so timing reveals nothing.
            _ = hasher.verify(password, against: Self.decoyHash)
            try throttle.recordFailure()
            throw JobHuntError.accountBadCredentials
        }
        let account = try AccountService.account(row)
        guard account.isActive else {
            throw JobHuntError(
                .accountDisabled, "the account \(account.email) is disabled", remedy: "ask whoever runs this database")
        }
        let now = services.now()
        let (token, sessionID) = try db.transaction { db in
            if hasher.needsRehash(stored) {
                let rehashed = try hasher.hash(password)
                try db.execute("UPDATE users SET password_hash = \(rehashed) WHERE id = \(account.id)")
            }
            try db.execute("UPDATE users SET last_login_at = \(now) WHERE id = \(account.id)")
            try throttle.clear(db)
            return try openSession(for: account.id, db: db, now: now)
        }
        var user = account
        user.lastLoginAt = now
        return (ActingUser(user: user, sessionID: sessionID), token)
    }

    /// Opens a session for a user who was just created (`jobhunt init`).
    package func openSession(for user: UserAccount) throws -> (ActingUser, SessionToken) {
        let db = try services.store.database()
        let (token, id) = try openSession(for: user.id, db: db, now: services.now())
        return (ActingUser(user: user, sessionID: id), token)
    }

    /// The user behind `token`; an expired session is removed and reported.
    package func authenticate(_ token: SessionToken) throws -> ActingUser {
        let db = try services.store.database()
        let now = services.now()
        guard
            let row = try db.queryOne(
                """
                SELECT s.id AS session_id, s.expires_at, s.last_used_at, \(columns: AccountService.userColumns, of: "u")
                FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = \(Self.digest(token))
                """)
        else {
            throw JobHuntError(.accountNotLoggedIn, "the saved session is not valid here", remedy: "run \(.logIn)")
        }
        let sessionID: UUID = try row.get("session_id")
        guard try row.get("expires_at", as: Date.self) > now else {
            try db.execute("DELETE FROM user_sessions WHERE id = \(sessionID)")
            throw JobHuntError(.accountSessionExpired, "your session has expired", remedy: "run \(.logIn)")
        }
        let user = try AccountService.account(row)
        guard user.isActive else {
            throw JobHuntError(
                .accountDisabled, "the account \(user.email) is disabled", remedy: "ask whoever runs this database")
        }
        // Sliding expiry, written at most every few minutes so cron runs stay read-only.
        let lastUsed = try row.optional("last_used_at", as: Date.self) ?? .distantPast
        if now.timeIntervalSince(lastUsed) > 300 {
            let expiry = now.addingTimeInterval(Self.lifetime)
            try db.execute(
                "UPDATE user_sessions SET last_used_at = \(now), expires_at = \(expiry) WHERE id = \(sessionID)")
        }
        return ActingUser(user: user, sessionID: sessionID)
    }

    /// Ends the session behind `token`; false when there was none.
    @discardableResult
    package func logout(_ token: SessionToken) throws -> Bool {
        try services.store.database().execute("DELETE FROM user_sessions WHERE token_hash = \(Self.digest(token))") > 0
    }

    /// Ends every session of `user` (`logout --all`): on every machine and in
    /// every cron job holding one of its tokens. Returns how many there were.
    @discardableResult
    package func logoutEverywhere(_ user: UUID) throws -> Int {
        try services.store.database().execute("DELETE FROM user_sessions WHERE user_id = \(user)")
    }

    /// Who a command acts as without a session, on the embedded SQLite
    /// default only: its only user, created on first use. Nil on PostgreSQL
    /// or when several people share the file (they must log in).
    package func embeddedUser() throws -> (user: ActingUser, created: Bool)? {
        let db = try services.store.database()
        guard db.dialect == .sqlite else { return nil }
        let users = try db.query(
            "SELECT \(columns: AccountService.userColumns) FROM users WHERE is_active = \(true) LIMIT 2")
        if users.count == 1 { return (ActingUser(user: try AccountService.account(users[0]), sessionID: nil), false) }
        guard users.isEmpty, try db.scalar("SELECT COUNT(*) FROM users", as: Int.self) == 0 else { return nil }
        let created = try AccountService(services: services).createUser(email: Self.localEmail, password: nil)
        return (ActingUser(user: created, sessionID: nil), true)
    }

    private func openSession(for userID: UUID, db: Database, now: Date) throws -> (SessionToken, UUID) {
        let token = SessionToken(rawValue: "jh_" + Self.base64URL(SecureRandom.bytes(32)))
        let id = UUID()
        let values: [(any DatabaseValueConvertible)?] = [
            id, userID, Self.digest(token), now, now.addingTimeInterval(Self.lifetime),
        ]
        try db.execute(
            "INSERT INTO user_sessions (id, user_id, token_hash, created_at, expires_at) VALUES \(list: values)")
        return (token, id)
    }

    /// Tokens carry 256 random bits, so a plain SHA-256 is enough to make a
    /// stolen table useless (no salt or slow hash needed).
    static func digest(_ token: SessionToken) -> String {
        Hashing.hex(Hashing.sha256(token.rawValue))
    }

    static let decoyHash: String = (try? PasswordHasher().hash(randomDecoy())) ?? ""

    private static func randomDecoy() -> String { SecureRandom.bytes(16).base64EncodedString() }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

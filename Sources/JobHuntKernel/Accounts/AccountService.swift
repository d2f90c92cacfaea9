// Users and their passwords: creating accounts, listing, disabling, and
// changing passwords, with Argon2id hashes that never leave this type.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO

/// Creates and manages the people who use a jobhunt database.
///
/// E-mails are stored lower-cased and checked against the seed's
/// `valid_email` rule before the database sees them; passwords are hashed
/// with Argon2id (libsodium `crypto_pwhash_str`) and upgraded on login when
/// the parameters change.
package struct AccountService {
    let services: Services
    /// The shortest password accepted; long passphrases are welcome.
    package static let minimumPasswordLength = 8
    /// The `users` columns a ``UserAccount`` is read from.
    static let userColumns = UserAccount.CodingKeys.allCases

    package init(services: Services) { self.services = services }

    /// Creates an account. `password` nil gives the account a random password
    /// nobody knows (the embedded default's local user), to be set later with
    /// `user passwd`.
    package func createUser(email: String, firstName: String? = nil, lastName: String? = nil, password: String?) throws
        -> UserAccount
    {
        guard let normalized = EmailAddress.normalized(email) else { throw JobHuntError.accountInvalidEmail(email) }
        let first = try Self.name(firstName, field: "first name")
        let last = try Self.name(lastName, field: "last name")
        let secret = try password.map { try Self.checkedPassword($0, email: normalized) } ?? Self.randomPassword()
        let hash = try PasswordHasher().hash(secret)
        let db = try services.store.database()
        let now = services.now()
        do {
            let stamp = SQL.bindOnce(now)  // created_at and updated_at: one instant, bound once
            try db.execute(
                """
                INSERT INTO users (id, email, password_hash, first_name, last_name, created_at, updated_at)
                VALUES (\(UUID()), \(normalized), \(hash), \(first), \(last), \(sql: stamp), \(sql: stamp))
                """)
        } catch DatabaseError.Code.uniqueViolation {
            throw JobHuntError(
                .accountEmailTaken, "an account for \(normalized) already exists",
                remedy: "log in with \(.logInAs(email: normalized))")
        }
        return try user(email: normalized, in: db)!
    }

    /// Every account, oldest first.
    package func listUsers() throws -> [UserAccount] {
        try services.store.database().query("SELECT \(columns: Self.userColumns) FROM users ORDER BY created_at, email")
            .map(Self.account)
    }

    /// Disables or re-enables an account; disabling also ends its sessions.
    @discardableResult
    package func setActive(email: String, _ active: Bool) throws -> UserAccount {
        let db = try services.store.database()
        guard let normalized = EmailAddress.normalized(email), let account = try user(email: normalized, in: db) else {
            throw JobHuntError(.accountUnknownUser, "no account for \(email)", remedy: "see \(.listUsers)")
        }
        try db.transaction { db in
            try db.execute(
                "UPDATE users SET is_active = \(active), updated_at = \(services.now()) WHERE id = \(account.id)")
            if !active { try db.execute("DELETE FROM user_sessions WHERE user_id = \(account.id)") }
        }
        return try user(email: normalized, in: db)!
    }

    /// Sets `actor`'s password. The current password is required on a shared
    /// (PostgreSQL) database; on the embedded SQLite file, whose owner can
    /// already read everything in it, it may be omitted. Other sessions end.
    package func changePassword(for actor: ActingUser, current: String?, new: String) throws {
        let db = try services.store.database()
        let stored = try db.scalar("SELECT password_hash FROM users WHERE id = \(actor.user.id)", as: String.self)
        if let current {
            guard let stored, PasswordHasher().verify(current, against: stored) else {
                throw JobHuntError.accountBadCredentials
            }
        } else if db.dialect != .sqlite {
            throw JobHuntError(
                .accountBadCredentials, "the current password is required", remedy: "pass it with --password-stdin")
        }
        let hash = try PasswordHasher().hash(try Self.checkedPassword(new, email: actor.user.email))
        try db.transaction { db in
            try db.execute(
                "UPDATE users SET password_hash = \(hash), updated_at = \(services.now()) WHERE id = \(actor.user.id)")
            if let kept = actor.sessionID {
                try db.execute("DELETE FROM user_sessions WHERE user_id = \(actor.user.id) AND id <> \(kept)")
            } else {
                try db.execute("DELETE FROM user_sessions WHERE user_id = \(actor.user.id)")
            }
        }
    }

    func user(email: String, in db: Database) throws -> UserAccount? {
        try db.queryOne("SELECT \(columns: Self.userColumns) FROM users WHERE email = \(email)").map(Self.account)
    }

    static func account(_ row: Row) throws -> UserAccount {
        UserAccount(
            id: try row.get(UserAccount.CodingKeys.id), email: try row.get(UserAccount.CodingKeys.email),
            firstName: try row.optional(UserAccount.CodingKeys.firstName),
            lastName: try row.optional(UserAccount.CodingKeys.lastName),
            isActive: try row.optional(UserAccount.CodingKeys.isActive) ?? true,
            emailVerified: try row.optional(UserAccount.CodingKeys.emailVerified) ?? false,
            subscriptionTier: try row.optional(UserAccount.CodingKeys.subscriptionTier) ?? "free",
            createdAt: try row.optional(UserAccount.CodingKeys.createdAt),
            lastLoginAt: try row.optional(UserAccount.CodingKeys.lastLoginAt))
    }

    static func checkedPassword(_ password: String, email: String) throws -> String {
        guard password.count >= minimumPasswordLength else {
            throw JobHuntError(
                .accountWeakPassword, "the password is shorter than \(minimumPasswordLength) characters",
                remedy: "choose a longer one; a passphrase of several words is best")
        }
        guard password.lowercased() != email, password.trimmingCharacters(in: .whitespaces) == password else {
            throw JobHuntError(
                .accountWeakPassword, "the password must differ from the e-mail and not start or end with spaces",
                remedy: "choose another")
        }
        return password
    }

    static func name(_ text: String?, field: String) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= 100 else {
            throw JobHuntError(.accountInvalidName, "the \(field) is longer than 100 characters", remedy: "shorten it")
        }
        return trimmed
    }

    static func randomPassword() -> String {
        SecureRandom.bytes(32).base64EncodedString()
    }
}

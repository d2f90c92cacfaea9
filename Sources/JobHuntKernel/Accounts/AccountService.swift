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
    static let userColumns =
        "id, email, first_name, last_name, is_active, email_verified, subscription_tier, created_at, last_login_at"

    package init(services: Services) { self.services = services }

    /// Creates an account. `password` nil gives the account a random password
    /// nobody knows (the embedded default's local user), to be set later with
    /// `user passwd`.
    package func createUser(email: String, firstName: String? = nil, lastName: String? = nil, password: String?) throws
        -> UserAccount
    {
        guard let normalized = EmailAddress.normalized(email) else { throw AccountError.invalidEmail(email) }
        let first = try Self.name(firstName, field: "first name")
        let last = try Self.name(lastName, field: "last name")
        let secret = try password.map { try Self.checkedPassword($0, email: normalized) } ?? Self.randomPassword()
        let hash = try PasswordHasher().hash(secret)
        let db = try services.store.database()
        let now = services.now()
        do {
            try db.execute(
                """
                INSERT INTO users (id, email, password_hash, first_name, last_name, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $6)
                """, [UUID(), normalized, hash, first, last, now])
        } catch DatabaseError.Code.uniqueViolation {
            throw AccountError(
                .emailTaken, "an account for \(normalized) already exists",
                remedy: "log in with `jobhunt login --email \(normalized)`")
        }
        return try user(email: normalized, in: db)!
    }

    /// Every account, oldest first.
    package func listUsers() throws -> [UserAccount] {
        try services.store.database().query("SELECT \(Self.userColumns) FROM users ORDER BY created_at, email").map(
            Self.account)
    }

    /// Disables or re-enables an account; disabling also ends its sessions.
    @discardableResult
    package func setActive(email: String, _ active: Bool) throws -> UserAccount {
        let db = try services.store.database()
        guard let normalized = EmailAddress.normalized(email), let account = try user(email: normalized, in: db) else {
            throw AccountError(.unknownUser, "no account for \(email)", remedy: "see `jobhunt user list`")
        }
        try db.transaction { db in
            try db.execute(
                "UPDATE users SET is_active = $1, updated_at = $2 WHERE id = $3", [active, services.now(), account.id])
            if !active { try db.execute("DELETE FROM user_sessions WHERE user_id = $1", [account.id]) }
        }
        return try user(email: normalized, in: db)!
    }

    /// Sets `actor`'s password. The current password is required on a shared
    /// (PostgreSQL) database; on the embedded SQLite file, whose owner can
    /// already read everything in it, it may be omitted. Other sessions end.
    package func changePassword(for actor: ActingUser, current: String?, new: String) throws {
        let db = try services.store.database()
        let stored = try db.scalar("SELECT password_hash FROM users WHERE id = $1", [actor.user.id], as: String.self)
        if let current {
            guard let stored, PasswordHasher().verify(current, against: stored) else {
                throw AccountError.badCredentials
            }
        } else if db.dialect != .sqlite {
            throw AccountError(
                .badCredentials, "the current password is required", remedy: "pass it with --password-stdin")
        }
        let hash = try PasswordHasher().hash(try Self.checkedPassword(new, email: actor.user.email))
        try db.transaction { db in
            try db.execute(
                "UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3",
                [hash, services.now(), actor.user.id])
            if let kept = actor.sessionID {
                try db.execute("DELETE FROM user_sessions WHERE user_id = $1 AND id <> $2", [actor.user.id, kept])
            } else {
                try db.execute("DELETE FROM user_sessions WHERE user_id = $1", [actor.user.id])
            }
        }
    }

    func user(email: String, in db: Database) throws -> UserAccount? {
        try db.queryOne("SELECT \(Self.userColumns) FROM users WHERE email = $1", [email]).map(Self.account)
    }

    static func account(_ row: Row) throws -> UserAccount {
        UserAccount(
            id: try row.get("id"), email: try row.get("email"), firstName: try row.optional("first_name"),
            lastName: try row.optional("last_name"), isActive: try row.optional("is_active") ?? true,
            emailVerified: try row.optional("email_verified") ?? false,
            subscriptionTier: try row.optional("subscription_tier") ?? "free",
            createdAt: try row.optional("created_at"),
            lastLoginAt: try row.optional("last_login_at"))
    }

    static func checkedPassword(_ password: String, email: String) throws -> String {
        guard password.count >= minimumPasswordLength else {
            throw AccountError(
                .weakPassword, "the password is shorter than \(minimumPasswordLength) characters",
                remedy: "choose a longer one; a passphrase of several words is best")
        }
        guard password.lowercased() != email, password.trimmingCharacters(in: .whitespaces) == password else {
            throw AccountError(
                .weakPassword, "the password must differ from the e-mail and not start or end with spaces",
                remedy: "choose another")
        }
        return password
    }

    static func name(_ text: String?, field: String) throws -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        guard trimmed.count <= 100 else {
            throw AccountError(.invalidName, "the \(field) is longer than 100 characters", remedy: "shorten it")
        }
        return trimmed
    }

    static func randomPassword() -> String {
        SecureRandom.bytes(32).base64EncodedString()
    }
}

// Who may forget or export whose data, and how an administrator is made.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Administrators: `users.is_admin` (migration 022).
///
/// A person may always forget or export themself; an administrator may do it
/// for anyone. The first administrator of a database is made by whoever can
/// reach it (as `user add` makes accounts: holding the database URL already
/// grants every row); after that only an administrator makes another.
package struct PrivacyAccess {
    let services: Services

    package init(services: Services) { self.services = services }

    package func isAdmin(_ userID: UUID) throws -> Bool {
        try services.store.database().scalar("SELECT is_admin FROM users WHERE id = \(userID)", as: Bool.self)
            ?? false
    }

    /// How many administrators the database has.
    package func adminCount() throws -> Int {
        try services.store.database().scalar("SELECT COUNT(*) FROM users WHERE is_admin = \(true)", as: Int.self)
            ?? 0
    }

    /// The account with this e-mail, or a "no account" error.
    package func account(email: String) throws -> UserAccount {
        guard let normalized = EmailAddress.normalized(email),
            let account = try AccountService(services: services).listUsers().first(where: { $0.email == normalized })
        else { throw JobHuntError.privacyUnknownUser(email) }
        return account
    }

    /// Throws unless `actor` is `target` or an administrator.
    package func authorize(_ actor: ActingUser?, toHandle target: UserAccount, _ what: String) throws {
        guard let actor else { throw JobHuntError.privacyNotAllowed(what) }
        if actor.user.id == target.id { return }
        guard try isAdmin(actor.user.id) else { throw JobHuntError.privacyNotAllowed(what) }
    }

    /// Throws unless `actor` may grant administration now: an administrator,
    /// or anyone while the database has none.
    package func authorizeGrant(actor: ActingUser?) throws {
        guard try adminCount() > 0 else { return }
        guard let actor, try isAdmin(actor.user.id) else {
            throw JobHuntError(
                .privacyNotAllowed, "only an administrator may grant or revoke administration",
                remedy: "log in as an administrator")
        }
    }

    /// Grants or revokes administration. `actor` must be an administrator unless
    /// the database has none yet (the first one is made by whoever holds the database).
    @discardableResult
    package func setAdmin(email: String, _ admin: Bool, actor: ActingUser?) throws -> UserAccount {
        let target = try account(email: email)
        try authorizeGrant(actor: actor)
        try services.store.database().execute(
            "UPDATE users SET is_admin = \(admin), updated_at = \(services.now()) WHERE id = \(target.id)")
        return target
    }
}

// Who a queued task runs as: `jobhunt worker` serves every user, so it acts
// as each task's owner, found by the id the task row carries.
import Foundation
internal import JobHuntDatabase

extension AccountService {
    /// The account with this id, or nil when there is none.
    package func account(id: UUID) throws -> UserAccount? {
        try services.store.database().queryOne("SELECT \(columns: Self.userColumns) FROM users WHERE id = \(id)")
            .map(Self.account)
    }

    /// Acting as the owner of a piece of queued work, without a session: the
    /// work was asked for in one when it was queued.
    package func actingUser(id: UUID) throws -> ActingUser? {
        try account(id: id).map { ActingUser(user: $0, sessionID: nil) }
    }
}

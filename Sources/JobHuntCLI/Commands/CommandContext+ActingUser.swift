// Who a user-scoped command acts as: the session in JOBHUNT_SESSION, else the
// saved session file, else (embedded SQLite only) the one local user.
import Foundation
import JobHuntKernel

extension CommandContext {
    /// The acting user for this invocation; every user-scoped query filters by their id.
    func actingUser() throws -> ActingUser {
        let sessions = SessionService(services: try services())
        if let token = environment["JOBHUNT_SESSION"].flatMap({ $0.isEmpty ? nil : SessionToken(rawValue: $0) }) {
            return try sessions.authenticate(token)
        }
        if let token = try sessionFile().read() {
            return try sessions.authenticate(token)
        }
        if let (user, created) = try sessions.embeddedUser() {
            if created {
                output.note(
                    "jobhunt: created the local user \(user.user.email); `jobhunt profile import` or `jobhunt user passwd` personalise it"
                )
            }
            return user
        }
        let embedded = (try? dataStore().isEmbedded) ?? false
        throw JobHuntError.accountNotLoggedIn(embedded: embedded)
    }

    func sessionFile() throws -> SessionFile {
        SessionFile(stateDirectory: try configuration().stateDirectory)
    }
}

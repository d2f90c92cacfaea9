// The commands the kernel's errors point to (the schema, accounts and
// sessions); the CLI spells them (RemedyText).
package import JobHuntErrors

extension CommandHint {
    // Schema
    /// Apply the pending migrations.
    package static let migrateUp = CommandHint("migrateUp")
    /// Revert and re-apply the latest migration.
    package static let redoMigration = CommandHint("redoMigration")

    // Accounts and sessions
    /// Log in (the address is asked for or remembered).
    package static let logIn = CommandHint("logIn")
    /// Log in, with a placeholder for the person's own e-mail address.
    package static let logInWithEmail = CommandHint("logInWithEmail")
    /// Log in as this address.
    package static func logInAs(email: String) -> CommandHint { CommandHint("logInAs", ["email": email]) }
    /// Create the local user of an embedded database.
    package static let createLocalUser = CommandHint("createLocalUser")
    /// Set a new password.
    package static let setPassword = CommandHint("setPassword")
    /// List the accounts.
    package static let listUsers = CommandHint("listUsers")

    // Backups
    /// Restore `file` over the existing database and files.
    package static func restoreOverwriting(file: String) -> CommandHint {
        CommandHint("restoreOverwriting", ["file": file])
    }
}

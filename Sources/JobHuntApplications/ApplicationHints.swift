// The commands the tracker's errors (and the features above it) point to;
// the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// List the acting user's applications and their handles.
    package static let listApplications = CommandHint("listApplications")
    /// Change an application's status.
    package static func setApplicationStatus(application: String) -> CommandHint {
        CommandHint("setApplicationStatus", ["application": application])
    }
    /// Change an application's status outside the allowed transitions.
    package static func forceApplicationStatus(application: String, status: String) -> CommandHint {
        CommandHint("forceApplicationStatus", ["application": application, "status": status])
    }
    /// Show an application's history.
    package static func applicationHistory(application: String) -> CommandHint {
        CommandHint("applicationHistory", ["application": application])
    }
    /// Generate an application's documents again. Here rather than in
    /// JobHuntDocuments because submission, which does not import it, points to it too.
    package static func regenerateDocuments(application: String) -> CommandHint {
        CommandHint("regenerateDocuments", ["application": application])
    }
}

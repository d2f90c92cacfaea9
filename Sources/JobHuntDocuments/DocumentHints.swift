// The commands apply's errors point to; the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// Show an application's generated documents.
    package static func showDocuments(application: String) -> CommandHint {
        CommandHint("showDocuments", ["application": application])
    }
    /// Edit one of an application's documents.
    package static func editDocument(application: String) -> CommandHint {
        CommandHint("editDocument", ["application": application])
    }
    /// Generate them again, replacing the person's edits.
    package static func forceRegenerateDocuments(application: String) -> CommandHint {
        CommandHint("forceRegenerateDocuments", ["application": application])
    }
}

// The commands submission's errors point to; the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// Approve an application's generated documents.
    package static func approveApplication(application: String) -> CommandHint {
        CommandHint("approveApplication", ["application": application])
    }
    /// Send an application through a channel (`manual`, `email`, `browser`).
    package static func submitApplication(application: String, via: String) -> CommandHint {
        CommandHint("submitApplication", ["application": application, "via": via])
    }
}

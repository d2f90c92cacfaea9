// What a discovery run reads: sources named by the caller, one saved search's,
// or every active saved search's. One rule for the CLI and a future worker,
// including "nothing configured" when run from cron.
import Foundation
import JobHuntKernel

/// The sources a run was asked for, before they are resolved.
package struct SourceSelection: Sendable, Equatable {
    /// `KIND:ARG` texts given directly (`discover --source`).
    package var sources: [String]
    /// A saved search whose sources to read (`discover --search NAME`).
    package var searchName: String?
    /// Every active saved search's sources (`discover --all`, the cron entry point).
    package var allActiveSearches: Bool

    package init(sources: [String] = [], searchName: String? = nil, allActiveSearches: Bool = false) {
        self.sources = sources
        self.searchName = searchName
        self.allActiveSearches = allActiveSearches
    }
}

extension SavedSearchService {
    /// The distinct sources `selection` names, in order: the given texts, then
    /// the named search's, then every active search's.
    ///
    /// `user` is asked for only when a saved search is involved. From cron,
    /// "nothing configured" must not pass for "nothing new", so a selection of
    /// every active search that yields no source throws.
    ///
    /// - Throws: `JobHuntError` — `.discoverSearchWithoutSources`,
    ///   `.discoverNoActiveSearch` or `.discoverNoActiveSource` when there is
    ///   nothing to read, `.savedSearchNotFound` for an unknown search, and a
    ///   `sourceSpec…` code (``JobHuntError/isSourceSpec``) for a text that is
    ///   not a source.
    package func sourceSpecs(for selection: SourceSelection, user: () throws -> ActingUser) throws -> [SourceSpec] {
        var texts = selection.sources
        if let name = selection.searchName {
            let search = try show(name, for: try user())
            guard !search.sources.isEmpty else { throw JobHuntError.discoverSearchWithoutSources(search.searchName) }
            texts += search.sources
        }
        if selection.allActiveSearches {
            let active = try list(for: try user()).filter(\.isActive)
            if texts.isEmpty && active.allSatisfy(\.sources.isEmpty) {
                throw active.isEmpty ? JobHuntError.discoverNoActiveSearch : JobHuntError.discoverNoActiveSource
            }
            texts += active.flatMap(\.sources)
        }
        var seen = Set<String>()
        return try texts.filter { seen.insert($0).inserted }.map { try SourceSpec(parsing: $0) }
    }
}

extension JobHuntError.Code {
    /// The saved search a run names has no sources.
    package static let discoverSearchWithoutSources = Self("discoverSearchWithoutSources")
    /// A run of every active saved search found none.
    package static let discoverNoActiveSearch = Self("discoverNoActiveSearch")
    /// There are active saved searches, but none has a source.
    package static let discoverNoActiveSource = Self("discoverNoActiveSource")
}

extension JobHuntError {
    static func discoverSearchWithoutSources(_ name: String) -> JobHuntError {
        JobHuntError(
            .discoverSearchWithoutSources, "saved search '\(name)' has no sources to read",
            remedy: "add one with \(.addSourceToSearch(name))")
    }

    static let discoverNoActiveSearch = JobHuntError(
        .discoverNoActiveSearch, "--all found no active saved search", remedy: "add one with \(.addSearchWithSource)")

    static let discoverNoActiveSource = JobHuntError(
        .discoverNoActiveSource, "no active saved search has a source", remedy: "add one with \(.addSearchWithSource)")
}

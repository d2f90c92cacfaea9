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

/// Why a selection names nothing to read.
package struct SourceSelectionError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: Equatable, Sendable {
        /// The named saved search has no sources.
        case searchWithoutSources(String)
        /// The run asked for every active search and there is none.
        case noActiveSearch
        /// There are active searches, but none has a source.
        case noActiveSource
    }

    package var code: Code

    package init(_ code: Code) { self.code = code }

    package var errorDescription: String? {
        switch code {
        case .searchWithoutSources(let name): "saved search '\(name)' has no sources to read"
        case .noActiveSearch: "--all found no active saved search"
        case .noActiveSource: "no active saved search has a source"
        }
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
    /// - Throws: `SourceSelectionError` when a search has nothing to read,
    ///   `SavedSearchError` for an unknown search, `SourceSpecError` for a
    ///   text that is not a source.
    package func sourceSpecs(for selection: SourceSelection, user: () throws -> ActingUser) throws -> [SourceSpec] {
        var texts = selection.sources
        if let name = selection.searchName {
            let search = try show(name, for: try user())
            guard !search.sources.isEmpty else { throw SourceSelectionError(.searchWithoutSources(search.searchName)) }
            texts += search.sources
        }
        if selection.allActiveSearches {
            let active = try list(for: try user()).filter(\.isActive)
            if texts.isEmpty && active.allSatisfy(\.sources.isEmpty) {
                throw SourceSelectionError(active.isEmpty ? .noActiveSearch : .noActiveSource)
            }
            texts += active.flatMap(\.sources)
        }
        var seen = Set<String>()
        return try texts.filter { seen.insert($0).inserted }.map { try SourceSpec(parsing: $0) }
    }
}

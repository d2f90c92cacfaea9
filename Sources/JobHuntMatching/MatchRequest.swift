// What `discover match` is asked: which saved search, which extra filters,
// how many results and which ranking.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// How candidates are ordered.
package enum MatchRanking: String, Sendable, CaseIterable, Codable {
    /// Every component, weighted by ``MatchWeights/hybrid`` (the default).
    case hybrid
    /// Cosine similarity alone.
    case semantic
    /// Skill overlap and title words alone.
    case keyword
}

/// One match query for the acting user.
///
/// ```swift
/// let matches = try MatchService.make(services: services, embedder: embed)
///     .match(MatchRequest(searchName: "remote swift", limit: 10), for: user)
/// ```
package struct MatchRequest: Sendable, Equatable {
    /// A saved search whose filters apply exactly; nil for none.
    package var searchName: String?
    /// Filters given directly (the command line's flags), added to the search's.
    package var filters: MatchFilters
    package var limit: Int
    package var ranking: MatchRanking
    /// Weights to use instead of the ranking's own (an evaluation trying
    /// numbers before writing them into MatchWeights.swift); nil for those.
    /// Candidates still follow `ranking`.
    package var weights: MatchWeights?
    /// A saved search's near misses are ranked too, marked and a little below
    /// (``MatchFilters/nearMisses(oneOff:)``); `discover match --only-search`
    /// turns them off.
    package var nearMisses = true

    package init(
        searchName: String? = nil, filters: MatchFilters = MatchFilters(), limit: Int = MatchRequest.defaultLimit,
        ranking: MatchRanking = .hybrid, weights: MatchWeights? = nil
    ) {
        self.searchName = searchName
        self.filters = filters
        self.limit = max(1, limit)
        self.ranking = ranking
        self.weights = weights
    }

    package static let defaultLimit = 20

    /// How many semantic candidates to score for `limit` results.
    var candidatePool: Int { max(10 * limit, 200) }
}

/// The filters of a saved search (docs/matching.md, "Filters").
///
/// Lists are OR within a field and AND across fields; `keywords` must all appear.
/// A saved search is read as a preference: its levels are a ladder
/// (`preferredLevels`, ``LevelLadder``), its work types admit the more flexible
/// ones (`preferredArrangements`, ``ArrangementLadder``) and a place in it also
/// admits remote work open to the place's country (`placesAdmitRemote`). One-off flags of
/// `discover match` are a question about now and stay exact.
/// `titles` and `companies` do not filter: they are what the person prefers, so
/// they feed the title fit and nothing is hidden because of them.
package struct MatchFilters: Sendable, Equatable, Codable {
    package var minSalary: Int?
    package var maxSalary: Int?
    /// The currency `minSalary` and `maxSalary` are in: the profile's
    /// `target_salary_currency`, else its country's (set by ``MatchService``).
    /// Pay in another currency passes them, since amounts are never
    /// converted; nil compares every amount as typed.
    package var salaryCurrency: String?
    /// The ISO code of the profile's country (set by ``MatchService``): a place
    /// that names no country ("Edinburgh") is taken to be in it when remote work
    /// open to the place's country is admitted (``PlaceScope``).
    package var homeCountry: String?
    /// Exact levels: a one-off `discover match --level`, asked for now.
    package var levels: [String] = []
    /// A saved search's levels: they admit the levels one step either side and
    /// postings that state none (``LevelLadder``), which rank below by seniority.
    package var preferredLevels: [String] = []
    /// Exact work types: a one-off `discover match --work-type`, asked for now.
    package var workArrangements: [String] = []
    /// A saved search's work types: they admit the more flexible ones too
    /// (``ArrangementLadder``), which the `location` component does not mark down.
    package var preferredArrangements: [String] = []
    /// With no work type given, a place ("Denver, CO") also admits remote
    /// postings open to its country (``PlaceScope``): true for a saved search.
    package var placesAdmitRemote = false
    package var employmentTypes: [String] = []
    package var locations: [String] = []
    package var keywords: [String] = []
    package var excludedTitles: [String] = []
    package var excludedCompanies: [String] = []
    package var excludedKeywords: [String] = []
    package var titles: [String] = []
    package var companies: [String] = []

    package init() {}

    /// The filters a saved search stores.
    package init(_ search: SavedSearch) {
        minSalary = search.minSalary
        maxSalary = search.maxSalary
        preferredLevels = search.experienceLevels
        placesAdmitRemote = true
        preferredArrangements = search.workArrangements
        employmentTypes = search.employmentTypes
        locations = search.locations
        keywords = search.keywords
        excludedTitles = search.excludedTitles
        excludedCompanies = search.excludedCompanies
        excludedKeywords = search.excludedKeywords
        titles = search.targetTitles
        companies = search.targetCompanies
    }

    /// The filters of one-off flags (`discover match --level …`), read as
    /// `discover search add` reads them (the same flags, the same validation),
    /// except that levels asked for now are exact.
    package init(_ changes: SavedSearchChanges) throws {
        self = try Self.saved(changes)
        levels = preferredLevels
        preferredLevels = []
        workArrangements = preferredArrangements
        preferredArrangements = []
        placesAdmitRemote = false
    }

    /// The filters of the search `changes` would save, as `discover match
    /// --search NAME` applies it (levels a ladder): what the evaluation uses.
    package static func saved(_ changes: SavedSearchChanges) throws -> MatchFilters {
        var search = SavedSearch.empty(named: "match")
        try SavedSearchService.apply(changes, to: &search)
        return MatchFilters(search)
    }

    /// Both sets of filters: lists joined, the higher floor and the lower ceiling.
    package func adding(_ other: MatchFilters) -> MatchFilters {
        func join(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }
        var result = self
        result.minSalary = [minSalary, other.minSalary].compactMap { $0 }.max()
        result.maxSalary = [maxSalary, other.maxSalary].compactMap { $0 }.min()
        result.levels = join(levels, other.levels)
        result.preferredLevels = join(preferredLevels, other.preferredLevels)
        result.workArrangements = join(workArrangements, other.workArrangements)
        result.preferredArrangements = join(preferredArrangements, other.preferredArrangements)
        result.placesAdmitRemote = placesAdmitRemote || other.placesAdmitRemote
        result.employmentTypes = join(employmentTypes, other.employmentTypes)
        result.locations = join(locations, other.locations)
        result.keywords = join(keywords, other.keywords)
        result.excludedTitles = join(excludedTitles, other.excludedTitles)
        result.excludedCompanies = join(excludedCompanies, other.excludedCompanies)
        result.excludedKeywords = join(excludedKeywords, other.excludedKeywords)
        result.titles = join(titles, other.titles)
        result.companies = join(companies, other.companies)
        return result
    }
}

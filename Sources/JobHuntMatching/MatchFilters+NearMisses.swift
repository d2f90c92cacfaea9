// What a posting outside a saved search must still pass to be shown after
// the search's own results, when too few pass it: the person's exclusions and
// the flags they typed, never the search's preferences.
import Foundation

extension MatchFilters {
    /// The filters a near miss passes, for these filters read as a saved search
    /// with the one-off flags `oneOff` (empty for none).
    ///
    /// A saved search is a preference written once (docs/matching.md): when its
    /// places, work types, levels, pay or keywords leave fewer postings than the
    /// person asked to see, the best of the rest follow, each marked outside the
    /// search and ranked below every posting inside it. Two things still hold
    /// for them: what the person said never to show (excluded titles, companies
    /// and keywords) and what they typed on this command line, which asks about
    /// now and stays exact. The score ranks the near misses the way it ranks
    /// everything: a posting in another city, under the floor or two levels away
    /// scores lower on the component that says so.
    func nearMisses(oneOff: MatchFilters) -> MatchFilters {
        var near = oneOff
        near.excludedTitles += excludedTitles.filter { !near.excludedTitles.contains($0) }
        near.excludedCompanies += excludedCompanies.filter { !near.excludedCompanies.contains($0) }
        near.excludedKeywords += excludedKeywords.filter { !near.excludedKeywords.contains($0) }
        // Target titles rank, never filter: the near misses are ranked by the same ones.
        near.titles = titles
        near.companies = companies
        return near
    }
}

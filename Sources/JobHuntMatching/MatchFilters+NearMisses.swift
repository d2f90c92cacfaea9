// What a posting outside a saved search must still pass to be ranked beside
// the search's own results: the person's exclusions and the flags they typed,
// never the search's preferences.
import Foundation

extension MatchFilters {
    /// The filters a near miss passes, for these filters read as a saved search
    /// with the one-off flags `oneOff` (empty for none).
    ///
    /// A saved search is a preference written once (docs/matching.md): the
    /// postings its places, work types, levels, pay or keywords leave out are
    /// ranked too, each marked outside the search and ordered as if it scored
    /// ``MatchCalibration/nearMissPenalty`` less, so it passes a posting inside
    /// only by fitting clearly better (a welder's search for on-site work in
    /// Glasgow admits remote jobs of any kind; the welding post just under his
    /// floor is the better fit). Two things still hold for them: what the
    /// person said never to show (excluded titles, companies and keywords) and
    /// what they typed on this command line, which asks about now and stays
    /// exact. The score ranks them the way it ranks everything: a posting in
    /// another city, under the floor or two levels away scores lower on the
    /// component that says so.
    func nearMisses(oneOff: MatchFilters) -> MatchFilters {
        var kept = MatchFilters()
        kept.excludedTitles = excludedTitles
        kept.excludedCompanies = excludedCompanies
        kept.excludedKeywords = excludedKeywords
        // Target titles rank, never filter: the near misses are ranked by the same ones.
        kept.titles = titles
        kept.companies = companies
        return oneOff.adding(kept)
    }
}

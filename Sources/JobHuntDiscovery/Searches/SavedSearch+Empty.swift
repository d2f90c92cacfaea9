// A saved search with no filters, for callers outside Discovery that build
// filters from changes (`discover match`'s flags) the way `search add` would.
import Foundation
import JobHuntKernel

extension SavedSearch {
    /// A search named `name` that filters nothing, owned by no one.
    package static func empty(named name: String) -> SavedSearch {
        SavedSearch(
            id: UUID(), userID: UUID(), searchName: name, targetTitles: [], excludedTitles: [], targetCompanies: [],
            excludedCompanies: [], minSalary: nil, maxSalary: nil, experienceLevels: [], workArrangements: [],
            employmentTypes: [], locations: [], keywords: [], excludedKeywords: [], sources: [], isActive: true)
    }
}

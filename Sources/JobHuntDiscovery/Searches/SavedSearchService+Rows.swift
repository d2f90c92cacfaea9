// Converting saved searches to and from `job_search_preferences` rows, and
// applying a change to one.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension SavedSearchService {
    /// Validates `changes` and applies them: clears first, then additions (deduplicated), then salaries.
    package static func apply(_ changes: SavedSearchChanges, to search: inout SavedSearch) throws {
        if let name = changes.name { search.searchName = try SavedSearchRules.name(name) }
        for field in changes.clear {
            switch field {
            case .salaryMin: search.minSalary = nil
            case .salaryMax: search.maxSalary = nil
            default: search[list: field] = []
            }
        }
        for field in SavedSearchField.lists {
            let added = try SavedSearchRules.values(changes.lists[field] ?? [], of: field)
            for value in added where !search[list: field].contains(value) { search[list: field].append(value) }
        }
        if let min = changes.minSalary { search.minSalary = min }
        if let max = changes.maxSalary { search.maxSalary = max }
        try SavedSearchRules.salaries(min: search.minSalary, max: search.maxSalary)
    }

    /// Values in `SavedSearch.CodingKeys.allCases` order; empty arrays are stored as NULL, as the seed leaves them.
    static func arguments(_ search: SavedSearch) -> [(any DatabaseValueConvertible)?] {
        func list(_ items: [String]) -> [String]? { items.isEmpty ? nil : items }
        return [
            search.id, search.userID, search.searchName, list(search.targetTitles), list(search.excludedTitles),
            list(search.targetCompanies), list(search.excludedCompanies), search.minSalary, search.maxSalary,
            list(search.experienceLevels), list(search.workArrangements), list(search.employmentTypes),
            list(search.locations), list(search.keywords), list(search.excludedKeywords), list(search.sources),
            search.isActive, search.createdAt, search.updatedAt,
        ]
    }

    static func search(_ row: Row) throws -> SavedSearch {
        SavedSearch(
            id: try row.get(Columns.id), userID: try row.get(Columns.userID),
            searchName: try row.get(Columns.searchName),
            targetTitles: try row.optional(Columns.targetTitles) ?? [],
            excludedTitles: try row.optional(Columns.excludedTitles) ?? [],
            targetCompanies: try row.optional(Columns.targetCompanies) ?? [],
            excludedCompanies: try row.optional(Columns.excludedCompanies) ?? [],
            minSalary: try row.optional(Columns.minSalary), maxSalary: try row.optional(Columns.maxSalary),
            experienceLevels: try row.optional(Columns.experienceLevels) ?? [],
            workArrangements: try row.optional(Columns.workArrangements) ?? [],
            employmentTypes: try row.optional(Columns.employmentTypes) ?? [],
            locations: try row.optional(Columns.locations) ?? [], keywords: try row.optional(Columns.keywords) ?? [],
            excludedKeywords: try row.optional(Columns.excludedKeywords) ?? [],
            sources: try row.optional(Columns.sources) ?? [], isActive: try row.optional(Columns.isActive) ?? true,
            createdAt: try row.optional(Columns.createdAt), updatedAt: try row.optional(Columns.updatedAt))
    }
}

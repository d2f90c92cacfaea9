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

    /// Values in `SavedSearch.columnNames` order; empty arrays are stored as NULL, as the seed leaves them.
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
            id: try row.get("id"), userID: try row.get("user_id"), searchName: try row.get("search_name"),
            targetTitles: try row.optional("target_titles") ?? [],
            excludedTitles: try row.optional("excluded_titles") ?? [],
            targetCompanies: try row.optional("target_companies") ?? [],
            excludedCompanies: try row.optional("excluded_companies") ?? [],
            minSalary: try row.optional("min_salary"), maxSalary: try row.optional("max_salary"),
            experienceLevels: try row.optional("experience_levels") ?? [],
            workArrangements: try row.optional("work_arrangements") ?? [],
            employmentTypes: try row.optional("employment_types") ?? [],
            locations: try row.optional("locations") ?? [], keywords: try row.optional("keywords") ?? [],
            excludedKeywords: try row.optional("excluded_keywords") ?? [],
            sources: try row.optional("sources") ?? [], isActive: try row.optional("is_active") ?? true,
            createdAt: try row.optional("created_at"), updatedAt: try row.optional("updated_at"))
    }
}

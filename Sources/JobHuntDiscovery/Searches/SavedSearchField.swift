// The fields of a saved search as the command line names them, and the
// column each one is stored in.
import JobHuntKernel

/// A saved-search field, named as its `discover search add` option.
///
/// The raw value is the option without dashes, so `--clear title` and the
/// error "title: …" use the words a person typed.
package enum SavedSearchField: String, CaseIterable, Sendable {
    case title
    case excludeTitle = "exclude-title"
    case company
    case excludeCompany = "exclude-company"
    case salaryMin = "salary-min"
    case salaryMax = "salary-max"
    case level
    case workType = "work-type"
    case employmentType = "employment-type"
    case location, keyword
    case excludeKeyword = "exclude-keyword"
    case source

    /// The fields stored as arrays; each of their options may be repeated.
    package static let lists: [SavedSearchField] = allCases.filter(\.isList)

    package var isList: Bool { self != .salaryMin && self != .salaryMax }

    /// The `job_search_preferences` column.
    package var column: String {
        switch self {
        case .title: "target_titles"
        case .excludeTitle: "excluded_titles"
        case .company: "target_companies"
        case .excludeCompany: "excluded_companies"
        case .salaryMin: "min_salary"
        case .salaryMax: "max_salary"
        case .level: "experience_levels"
        case .workType: "work_arrangements"
        case .employmentType: "employment_types"
        case .location: "locations"
        case .keyword: "keywords"
        case .excludeKeyword: "excluded_keywords"
        case .source: "sources"
        }
    }

    /// The values a closed-vocabulary field accepts, nil for free text.
    package var allowedValues: [String]? {
        switch self {
        case .level: ExperienceLevel.allCases.map(\.rawValue)
        case .workType: WorkArrangement.allCases.map(\.rawValue)
        case .employmentType: EmploymentType.allCases.map(\.rawValue)
        default: nil
        }
    }
}

/// What `discover search add` records, and what `edit` changes.
///
/// For `edit`, list values are added to the stored ones (duplicates ignored),
/// fields in `clear` are emptied first, so `--clear title --title X` replaces
/// the titles with X; a salary given replaces the stored one.
package struct SavedSearchChanges: Sendable, Equatable {
    package var name: String?
    package var lists: [SavedSearchField: [String]]
    package var minSalary: Int?
    package var maxSalary: Int?
    package var clear: Set<SavedSearchField>

    package init(
        name: String? = nil, lists: [SavedSearchField: [String]] = [:], minSalary: Int? = nil,
        maxSalary: Int? = nil, clear: Set<SavedSearchField> = []
    ) {
        self.name = name
        self.lists = lists
        self.minSalary = minSalary
        self.maxSalary = maxSalary
        self.clear = clear
    }

    /// True when nothing would change.
    package var isEmpty: Bool {
        name == nil && lists.values.allSatisfy(\.isEmpty) && minSalary == nil && maxSalary == nil && clear.isEmpty
    }
}

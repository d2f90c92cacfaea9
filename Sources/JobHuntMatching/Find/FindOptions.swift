// What `discover find` may return besides the query itself: how many, whether
// closed postings count, and the cheap filters that narrow the scope in SQL.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Limits and filters of one search; every filter is applied in SQL before
/// either half ranks anything, so both halves see the same postings.
package struct FindOptions: Sendable, Equatable {
    package var limit: Int
    /// Include inactive (expired or withdrawn) postings.
    package var includeInactive: Bool
    /// Part of the company's name, any case.
    package var company: String?
    /// Part of "city, state, country", any case.
    package var location: String?
    /// `remote`, `hybrid` or `onsite` (``WorkArrangement``).
    package var workArrangement: WorkArrangement?
    /// Semantic hits less similar than this are dropped before fusion.
    /// Every posting has *some* similarity to any text; all-MiniLM-L6-v2
    /// puts unrelated postings below about 0.15 and related ones above 0.2,
    /// so without a floor any query would list the whole table.
    package var minimumSimilarity: Float

    package init(
        limit: Int = 20, includeInactive: Bool = false, company: String? = nil, location: String? = nil,
        workArrangement: WorkArrangement? = nil, minimumSimilarity: Float = 0.15
    ) {
        self.limit = limit
        self.includeInactive = includeInactive
        self.company = company
        self.location = location
        self.workArrangement = workArrangement
        self.minimumSimilarity = minimumSimilarity
    }

    /// The scope condition over `job_postings p` that these options describe.
    var scope: PostingScope {
        var conditions: [SQL] = [includeInactive ? "1 = 1" : PostingScope.active.condition]
        if let company = company.flatMap(Self.pattern) {
            conditions.append(
                "p.company_id IN (SELECT co.id FROM companies co WHERE lower(co.name) LIKE \(company) ESCAPE '\\')"
            )
        }
        // "Remote (US)", "anywhere in Europe": read as matching reads them (docs/matching.md, "Preferences").
        if let location, let preference = Self.region(location) {
            conditions.append(PlaceScope(arrangements: []).condition([preference]))
        } else if let location = location.map(PlaceFolding.fold).flatMap(Self.pattern) {
            // Accents and case do not matter: "Ile" finds "Île-de-France" on both engines.
            let place = PlaceFolding.sql(
                "COALESCE(p.location_city, '') || ', ' || COALESCE(p.location_state, '') || ', ' "
                    + "|| COALESCE(p.location_country, '')")
            conditions.append("\(sql: place) LIKE \(location) ESCAPE '\\'")
        }
        if let workArrangement {
            conditions.append("p.work_arrangement = \(workArrangement.rawValue)")
        }
        return PostingScope(condition: conditions.joined(separator: " AND "))
    }

    /// The location as remote work or a region, nil for a place (matched as part of its text).
    static func region(_ text: String) -> PlacePreference? {
        let preference = PlacePreference(text)
        if case .place = preference { return nil }
        return preference
    }

    /// `%text%` in lower case with LIKE's wildcards escaped; nil for blank text.
    static func pattern(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty else { return nil }
        var escaped = ""
        for character in trimmed {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%\(escaped)%"
    }
}

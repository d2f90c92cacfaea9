// Saved-search filters as SQL over `job_postings p` (so they run before any
// vector is scored), and the whole-word keyword check SQL cannot do portably.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

extension MatchFilters {
    /// Active postings that pass every filter SQL can decide exactly.
    ///
    /// Keywords are narrowed here by substring (a superset) and decided as whole
    /// words by ``admits(title:text:)``; excluded keywords only there, since a
    /// substring would wrongly drop "JavaScript" for "Java".
    var scope: PostingScope {
        var builder = ScopeBuilder()
        // PostingScope.active's `= TRUE`, not a bare `p.is_active`: only an
        // equality lets SQLite seek idx_job_postings_scope, and without it a
        // filtered scope read every 3 KB row (158 ms of 100k, docs/vector-search.md).
        builder.add(PostingScope.active.condition)
        // Unknown pay passes: most postings publish none (docs/matching.md). So
        // does pay in another currency than the floor's: amounts are never converted.
        // Bound once for both salary conditions, as each shared value below.
        var otherCurrency: SQL = ""
        if let salaryCurrency { otherCurrency = " OR p.salary_currency <> \(sql: .bindOnce(salaryCurrency))" }
        if let minSalary {
            builder.add(
                "(COALESCE(p.salary_max, p.salary_min) IS NULL OR COALESCE(p.salary_max, p.salary_min) >= \(minSalary)\(sql: otherCurrency))"
            )
        }
        if let maxSalary {
            builder.add("(p.salary_min IS NULL OR p.salary_min <= \(maxSalary)\(sql: otherCurrency))")
        }
        builder.addIn("p.experience_level", levels)
        // A saved search's levels are a ladder: the rungs beside them pass too (LevelLadder).
        if let ladder = LevelLadder(preferredLevels).condition { builder.add(ladder) }
        builder.addIn("p.employment_type", employmentTypes)
        // Places and work types are one preference ("Denver, CO or Remote (US)", docs/matching.md):
        // with places given, the work types are applied inside each place, not beside them.
        if locations.isEmpty {
            builder.addIn("p.work_arrangement", arrangements)
        } else {
            builder.add(
                PlaceScope(arrangements: arrangements, placesAdmitRemote: placesAdmitRemote, homeCountry: homeCountry)
                    .condition(locations.map { PlacePreference($0, homeCountry: homeCountry) }))
        }
        for keyword in keywords.map(Self.folded) where !keyword.isEmpty {
            let pattern = SQL.bindOnce(ScopeBuilder.containsPattern(keyword))
            builder.add(
                "(lower(p.title) LIKE \(sql: pattern) ESCAPE '\\' OR lower(p.description) LIKE \(sql: pattern) ESCAPE '\\'"
                    + " OR lower(COALESCE(p.requirements, '')) LIKE \(sql: pattern) ESCAPE '\\')")
        }
        for title in excludedTitles.map(Self.folded) where !title.isEmpty {
            builder.add("lower(p.title) NOT LIKE \(ScopeBuilder.containsPattern(title)) ESCAPE '\\'")
        }
        for company in excludedCompanies where !CompanyRule.nameKey(company).isEmpty {
            let key = CompanyRule.nameKey(company)
            let name = Self.folded(company)
            builder.add(
                "NOT EXISTS (SELECT 1 FROM companies xc WHERE xc.id = p.company_id"
                    + " AND (xc.name_key = \(key) OR lower(xc.name) = \(name)))")
        }
        // No filter beyond `is_active`: most postings pass (a hint for the SQLite vector search).
        return PostingScope(
            condition: builder.conditions.joined(separator: " AND "), isBroad: builder.conditions.count == 1)
    }

    /// The work types a posting may have: the one-off flags' exactly, a saved
    /// search's with the more flexible ones (``ArrangementLadder``). Where both
    /// are given the flag narrows the search, and where they share no type the
    /// flag wins: it asks about now (an empty list here would mean any type).
    var arrangements: [String] {
        let ladder = ArrangementLadder(preferredArrangements).admitted.map(\.rawValue)
        let both = workArrangements.filter(ladder.contains)
        return ladder.isEmpty || both.isEmpty ? (workArrangements.isEmpty ? ladder : workArrangements) : both
    }

    /// A saved search whose places are all places ("Denver, CO"), none remote, a
    /// region or anywhere, with no work type: remote postings pass only as work
    /// that can be done from one of the places, so they rank below the postings
    /// there (docs/matching.md, "What a `--location` value means").
    var remoteOnlyThroughPlace: Bool {
        guard placesAdmitRemote, !locations.isEmpty, arrangements.isEmpty else { return false }
        return locations.allSatisfy { text in
            if case .place = PlacePreference(text) { return true }
            return false
        }
    }

    /// Whether a posting's text has every keyword and no excluded keyword, as whole words.
    func admits(title: String, text: String) -> Bool {
        let keywords = keywords.map(Self.folded).filter { !$0.isEmpty }
        let excluded = excludedKeywords.map(Self.folded).filter { !$0.isEmpty }
        guard !keywords.isEmpty || !excluded.isEmpty else { return true }
        let haystack = Self.folded(title + "\n" + text)
        return keywords.allSatisfy { Self.containsWord($0, in: haystack) }
            && !excluded.contains { Self.containsWord($0, in: haystack) }
    }

    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// `word` in `text` with no letter or digit touching either end ("java" is not in "javascript").
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let touches = { (c: Character?) in c.map { $0.isLetter || $0.isNumber } ?? false }
            if !touches(before) && !touches(after) { return true }
            searchRange = text.index(after: found.lowerBound)..<text.endIndex
        }
        return false
    }
}

/// Collects the conditions a scope ANDs together.
struct ScopeBuilder {
    var conditions: [SQL] = []

    mutating func add(_ condition: SQL) { conditions.append(condition) }

    mutating func addIn(_ column: SQL, _ values: [String]) {
        guard !values.isEmpty else { return }
        add("\(sql: column) IN \(list: values)")
    }

    /// The parts of "Berlin", "Austin, TX" or "Germany" (``PlacePreference/place(_:country:)``):
    /// every part must equal the posting's city, state or country (ignoring case and
    /// accents; a country or US state / Canadian province name also matches its code).
    static func location(_ parts: [String]) -> SQL {
        guard !parts.isEmpty else { return "1 = 1" }
        let clauses = parts.map { part -> SQL in
            // "City of London" finds London's postings too (PlaceAreaWords).
            let whole = PlaceFolding.fold(part)
            let folded = [whole] + (PlaceAreaWords.core(of: whole).map { [$0] } ?? [])
            var spellings = folded
            if let code = CountryCodes.code(for: part) { spellings.append(code.lowercased()) }
            if let name = CountryCodes.name(for: part) { spellings.append(name.lowercased()) }
            // "Colorado" finds states stored as "CO", "ON" those stored as "Ontario"; countries
            // keep their own spellings, so "Colorado" never finds Colombia ("CO"), and states
            // theirs, so "Colombia" never finds Colorado.
            var regions = folded
            if let region = RegionCodes.region(for: part) {
                regions.append(region.code.lowercased())
                if let name = RegionCodes.name(for: region.code) { regions.append(PlaceFolding.fold(name)) }
            }
            // Folded on both sides: "Ile-de-France" and "île-de-france" match "Île-de-France".
            let city = PlaceFolding.equals("COALESCE(p.location_city, '')", oneOf: spellings)
            let state = PlaceFolding.equals("COALESCE(p.location_state, '')", oneOf: regions)
            return "(\(sql: city) OR \(sql: state) OR lower(COALESCE(p.location_country, '')) IN \(list: spellings))"
        }
        return "(\(sql: clauses.joined(separator: " AND ")))"
    }

    /// `%text%` with LIKE's wildcards escaped by a backslash.
    static func containsPattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}

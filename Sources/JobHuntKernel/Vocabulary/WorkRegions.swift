// Regions wider than a country, as people and postings name them ("EU",
// "Europe", "LATAM", "APAC", "worldwide"), and the countries each one holds,
// so "Remote (US)" and "Remote, EU" can be compared with a posting's country.

/// The countries of the regions remote work is offered to, by ISO 3166-1 alpha-2 code.
///
///     WorkRegions.region(named: "Remote, EU")      // nil: only the region part is a region
///     WorkRegions.region(named: "eu")?.countries    // ["AT", "BE", …]
///     WorkRegions.region(named: "worldwide")?.isWorldwide  // true
///
/// Countries alone are regions too (`region(named: "US")` holds "US"), so a
/// preference reads the same whether it names a country or a wider area. A
/// posting's area (`job_postings.location_area`, the canonical names of the
/// normaliser: "EU", "Europe", "EMEA", "Worldwide" …) is open to a region when
/// the two share a country.
package struct WorkRegion: Sendable, Equatable {
    /// The canonical spelling ("EU", "Europe", "US").
    package let name: String
    /// ISO codes; empty for the whole world.
    package let countries: Set<String>

    /// Open to anyone anywhere.
    package var isWorldwide: Bool { countries.isEmpty }

    /// Whether someone in `self` may take a job open to `other`.
    package func overlaps(_ other: WorkRegion) -> Bool {
        isWorldwide || other.isWorldwide || !countries.isDisjoint(with: other.countries)
    }
}

package enum WorkRegions {
    /// The region a name denotes, any case, dots ignored: an area ("EU",
    /// "Europe", "LATAM", "anywhere") or a country ("US", "United Kingdom").
    package static func region(named text: some StringProtocol) -> WorkRegion? {
        let key = CountryCodes.fold(text)
        if let name = aliases[key], let countries = areas[name] { return WorkRegion(name: name, countries: countries) }
        if let code = CountryCodes.code(for: text) { return WorkRegion(name: code, countries: [code]) }
        return nil
    }

    /// The canonical area names (the values `job_postings.location_area` holds)
    /// whose jobs someone in `region` may take: the areas sharing a country with it.
    package static func areas(openTo region: WorkRegion) -> [String] {
        areas.keys.sorted().filter { name in
            WorkRegion(name: name, countries: areas[name] ?? []).overlaps(region)
        }
    }

    /// Whether the text names an area wider than a country (not a country itself).
    package static func isArea(_ text: some StringProtocol) -> Bool { aliases[CountryCodes.fold(text)] != nil }

    static let eu: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ]
    static let europe: Set<String> = eu.union(["GB", "CH", "NO", "IS", "RS", "UA"])
    static let middleEastAfrica: Set<String> = ["TR", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "MA"]
    static let northAmerica: Set<String> = ["US", "CA", "MX"]
    static let latinAmerica: Set<String> = ["MX", "BR", "AR", "CL", "CO", "PE", "UY", "CR"]
    static let asia: Set<String> = [
        "IN", "PK", "BD", "LK", "CN", "HK", "TW", "JP", "KR", "SG", "MY", "TH", "VN", "PH", "ID",
    ]
    static let oceania: Set<String> = ["AU", "NZ"]

    /// Canonical area → countries (empty: worldwide). The names are the normaliser's (LocationText).
    static let areas: [String: Set<String>] = [
        "Worldwide": [],
        "EU": eu,
        "Europe": europe,
        "EMEA": europe.union(middleEastAfrica),
        "DACH": ["DE", "AT", "CH"],
        "Nordics": ["DK", "SE", "NO", "FI", "IS"],
        "North America": northAmerica,
        "Americas": northAmerica.union(latinAmerica),
        "LATAM": latinAmerica,
        "South America": latinAmerica.subtracting(["MX", "CR"]),
        "APAC": asia.union(oceania),
        "Asia": asia,
        "Oceania": oceania,
        "Africa": ["EG", "ZA", "NG", "KE", "MA"],
    ]

    /// Folded spellings → canonical area.
    static let aliases: [String: String] = [
        "worldwide": "Worldwide", "global": "Worldwide", "anywhere": "Worldwide", "world": "Worldwide",
        "anywhere in the world": "Worldwide", "international": "Worldwide", "everywhere": "Worldwide",
        "eu": "EU", "european union": "EU", "europe": "Europe", "cet": "Europe", "emea": "EMEA",
        "dach": "DACH", "nordics": "Nordics", "north america": "North America", "americas": "Americas",
        "us time zones": "North America", "latam": "LATAM", "latin america": "LATAM",
        "south america": "South America", "apac": "APAC", "asia pacific": "APAC", "asia-pacific": "APAC",
        "asia": "Asia", "oceania": "Oceania", "africa": "Africa", "uk & eu": "Europe",
    ]
}

// Countries as postings in any language write them: "Maroc", "Magyarország",
// "Ghana", "Puerto Rico". The hand list (CountryCodes) decides first; behind it,
// every CLDR territory name (GazetteerData.swift, scripts/gen-gazetteer).
import JobHuntKernel

extension PlaceGazetteer {
    /// The ISO 3166-1 code of a country named in any language, or nil.
    ///
    /// CountryCodes' aliases decide ("UK", "Holland"); then CLDR's names in every language, but
    /// never a US state's or Canadian province's name ("Georgia" is the state in a location
    /// field) nor an area ("Europa").
    ///
    ///     PlaceGazetteer.country("Maroc")  // "MA"
    package static func country(_ text: some StringProtocol) -> String? {
        if let code = CountryCodes.code(for: text) { return code }
        let key = ColumnText.folded(String(text.filter { $0 != "." }))
        guard key.count >= 4, RegionCodes.region(for: key) == nil, LocationText.area(key) == nil else { return nil }
        return GazetteerIndex.country(named: key)
    }

    /// The country a territory with its own ISO code belongs to ("PR" → "US"): "USA Only" next to
    /// "Puerto Rico" is Puerto Rico, as "Canada Only" next to "Montréal" is Montréal.
    static func sovereign(of territory: String) -> String? { sovereigns[territory] }

    private static let sovereigns: [String: String] = {
        var table: [String: String] = [:]
        let lists: [(String, [String])] = [
            ("US", ["PR", "GU", "VI", "AS", "MP", "UM"]),
            ("FR", ["GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "BL", "MF", "WF"]),
            ("NL", ["AW", "CW", "SX", "BQ"]),
            ("GB", ["GI", "JE", "GG", "IM", "BM", "KY", "VG", "TC", "AI", "MS", "FK"]),
            ("DK", ["GL", "FO"]), ("CN", ["HK", "MO"]), ("NO", ["SJ"]), ("AU", ["NF", "CX", "CC"]),
        ]
        for (country, territories) in lists { for code in territories { table[code] = country } }
        return table
    }()
}

// Country names and their ISO 3166-1 alpha-2 codes for the countries postings
// name most often, with the aliases sources actually print ("USA", "UK").

/// ISO 3166-1 alpha-2 codes for about 60 common countries, both ways.
package enum CountryCodes {
    /// The code for a name, alias or code in any case ("Germany", "USA", "uk", "DE").
    ///
    ///     CountryCodes.code(for: "United Kingdom")  // "GB"
    package static func code(for text: some StringProtocol) -> String? {
        codeOf(text)
    }

    /// `code(for:)` of a string, specialised here: other modules cannot specialise the generic
    /// one, and the location rule asks it of every part of every location.
    package static func code(for text: String) -> String? { codeOf(text) }

    private static func codeOf(_ text: some StringProtocol) -> String? {
        let key = fold(text)
        if let code = byName[key] { return code }
        let upper = key.uppercased()
        return key.count == 2 && names[upper] != nil ? upper : nil
    }

    /// The English short name for a code ("DE" → "Germany").
    package static func name(for code: String) -> String? { names[code.uppercased()] }

    /// Case-folded, dots dropped, whitespace collapsed: "U.S.A." → "usa".
    static func fold(_ text: some StringProtocol) -> String {
        ColumnText.folded(String(text.filter { $0 != "." }))
    }

    static let names: [String: String] = [
        "US": "United States", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina", "CL": "Chile",
        "CO": "Colombia", "PE": "Peru", "UY": "Uruguay", "CR": "Costa Rica", "GB": "United Kingdom",
        "IE": "Ireland", "FR": "France", "DE": "Germany", "NL": "Netherlands", "BE": "Belgium",
        "LU": "Luxembourg", "CH": "Switzerland", "AT": "Austria", "ES": "Spain", "PT": "Portugal", "IT": "Italy",
        "GR": "Greece", "DK": "Denmark", "SE": "Sweden", "NO": "Norway", "FI": "Finland", "IS": "Iceland",
        "PL": "Poland", "CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "RO": "Romania", "BG": "Bulgaria",
        "HR": "Croatia", "SI": "Slovenia", "RS": "Serbia", "UA": "Ukraine", "EE": "Estonia", "LV": "Latvia",
        "LT": "Lithuania", "TR": "Turkey", "IL": "Israel", "AE": "United Arab Emirates", "SA": "Saudi Arabia",
        "EG": "Egypt", "ZA": "South Africa", "NG": "Nigeria", "KE": "Kenya", "MA": "Morocco", "IN": "India",
        "PK": "Pakistan", "BD": "Bangladesh", "LK": "Sri Lanka", "CN": "China", "HK": "Hong Kong", "TW": "Taiwan",
        "JP": "Japan", "KR": "South Korea", "SG": "Singapore", "MY": "Malaysia", "TH": "Thailand",
        "VN": "Vietnam", "PH": "Philippines", "ID": "Indonesia", "AU": "Australia", "NZ": "New Zealand",
        "CY": "Cyprus", "MT": "Malta", "PR": "Puerto Rico",
    ]

    private static let aliases: [String: String] = [
        "usa": "US", "united states of america": "US", "america": "US", "us of a": "US", "uk": "GB",
        "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
        "northern ireland": "GB", "deutschland": "DE", "the netherlands": "NL", "holland": "NL",
        "schweiz": "CH", "suisse": "CH", "españa": "ES", "österreich": "AT", "czech republic": "CZ",
        "republic of korea": "KR", "korea": "KR", "uae": "AE", "türkiye": "TR", "brasil": "BR",
        "méxico": "MX", "viet nam": "VN", "republic of ireland": "IE", "polska": "PL", "italia": "IT",
        // The Nordic and Czech names postings in those languages print: "Aarhus, Danmark".
        "danmark": "DK", "sverige": "SE", "norge": "NO", "suomi": "FI", "česko": "CZ",
        "česká republika": "CZ", "nederland": "NL",
    ]

    private static let byName: [String: String] = {
        var table = aliases
        for (code, name) in names { table[name.lowercased()] = code }
        return table
    }()
}

// US states and Canadian provinces: postal codes and names both ways, so
// "Austin, TX" and "Austin, Texas" are one place.
import JobHuntKernel

/// First-level regions whose postal codes sources print after a city ("Austin, TX", "Toronto, ON").
package enum RegionCodes {
    /// The postal code and country for a US state or Canadian province, by code or name.
    ///
    ///     RegionCodes.region(for: "Pennsylvania")  // ("PA", "US")
    package static func region(for text: some StringProtocol) -> (code: String, country: String)? {
        let key = ColumnText.folded(String(text.filter { $0 != "." }))
        if key.count == 2 {
            let upper = key.uppercased()
            if usStates[upper] != nil { return (upper, "US") }
            if provinces[upper] != nil { return (upper, "CA") }
            return nil
        }
        return byName[key]
    }

    /// The name for a US state or Canadian province code ("PA" → "Pennsylvania").
    package static func name(for code: String) -> String? {
        usStates[code.uppercased()] ?? provinces[code.uppercased()]
    }

    /// The states and DC; Puerto Rico, which has its own ISO 3166-1 code, is a country (CountryCodes).
    static let usStates: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
        "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
        "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
        "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
        "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
        "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
        "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
        "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
        "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
        "DC": "District of Columbia",
    ]

    static let provinces: [String: String] = [
        "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "ON": "Ontario", "PE": "Prince Edward Island",
        "QC": "Quebec", "SK": "Saskatchewan", "NT": "Northwest Territories", "NU": "Nunavut", "YT": "Yukon",
    ]

    private static let byName: [String: (code: String, country: String)] = {
        var table: [String: (code: String, country: String)] = [:]
        for (code, name) in usStates { table[name.lowercased()] = (code, "US") }
        for (code, name) in provinces { table[name.lowercased()] = (code, "CA") }
        table["québec"] = ("QC", "CA")
        table["washington dc"] = ("DC", "US")
        table["washington, dc"] = ("DC", "US")
        return table
    }()
}

extension RegionCodes {
    /// A region outside the US and Canada as it should be stored: Australian states by their code,
    /// as US states and Canadian provinces are ("South Australia" → "SA"); Indeed prints French regions as
    /// codes, old (`A8`) or new (`IDF`, `HDF`), where LinkedIn rows of the same export say
    /// "Île-de-France"; a known code becomes the name, an unknown code with a digit is no name at
    /// all (nil), and anything else is kept as written.
    package static func regionName(_ text: String, country: String?) -> String? {
        if country == "AU", let code = australianStates[ColumnText.folded(text)] { return code }
        let key = text.uppercased()
        if country == "FR", let name = frenchRegions[key] { return name }
        if let country, let name = otherRegions[country]?[key] { return name }
        if key.count <= 3, key.contains(where: \.isNumber) { return nil }
        return text
    }

    /// Australia's states and territories by name: stored as the codes Australian addresses print.
    static let australianStates: [String: String] = [
        "new south wales": "NSW", "victoria": "VIC", "queensland": "QLD", "western australia": "WA",
        "south australia": "SA", "tasmania": "TAS", "northern territory": "NT",
        "australian capital territory": "ACT",
    ]

    /// The name of a region code in the tables below ("GE" in NL → "Gelderland"), or nil.
    static func knownRegionName(_ code: String, country: String) -> String? {
        let key = code.uppercased()
        return country == "FR" ? frenchRegions[key] : otherRegions[country]?[key]
    }

    /// Other countries' first-level regions by the ISO 3166-2 codes Indeed prints
    /// ("Nürnberg, BY, DE", "Glasgow, SCT, GB", "Bilbao, PV, ES").
    static let otherRegions: [String: [String: String]] = [
        "DE": [
            "BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
            "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
            "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
            "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen",
        ],
        "GB": ["ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"],
        "ES": [
            "MD": "Comunidad de Madrid", "CT": "Cataluña", "AN": "Andalucía", "VC": "Comunidad Valenciana",
            "PV": "País Vasco", "GA": "Galicia", "AR": "Aragón", "CL": "Castilla y León", "CM": "Castilla-La Mancha",
            "MC": "Región de Murcia", "IB": "Islas Baleares", "CN": "Canarias", "AS": "Asturias", "NC": "Navarra",
        ],
        "NL": [
            "DR": "Drenthe", "FL": "Flevoland", "FR": "Friesland", "GE": "Gelderland", "GR": "Groningen",
            "LI": "Limburg", "NB": "Noord-Brabant", "NH": "Noord-Holland", "OV": "Overijssel", "UT": "Utrecht",
            "ZE": "Zeeland", "ZH": "Zuid-Holland",
        ],
        "IT": ["LOM": "Lombardia", "25": "Lombardia", "LAZ": "Lazio", "62": "Lazio", "PIE": "Piemonte"],
    ]

    /// French regions by INSEE/ISO 3166-2 code and by the older FIPS codes Indeed still prints.
    static let frenchRegions: [String: String] = [
        "IDF": "Île-de-France", "A8": "Île-de-France", "11": "Île-de-France",
        "HDF": "Hauts-de-France", "B4": "Hauts-de-France", "C5": "Hauts-de-France",
        "ARA": "Auvergne-Rhône-Alpes", "B9": "Auvergne-Rhône-Alpes", "98": "Auvergne-Rhône-Alpes",
        "OCC": "Occitanie", "A9": "Occitanie", "B3": "Occitanie",
        "PDL": "Pays de la Loire", "B5": "Pays de la Loire",
        "NAQ": "Nouvelle-Aquitaine", "97": "Nouvelle-Aquitaine", "B1": "Nouvelle-Aquitaine",
        "PAC": "Provence-Alpes-Côte d'Azur", "B8": "Provence-Alpes-Côte d'Azur",
        "GES": "Grand Est", "A4": "Grand Est", "C1": "Grand Est",
        "BRE": "Bretagne", "A2": "Bretagne",
        "NOR": "Normandie", "99": "Normandie", "A7": "Normandie", "A6": "Normandie",
        "BFC": "Bourgogne-Franche-Comté", "A1": "Bourgogne-Franche-Comté", "A5": "Bourgogne-Franche-Comté",
        "CVL": "Centre-Val de Loire", "A3": "Centre-Val de Loire",
        "COR": "Corse", "94": "Corse",
    ]
}

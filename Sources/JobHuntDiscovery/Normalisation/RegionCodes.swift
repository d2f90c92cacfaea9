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
        "DC": "District of Columbia", "PR": "Puerto Rico",
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

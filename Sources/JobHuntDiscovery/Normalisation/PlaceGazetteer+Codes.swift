// How a short code after a city is read ("Córdoba, AR", "Tiel, GE", "Perth, WA"):
// the gazetteer's code rules, kept apart from its name lookups.
import JobHuntKernel

extension PlaceGazetteer {
    /// Region codes that name one country's state and nothing else a location can hold (not a US
    /// state, a Canadian province or a country code): "Fortaleza, CE", "Geelong, VIC".
    static let uniqueCodes: [String: String] = [
        "CE": "BR", "BA": "BR", "RJ": "BR", "SP": "BR", "MG": "BR", "RS": "BR", "DF": "BR", "GO": "BR",
        "PB": "BR", "RN": "BR", "PI": "BR", "AC": "BR", "AP": "BR", "RR": "BR", "AM": "BR",
        "NSW": "AU", "VIC": "AU", "QLD": "AU", "TAS": "AU", "ACT": "AU",
        // France's regions as Indeed prints them, and the Dutch provinces whose codes are nothing else.
        "IDF": "FR", "HDF": "FR", "ARA": "FR", "OCC": "FR", "PDL": "FR", "NAQ": "FR", "PAC": "FR", "GES": "FR",
        "BRE": "FR", "BFC": "FR", "CVL": "FR", "OV": "NL", "DR": "NL", "ZE": "NL",
    ]

    /// The state and country a short code after a city names ("Córdoba, AR", "Tiel, GE",
    /// "Perth, WA"), decided by the city's own readings, in this order:
    ///
    /// 1. a reading whose own state is that code: "Portland, ME", "Newcastle, WA" is not
    ///    Newcastle in New South Wales (US, Canadian and Australian cities carry their state);
    /// 2. a reading in the country of that code: "Córdoba, AR" is Argentina (Córdoba has no
    ///    reading in Arkansas), "Kiel, DE" Germany;
    /// 3. a reading in a country with a first-level region of that code, if only one country
    ///    has one: "Tiel, GE" is Gelderland (Tiel is Dutch; GE is also Georgia's country code),
    ///    "Bengaluru, KA" Karnataka.
    ///
    /// Nil when the city is unknown or no reading fits; the caller then reads the code on its own
    /// (a US state first). The state is the code for countries whose codes the columns keep
    /// (US, CA, AU, BR, IN, MX), else the region's name.
    package static func codeOfCity(_ city: String, region code: String) -> (state: String?, country: String)? {
        let upper = code.uppercased()
        guard (2...4).contains(upper.count), upper.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let readings = cityCandidates(city)
        guard !readings.isEmpty else { return nil }
        let own = Set(readings.filter { $0.region == upper }.map(\.country))
        if own.count == 1, let country = own.first { return (upper, country) }
        if readings.contains(where: { $0.country == upper }) { return (nil, upper) }
        let withCode = Set(readings.map(\.country).filter { hasRegion(upper, in: $0) })
        guard withCode.count == 1, let country = withCode.first else { return nil }
        return (stateName(upper, in: country), country)
    }

    /// Whether a country has a first-level region of that code. Countries whose cities carry
    /// their state (US, CA, AU) are left to rule 1, which checks the city's own state.
    private static func hasRegion(_ code: String, in country: String) -> Bool {
        guard !fillsState(country), country != "AU" else { return false }
        return regionCodes[country]?.contains(code) == true || GazetteerIndex.regionCodes[country]?[code] != nil
    }

    /// The region of a code as the columns store it: the code for countries whose sources and
    /// labels write codes (Brazil's "SP", India's "KA", Mexico's "JAL"), else its name.
    static func stateName(_ code: String, in country: String) -> String {
        if regionCodes[country] != nil { return code }
        if let name = RegionCodes.knownRegionName(code, country: country) { return name }
        return GazetteerIndex.regionCodes[country]?[code] ?? code
    }
}

// Places resolved from real data (issue 18, seventh pass): GeoNames cities of 15,000 people or
// more and ISO 3166-2 regions behind the hand-written list, with the ambiguity rules of
// PlaceGazetteer. Every place here is in no eval set (Tests/Eval/discover).
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery

@Suite("Real data: places from GeoNames and ISO 3166-2")
struct RealDataGazetteerTests {
    static func place(_ text: String) -> PostingPlace? {
        LocationRule.primary(of: LocationRule.places(addresses: [], locations: [text]))
    }

    @Test(
        "a town the hand list does not name gets its country (and a US or Canadian state)",
        arguments: [
            ("Apeldoorn", "NL", nil), ("Kortrijk", "BE", nil), ("Reutlingen", "DE", nil),
            ("Kamloops", "CA", "BC"), ("Boise", "US", "ID"),
        ] as [(String, String, String?)])
    func unlistedTown(_ text: String, _ country: String, _ state: String?) {
        let place = Self.place(text)
        #expect(place?.city == text && place?.country == country && place?.state == state, "\(text)")
    }

    @Test("a bare name with several comparable readings stays without a country; one country, no state")
    func ambiguousNames() {
        // Alexandria (Egypt or Virginia) and Kingston (Jamaica or Ontario): a foreign reading must
        // be overwhelming; Hanover is also Hannover's English spelling, not only American towns.
        for name in ["Reading", "Victoria", "Hamilton", "Mobile", "Union", "Alexandria", "Kingston", "Hanover"] {
            let place = Self.place(name)
            #expect(place?.city == name && place?.country == nil && place?.state == nil, "\(name)")
        }
        // Within one country a fivefold reading wins: Portland, Oregon.
        #expect(Self.place("Portland") == PostingPlace(city: "Portland", state: "OR", country: "US"))
        // Every Springfield is American, but in several states.
        let springfield = Self.place("Springfield")
        #expect(springfield?.country == "US" && springfield?.state == nil)
        // A name spelt without its accent finds the same city.
        #expect(Self.place("Liege")?.country == "BE")
    }

    @Test(
        "a code after a city is read by the city's own readings",
        arguments: [
            ("Rosario, AR", nil, "AR"),  // Argentina, not Arkansas: no Rosario in Arkansas
            ("Little Rock, AR", "AR", "US"),  // Arkansas's own city
            ("Doetinchem, GE", "Gelderland", "NL"),  // a Dutch town: Gelderland, not Georgia
            ("Tbilisi, GE", nil, "GE"),  // Georgia's capital
            ("Bunbury, WA", "WA", "AU"),  // Western Australia's own town
            ("Newcastle, WA", "WA", "US"),  // Australia's Newcastle is in NSW: the US state
            ("Bangor, ME", "ME", "US"),
            ("Hamilton, ON", "ON", "CA"),
        ] as [(String, String?, String)])
    func codeAfterCity(_ text: String, _ state: String?, _ country: String) {
        let place = Self.place(text)
        #expect(place?.state == state && place?.country == country, "\(text): \(String(describing: place))")
    }

    @Test("an ISO 3166-2 region names its country; a name two countries use goes by the city")
    func isoRegions() {
        let lahti = Self.place("Lahti, Päijät-Häme")
        #expect(lahti?.country == "FI" && lahti?.state == "Päijät-Häme")
        #expect(Self.place("Maastricht, Limburg")?.country == "NL")
        // Belgian Limburg is a province below a region, so ISO's first level has only the Dutch
        // one; the Belgian city must not be moved to the Netherlands by it.
        let hasselt = Self.place("Hasselt, Limburg")
        #expect(hasselt?.country == "BE" && hasselt?.state == "Limburg")
    }

    @Test(
        "Mexican states as Mexican postings abbreviate them",
        arguments: [
            ("Mérida, Yuc.", "Yucatán"), ("Cancún, Q. Roo", "Quintana Roo"), ("Saltillo, Coah.", "Coahuila"),
        ])
    func mexicanStates(_ text: String, _ state: String) {
        let place = Self.place(text)
        #expect(place?.state == state && place?.country == "MX", "\(text)")
    }

    @Test("an acronym or an area is not a town, and a time-zone aside after an area is not its state")
    func areasAndAcronyms() {
        // Apac is a town in Uganda; "APAC" in capitals is the area.
        let remote = Self.place("Remote (EMEA, UTC-1 to UTC+3)")
        #expect(remote?.area == "EMEA" && remote?.city == nil && remote?.state == nil && remote?.country == nil)
        #expect(PlaceGazetteer.city("APAC") == nil)
        // An area beside a country keeps the country.
        #expect(Self.place("APAC, Singapore")?.country == "SG")
    }

    @Test("the hand list still decides: London is London, England, and a list of its cities splits")
    func handListFirst() {
        #expect(Self.place("London")?.country == "GB")
        #expect(Self.place("London, ON")?.state == "ON")
        let places = LocationRule.places(in: "Utrecht, Eindhoven")
        #expect(places.map(\.city) == ["Utrecht", "Eindhoven"])
    }
}

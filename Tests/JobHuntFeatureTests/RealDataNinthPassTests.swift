// Places a recruiter reads beyond the hand lists (issue 18, ninth pass): country names in any
// language (CLDR), territories with their own ISO code, a country's letters before a postcode,
// "City CODE" without its comma, Australian states as codes. Every place here is in no eval
// set (Tests/Eval/discover).
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery

@Suite("Real data: places in other languages, territories, postcodes, codes without a comma")
struct RealDataNinthPassTests {
    static func place(_ text: String) -> PostingPlace? {
        LocationRule.primary(of: LocationRule.places(addresses: [], locations: [text]))
    }

    @Test(
        "a country named in its own language (or any CLDR language) is its ISO code",
        arguments: [
            ("Pärnu, Eesti", "Pärnu", "EE"), ("Plovdiv, България", "Plovdiv", "BG"),
            ("Kaunas, Lietuva", "Kaunas", "LT"), ("Szeged, Magyarország", "Szeged", "HU"),
            ("Sfax, Tunisie", "Sfax", "TN"), ("Maribor, Slovenija", "Maribor", "SI"),
            ("Szeged, Magyarorszag", "Szeged", "HU"),  // without its accents
        ] as [(String, String, String)])
    func localCountryName(_ text: String, _ city: String, _ country: String) {
        let place = Self.place(text)
        #expect(
            place?.city == city && place?.country == country && place?.state == nil,
            "\(text): \(String(describing: place))")
    }

    @Test("a country name in another language that is also a city's name stays the city; states stay states")
    func countryNamesThatAreOtherThings() {
        // "Tunis" is Tunisia in some languages, but the capital in a location field.
        #expect(Self.place("Tunis") == PostingPlace(city: "Tunis", country: "TN"))
        // "Georgia" alone is the US state, as before.
        #expect(Self.place("Georgia") == PostingPlace(state: "GA", country: "US"))
        #expect(PlaceGazetteer.country("Éire") == "IE")
        #expect(PlaceGazetteer.country("Europa") == nil)
    }

    @Test("a territory with its own ISO code is that country, also after its sovereign's 'Only'")
    func territories() {
        #expect(Self.place("Mayagüez, Puerto Rico") == PostingPlace(city: "Mayagüez", country: "PR"))
        #expect(Self.place("Bayamón, PR") == PostingPlace(city: "Bayamón", country: "PR"))
        let guam = LocationRule.primary(of: LocationRule.places(addresses: [], locations: ["USA Only", "Guam"]))
        #expect(guam == PostingPlace(country: "GU"))
        // A Brazilian city's "PR" is still Paraná.
        #expect(Self.place("Londrina, PR") == PostingPlace(city: "Londrina", state: "PR", country: "BR"))
    }

    @Test(
        "a country's letters or shape before a postcode name the country; the name after it is the town",
        arguments: [
            ("L-9001 Ettelbruck", "Ettelbruck", "LU"),  // a town under 15,000 people
            ("CH-8400 Winterthur", "Winterthur", "CH"), ("15-001 Białystok", "Białystok", "PL"),
            ("8500-505 Portimão", "Portimão", "PT"), ("MC-98000 Monaco", "Monaco", "MC"),
        ] as [(String, String, String)])
    func prefixedPostcode(_ text: String, _ city: String, _ country: String) {
        let place = Self.place(text)
        #expect(place?.city == city && place?.country == country, "\(text): \(String(describing: place))")
    }

    @Test("a road number or a figure is not a postcode")
    func notPostcodes() {
        #expect(Postcode.country(in: "Jacksonville, I-95") == nil)
        #expect(Postcode.removed(from: "I-95") == "I-95")
        #expect(Postcode.country(in: "Building 2026-11") == nil)
    }

    @Test(
        "a city and its region's code without the comma, when the code is a region of the city's country",
        arguments: [
            ("Townsville QLD", "Townsville", "QLD", "AU"), ("Geraldton WA", "Geraldton", "WA", "AU"),
            ("Lethbridge AB", "Lethbridge", "AB", "CA"), ("Fargo ND", "Fargo", "ND", "US"),
            ("Townsville QLD, Australia", "Townsville", "QLD", "AU"),
        ] as [(String, String, String, String)])
    func codeWithoutComma(_ text: String, _ city: String, _ state: String, _ country: String) {
        #expect(Self.place(text) == PostingPlace(city: city, state: state, country: country), "\(text)")
    }

    @Test("an unknown town or a code that is not the city's region keeps the phrase as written")
    func codeWithoutCommaUnsure() {
        #expect(Self.place("Smallville ZZ") == PostingPlace(city: "Smallville ZZ"))
        // Fargo is in North Dakota, not Queensland: nothing is guessed.
        #expect(Self.place("Fargo QLD") == PostingPlace(city: "Fargo QLD"))
    }

    @Test("cities of one country joined by a slash are several places; anything else stays one")
    func citiesBySlash() {
        let places = LocationRule.places(addresses: [], locations: ["Hybrid – Lausanne/Genève"])
        #expect(places.map(\.city) == ["Lausanne", "Genève"] && places.allSatisfy { $0.country == "CH" })
        #expect(places.allSatisfy { $0.workplace == .hybrid })
        // Two countries' cities, or a word that is no city: one phrase, as before.
        #expect(LocationRule.places(addresses: [], locations: ["Lille/Bruxelles"]).count == 1)
        #expect(LocationRule.places(addresses: [], locations: ["Design/Build, Denver, CO"]).count == 1)
    }

    @Test("Australian states written as names are stored as codes, like US states and provinces")
    func australianStates() {
        #expect(
            Self.place("Wagga Wagga, New South Wales") == PostingPlace(city: "Wagga Wagga", state: "NSW", country: "AU")
        )
        #expect(
            Self.place("Cairns, Queensland, Australia") == PostingPlace(city: "Cairns", state: "QLD", country: "AU"))
        let address = RawAddress(city: "Geraldton", region: "Western Australia", country: "Australia")
        #expect(LocationRule.place(from: address) == PostingPlace(city: "Geraldton", state: "WA", country: "AU"))
    }
}

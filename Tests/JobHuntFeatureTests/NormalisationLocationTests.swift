// Location parsing: free text and structured addresses into city, state and
// country, with the workplace words the text carries.
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

struct LocationCase: Sendable, CustomTestStringConvertible {
    var text: String
    var places: [PostingPlace]
    var testDescription: String { text }
}

@Suite struct NormalisationLocationTests {
    static let cases: [LocationCase] = [
        .init(text: "Remote - US", places: [PostingPlace(country: "US", workplace: .remote)]),
        .init(text: "Remote (EU)", places: [PostingPlace(area: "EU", workplace: .remote)]),
        .init(text: "Remote - Europe", places: [PostingPlace(area: "Europe", workplace: .remote)]),
        .init(
            text: "Hybrid - Pittsburgh, PA",
            places: [PostingPlace(city: "Pittsburgh", state: "PA", country: "US", workplace: .hybrid)]),
        .init(text: "Berlin, Germany", places: [PostingPlace(city: "Berlin", country: "DE")]),
        .init(
            text: "San Francisco, CA, United States",
            places: [PostingPlace(city: "San Francisco", state: "CA", country: "US")]),
        .init(text: "Austin, TX", places: [PostingPlace(city: "Austin", state: "TX", country: "US")]),
        .init(text: "Austin, Texas", places: [PostingPlace(city: "Austin", state: "TX", country: "US")]),
        .init(text: "Austin, TX, US", places: [PostingPlace(city: "Austin", state: "TX", country: "US")]),
        .init(text: "Reno, NV, USA", places: [PostingPlace(city: "Reno", state: "NV", country: "US")]),
        .init(text: "London, UK", places: [PostingPlace(city: "London", country: "GB")]),
        .init(text: "London (Hybrid)", places: [PostingPlace(city: "London", workplace: .hybrid)]),
        .init(text: "Toronto, ON, Canada", places: [PostingPlace(city: "Toronto", state: "ON", country: "CA")]),
        .init(text: "Zürich", places: [PostingPlace(city: "Zürich")]),
        .init(text: "Germany", places: [PostingPlace(country: "DE")]),
        .init(text: "USA Only", places: [PostingPlace(country: "US")]),
        .init(text: "Anywhere", places: [PostingPlace(area: "Worldwide", workplace: .remote)]),
        .init(text: "Remote", places: [PostingPlace(workplace: .remote)]),
        .init(text: "Multiple locations", places: []),
        .init(text: "", places: []),
        .init(
            text: "NYC or SF",
            places: [
                PostingPlace(city: "New York", state: "NY", country: "US"),
                PostingPlace(city: "San Francisco", state: "CA", country: "US"),
            ]),
        .init(
            text: "Austin, TX; Remote - US",
            places: [
                PostingPlace(city: "Austin", state: "TX", country: "US"),
                PostingPlace(country: "US", workplace: .remote),
            ]),
        .init(
            text: "Remote (US & Canada)",
            places: [PostingPlace(country: "US", workplace: .remote), PostingPlace(country: "CA", workplace: .remote)]),
        .init(
            text: "🇩🇪 Germany, 🇳🇱 Netherlands, 🇵🇹 Portugal",
            places: [PostingPlace(country: "DE"), PostingPlace(country: "NL"), PostingPlace(country: "PT")]),
        .init(text: "🇺🇸 United States of America", places: [PostingPlace(country: "US")]),
        .init(text: "Anywhere in the World", places: [PostingPlace(area: "Worldwide", workplace: .remote)]),
        .init(text: "North America Only", places: [PostingPlace(area: "North America")]),
        .init(text: "Remote (world)", places: [PostingPlace(area: "Worldwide", workplace: .remote)]),
        .init(
            text: "St. John's, Newfoundland and Labrador",
            places: [PostingPlace(city: "St. John's", state: "NL", country: "CA")]),
        .init(
            text: "On-site - Lisbon, Portugal",
            places: [PostingPlace(city: "Lisbon", country: "PT", workplace: .onsite)]),
    ]

    @Test(arguments: cases) func parsesLocationText(_ entry: LocationCase) {
        #expect(LocationRule.places(in: entry.text) == entry.places)
    }

    @Test("a scalar that shares a flag's first UTF-8 bytes is no flag, and never recurses")
    func nearFlagScalars() {
        // U+1F1D0 is F0 9F 87 90: the old byte check took it for a flag and
        // split it for ever (a stack overflow scripts/fuzz source-rss found).
        let text = "Berlin \u{1F1D0}, Germany"
        #expect(LocationText.segments(text) == ["Berlin \u{1F1D0}, Germany"])
        #expect(LocationText.segments("\u{1F1E9}\u{1F1EA} Germany \u{1F1D0}") == ["Germany \u{1F1D0}"])
    }

    @Test func structuredAddressComesFirstAndUsesCodes() {
        let places = LocationRule.places(
            addresses: [RawAddress(city: "Savannah", region: "Georgia", country: "United States")],
            locations: ["Remote - US"])
        #expect(places.first == PostingPlace(city: "Savannah", state: "GA", country: "US"))
        #expect(places.count == 2)
        #expect(LocationRule.primary(of: places)?.city == "Savannah")
    }

    @Test func addressWithForeignRegionKeepsItAsWritten() {
        let place = LocationRule.place(from: RawAddress(city: "München", region: "Bayern", country: "Germany"))
        #expect(place == PostingPlace(city: "München", state: "Bayern", country: "DE"))
    }

    @Test func primaryIsTheFirstConcretePlace() {
        let places = LocationRule.places(addresses: [], locations: ["Remote", "New York, NY", "Chicago, IL"])
        #expect(LocationRule.primary(of: places) == PostingPlace(city: "New York", state: "NY", country: "US"))
        #expect(places.count == 3)
    }

    @Test func countryAndStateTablesGoBothWays() {
        #expect(CountryCodes.code(for: "United Kingdom") == "GB")
        #expect(CountryCodes.code(for: "U.S.A.") == "US")
        #expect(CountryCodes.code(for: "de") == "DE")
        #expect(CountryCodes.name(for: "CH") == "Switzerland")
        #expect(CountryCodes.code(for: "Atlantis") == nil)
        #expect(CountryCodes.names.count >= 60)
        #expect(RegionCodes.region(for: "Pennsylvania")! == ("PA", "US"))
        #expect(RegionCodes.region(for: "qc")! == ("QC", "CA"))
        #expect(RegionCodes.name(for: "NV") == "Nevada")
    }

    @Test func placeKeyIgnoresCaseAndSaysRemote() {
        #expect(PostingPlace(city: "Austin", state: "TX", country: "US").key == "austin, tx, us")
        #expect(PostingPlace(country: "US", workplace: .remote).key == "us")
        #expect(PostingPlace(area: "EU", workplace: .remote).key == "eu")
        #expect(PostingPlace(workplace: .remote).key == "remote")
    }
}

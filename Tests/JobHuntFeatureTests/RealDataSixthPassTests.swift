// The salary classes of failure fresh6's first run showed (Tests/Eval/discover/fresh6, issue 18),
// one test per class, each with sentences that are not in fresh6: the Danish and Norwegian
// "pr." before the period, a Nordic figure whose period is missing, what a practice bills,
// the Czech crown and the Turkish lira written as words with their month words, Finnish
// "€/kk", the rand's "R" on a figure (only in South Africa), and "₹…L" lakhs; and two place
// classes: a workplace aside without parentheses, and Nordic country names in their own language.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh6's failure classes")
struct RealDataSixthPassTests: SalarySentenceChecks {
    @Test(
        "'pr.' before the period neither ends the sentence nor loses the month",
        arguments: [
            ("Lønnen er NOK 48.000 pr. måned, pluss pensjon.", "NO", 576_000, 576_000, "NOK"),
            ("Gage: 38.500 - 41.000 kr. pr. måned inkl. pension.", "DK", 462_000, 492_000, "DKK"),
            ("Løn: DKK 520.000 pr. år.", "DK", 520_000, 520_000, "DKK"),
        ])
    func danishPer(_ text: String, _ country: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text, country: country).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("a Nordic figure below a year's pay without its period is a doubt, a six-figure one a year")
    func nordicWithoutPeriod() {
        let doubt = Self.decide("Salary: SEK 42 000 depending on experience.", country: "SE")
        #expect(doubt.salary == nil)
        #expect(doubt.evidence != nil)
        #expect(
            Self.decide("Salary: NOK 750 000 - 850 000.", country: "NO").salary == Self.pay(750_000, 850_000, "NOK"))
        // Other currencies keep the old reading of a five-figure figure as a year.
        #expect(Self.decide("Salary: €42,000.", country: "IE").salary == Self.pay(42_000, 42_000, "EUR"))
    }

    @Test(
        "what a practice or firm bills or turns over is not pay",
        arguments: [
            "Our hygienists bill $180,000 a year on average.",
            "Top producers reach billings of £250,000 per year.",
            "Umsatz: 2.500.000 € im Jahr.",
        ])
    func billings(_ text: String) {
        #expect(Self.decide(text).salary == nil, "\(text)")
    }

    @Test(
        "the Czech crown and the Turkish lira as words, with their month words",
        arguments: [
            ("Nabízíme mzdu 38 000 Kč měsíčně.", 456_000, 456_000, "CZK"),
            ("Plat: 60 000 - 75 000 Kč / měsíc.", 720_000, 900_000, "CZK"),
            ("Net maaş: 62.000 TL / ay.", 744_000, 744_000, "TRY"),
            ("Brüt ücret 55.000 - 65.000 TL aylık.", 660_000, 780_000, "TRY"),
        ])
    func crownLira(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
        // A currency word alone, outside a sentence about pay, stays a doubt.
        #expect(Self.decide("Bring 500 TL for the deposit.").salary == nil)
    }

    @Test("the Finnish month abbreviation 'kk'")
    func finnishMonth() {
        #expect(
            Self.decide("Palkka: 3 900 – 4 600 €/kk kokemuksen mukaan.").salary == Self.pay(46_800, 55_200, "EUR"))
    }

    @Test("the rand's R on a figure is the rand in South Africa only")
    func rand() {
        #expect(
            Self.decide("Salary: R380 000 - R420 000 per annum.", country: "ZA").salary
                == Self.pay(380_000, 420_000, "ZAR"))
        #expect(Self.decide("Rate: R420 per hour.", country: "ZA").salary == Self.pay(873_600, 873_600, "ZAR"))
        // Elsewhere an R on a number is something else (a model, a release): nothing is stored.
        #expect(Self.decide("Salary: R2 and R3 experience wanted.", country: "US").salary == nil)
        #expect(Self.decide("Salary: R380 000 per annum.", country: "GB").salary == nil)
        // "R 380" with a blank is the rand too, as South African postings often write it (since the
        // fifteenth pass: fresh13's "R 14 500 per month"); still only in South Africa.
        #expect(Self.decide("Salary: R 380 per hour.", country: "ZA").salary == Self.pay(790_400, 790_400, "ZAR"))
        #expect(Self.decide("Salary: R 380 per hour.", country: "US").salary == nil)
    }

    @Test("'₹…L' is lakhs on a rupee figure only")
    func lakhLetter() {
        #expect(Self.decide("Salary: ₹14L - ₹19L per annum.").salary == Self.pay(1_400_000, 1_900_000, "INR"))
        // Without the rupee sign an "L" is no lakh: "Salary: 14L" has no currency and stores nothing.
        #expect(Self.decide("Salary: 14L per annum.").salary == nil)
    }

    static func place(_ text: String) -> PostingPlace? {
        LocationRule.primary(of: LocationRule.places(addresses: [], locations: [text]))
    }

    @Test(
        "a workplace aside without parentheses is not a place",
        arguments: [
            ("Hybrid: 3 days/week in Bordeaux", "Bordeaux", "FR"),
            ("Hybrid 2 days a week - Glasgow", "Glasgow", "GB"),
        ])
    func bareWorkplaceAside(_ text: String, _ city: String, _ country: String) {
        let place = Self.place(text)
        #expect(place?.city == city && place?.country == country && place?.workplace == .hybrid, "\(text)")
    }

    @Test("Nordic and Czech country names in their own language are countries, not regions")
    func ownLanguageCountries() {
        let place = Self.place("Odense, Danmark")
        #expect(place?.city == "Odense" && place?.country == "DK" && place?.state == nil)
        #expect(Self.place("Bergen, Norge")?.country == "NO")
        #expect(Self.place("Ostrava, Česko")?.country == "CZ")
    }

    @Test("'Asia-Pacific' is an area, not a city")
    func asiaPacific() {
        for text in ["Asia-Pacific", "Remote - Asia Pacific"] {
            let place = LocationRule.places(addresses: [], locations: [text]).first
            #expect(place?.area == "APAC" && place?.city == nil, "\(text)")
        }
    }
}

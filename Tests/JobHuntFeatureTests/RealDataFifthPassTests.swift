// The classes of failure fresh5's first run showed (Tests/Eval/discover/fresh5, issue 18),
// one test per class, each with sentences that are not in fresh5: "up to" in more languages,
// pay by a unit that is not time, ordinal and counted payments in more words, a rise a few
// words after the first figure, Italian and romanised Japanese pay, the peso and sol signs, a
// pay line with an aside in parentheses, a source's pay field, a workplace aside, postcodes,
// a list of cities, and "Working Student" and Italian, German and Polish lead titles.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh5's failure classes")
struct RealDataFifthPassTests: SalarySentenceChecks {
    static func place(_ text: String) -> PostingPlace? {
        LocationRule.primary(of: LocationRule.places(addresses: [], locations: [text]))
    }

    @Test(
        "'up to' in Dutch, German and Italian fills only the maximum",
        arguments: [
            ("Het salaris bedraagt maximaal € 4.200 bruto per maand.", 50_400),
            ("Gehalt: höchstens 3.000 € brutto im Monat.", 36_000),
            ("Retribuzione fino a 40.000 € lordi annui.", 40_000),
        ])
    func upToWords(_ text: String, _ high: Int) {
        #expect(Self.decide(text).salary == Self.pay(nil, high, "EUR"), "\(text)")
    }

    @Test(
        "pay by a unit that is not time stores nothing and keeps the sentence",
        arguments: [
            "Drivers earn $1.20 per mile on regional routes.",
            "Per-session pay of $60 for each tutoring hour booked.",
            "Rémunération : 45 € par séance de coaching.",
        ])
    func otherUnits(_ text: String) {
        let decision = Self.decide(text)
        #expect(decision.salary == nil, "\(text)")
        #expect(decision.evidence == text, "\(text)")
        // The time units still count.
        #expect(Self.decide("Drivers earn $24 per hour.").salary == Self.pay(49_920, 49_920, "USD"))
    }

    @Test(
        "ordinal and counted payments in more words",
        arguments: [
            ("Lohn: CHF 5'000 brutto pro Monat, 13. Monatslohn.", 65_000, "CHF"),
            ("Salário: 2.000 € por mês, pagos 14 vezes por ano.", 28_000, "EUR"),
            ("Gehalt: 2.500 € brutto pro Monat, 14 mal jährlich.", 35_000, "EUR"),
            ("Salary: €2,800 gross monthly (14 salaries).", 39_200, "EUR"),
            ("Retribuzione: 1.500 € netti al mese su 14 mensilità.", 21_000, "EUR"),
        ])
    func payments(_ text: String, _ yearly: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(yearly, yearly, currency), "\(text)")
    }

    @Test("'N times' without a year after it is not a count of payments")
    func timesWithoutYear() {
        let text = "Salary: €2,000 per month, and we have been voted best employer 14 times."
        #expect(Self.decide(text).salary == Self.pay(24_000, 24_000, "EUR"))
    }

    @Test("a rise a few words after the first figure is the range from it to the last")
    func laterRise() {
        let text = "Pay: $19.00/hour while in the academy, increasing to $23.50/hour once licensed."
        #expect(Self.decide(text).salary == Self.pay(39_520, 48_880, "USD"))
        // A second figure with no rise between is not pulled in.
        let two = "Pay: $19.00/hour in the academy. Bonus of $500 after licensing."
        #expect(Self.decide(two).salary == Self.pay(39_520, 39_520, "USD"))
    }

    @Test(
        "Italian and romanised Japanese pay words and periods",
        arguments: [
            ("RAL 38.000 - 44.000 € più buoni pasto.", 38_000, 44_000, "EUR"),
            ("Stipendio: 1.600 € netti al mese.", 19_200, 19_200, "EUR"),
            ("Kyuyo: gekkyu 250,000 yen ~ 300,000 yen.", 3_000_000, 3_600_000, "JPY"),
        ])
    func italianJapanese(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test(
        "a reimbursement or meal ticket is not pay, even when the sentence is little more than its figure",
        arguments: [
            "Rimborso spese: 600 € al mese.", "Reembolso de gastos: 300 € al mes.",
            "Buoni pasto da 8 € al giorno.",
        ])
    func reimbursements(_ text: String) {
        #expect(Self.decide(text).salary == nil, "\(text)")
    }

    @Test("the peso sign and Peru's sol are currencies")
    func pesoSol() {
        #expect(Self.decide("Salary: ₱28,000 per month.").salary == Self.pay(336_000, 336_000, "PHP"))
        #expect(Self.decide("Sueldo: S/ 3,200 al mes.").salary == Self.pay(38_400, 38_400, "PEN"))
        #expect(Self.decide("Sueldo: S/. 3,200 mensuales.").salary == Self.pay(38_400, 38_400, "PEN"))
        #expect(Self.decide("Consultant for S/4HANA migrations.").salary == nil)
    }

    @Test("a pay line with an aside in parentheses after its period is pay; a perk in the aside is not")
    func payLineAside() {
        let text = "£31,000 - £38,000 per annum (NJC grade 6), plus car user allowance."
        #expect(Self.decide(text).salary == Self.pay(31_000, 38_000, "GBP"))
        #expect(Self.decide("£2,000 per year (learning budget).").salary == nil)
    }

    @Test("a source's pay field is pay even with words a sentence would doubt; other units and perks are not")
    func payField() {
        let field = PayText.salary("$27/hr DOE, weekend loading extra", payField: true)
        #expect(Self.decide("", country: "AU", salary: field).salary == Self.pay(56_160, 56_160, "AUD"))
        #expect(PayText.salary("$45 per visit", payField: true) == nil)
        #expect(PayText.salary("$3,000 sign-on bonus", payField: true) == nil)
        // A Hacker News line's parts may be anything, so they are read as sentences: words after the
        // rate that are no period doubt it. ("$27/hr DOE, weekend loading extra" is pay as a sentence
        // too since the sixteenth pass: "DOE" qualifies the rate and the loading is a later item.)
        #expect(PayText.salary("$27/hr weekend loading extra") == nil)
        #expect(PayText.salary("$27/hr DOE, weekend loading extra")?.minimum == 27)
    }

    @Test(
        "an aside about the workplace word is not a place",
        arguments: [
            ("Hybrid (2 days/week) - Bordeaux", "Bordeaux", "FR", WorkArrangement.hybrid),
            ("Hybrid (4 jours par semaine) – Nantes", "Nantes", "FR", .hybrid),
        ])
    func workplaceAside(_ text: String, _ city: String, _ country: String, _ workplace: WorkArrangement) {
        let place = Self.place(text)
        #expect(place?.city == city && place?.country == country && place?.workplace == workplace, "\(text)")
        // A parenthesis that names a place is kept.
        #expect(Self.place("Remote (Canada)")?.country == "CA")
    }

    @Test(
        "postcodes before or after the city are not part of it",
        arguments: [
            ("69002 Lyon", "Lyon", nil, "FR"),
            ("Austin, TX 78701", "Austin", "TX", "US"),
            ("Rotterdam 3011 AB", "Rotterdam", nil, "NL"),
            ("Denver, CO 80202-1234", "Denver", "CO", "US"),
        ])
    func postcodes(_ text: String, _ city: String, _ state: String?, _ country: String) {
        let place = Self.place(text)
        #expect(place?.city == city && place?.state == state && place?.country == country, "\(text)")
    }

    @Test("a British outward code is dropped and names the UK, an Indeed region code is kept")
    func britishOutward() {
        let bath = Self.place("Bath, BA1")
        #expect(bath?.city == "Bath" && bath?.state == nil && bath?.country == "GB")
        // The postcode's country beats the gazetteer's Perth (Western Australia).
        let perth = Self.place("Perth PH1 5RP")
        #expect(perth?.city == "Perth" && perth?.country == "GB")
        #expect(Self.place("Haarlem 2011 AB")?.country == "NL")
        #expect(Self.place("Paris, A8")?.state == "Île-de-France")
    }

    @Test("listed cities joined by commas are several places, a city and its region one")
    func cityLists() {
        let places = LocationRule.places(in: "Lyon, Marseille or Toulouse")
        #expect(places.map(\.city) == ["Lyon", "Marseille", "Toulouse"])
        #expect(LocationRule.places(in: "Munich, Bavaria").count == 1)
        #expect(LocationRule.places(in: "Toronto, ON").first?.state == "ON")
        #expect(LocationRule.places(in: "Washington, DC").count == 1)
    }

    @Test(
        "'Working Student' is entry; Italian, German and Polish lead titles are lead",
        arguments: [
            ("Working Student Marketing (f/m/d)", ExperienceLevel.entry),
            ("Responsabile Amministrativo", .lead),
            ("Verkaufsdirektor (m/w/d)", .lead),
            ("Kierownik Magazynu", .lead),
            ("Direttore di Stabilimento", .lead),
        ])
    func titles(_ title: String, _ level: ExperienceLevel) {
        #expect(ExperienceLevelRule.fromTitle(title) == level, "\(title)")
    }
}

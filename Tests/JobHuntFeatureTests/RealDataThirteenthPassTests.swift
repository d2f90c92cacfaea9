// The classes of failure fresh11's first run showed (Tests/Eval/discover/fresh11, issue 18), one
// test per class, each on sentences that are in no eval set: a tax preparer's rate per completed
// return, a Brazilian meal card by the day, a perk's worth "a year in flexible benefits", a month's
// pay without its period where pay is quoted by the month, Ecuador's "décimo tercero", an
// apprentice's pay year by year, "per month fixed", an offer verb before the figures, a pay
// heading over the line with the figures, Slovak and Lithuanian pay words; a certificate's
// "Level II" and a Swiss "Lernende:r"; places that contradict themselves and a Japanese address;
// a fixed term in the title beside a full-time field, Brazil's "Contratação PJ";
// and what must not move with them.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh11's failure classes")
struct RealDataThirteenthPassTests: SalarySentenceChecks {
    @Test("pay per completed return or claim is by a unit of work, not time: no salary, the sentence kept")
    func perCompletedReturn() {
        for text in [
            "Pay: $30 – $60 per completed return, depending on the schedules involved.",
            "Adjusters earn $45 per closed claim.",
        ] {
            let decision = Self.decide(text, country: "US")
            #expect(decision.salary == nil, "\(text)")
            #expect(decision.evidence != nil, "\(text)")
        }
        // "per annum" is still a year: a period word is no participle.
        #expect(Self.decide("Salary: £31,000 per annum.", country: "GB").salary == Self.pay(31_000, 31_000, "GBP"))
    }

    @Test("Brazil's VR by the day is a meal card, and the salary beside it is a month's")
    func mealCardByTheDay() {
        let text = "Benefícios: salário de R$ 3.900,00 + VR de R$ 30,00 por dia + VT e plano odontológico."
        #expect(Self.decide(text, country: "BR").salary == Self.pay(46_800, 46_800, "BRL"))
    }

    @Test("a sum 'a year in flexible benefits' is the perk's worth, not pay")
    func amountInBenefits() {
        let text = "Salary commensurate with experience, with a yearly bonus and S$1,500 a year in flexible benefits."
        #expect(Self.decide(text, country: "SG").salary == nil)
        #expect(Self.decide("Plus $750 in wellness credits.", country: "US").salary == nil)
    }

    @Test(
        "without its period, pay where it is quoted by the month is a month's",
        arguments: [
            ("Salário: R$ 12.000", "BR", 144_000, 144_000, "BRL"),
            ("Salary: 15 000 - 20 000 PLN", "PL", 180_000, 240_000, "PLN"),
            ("Atlyginimas: 1 900 – 2 300 EUR neatskaičius mokesčių, metinis priedas.", "LT", 22_800, 27_600, "EUR"),
        ] as [(String, String, Int, Int, String)])
    func monthByCustom(_ text: String, _ country: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text, country: country).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("Ecuador's décimo tercero is a thirteenth payment; the décimo cuarto adds nothing")
    func decimoTercero() {
        let both = "Sueldo: USD 950 mensuales más décimo tercero y décimo cuarto de ley, afiliación al IESS."
        #expect(Self.decide(both, country: "EC").salary == Self.pay(12_350, 12_350, "USD"))
        let fourth = "Sueldo: USD 950 mensuales más décimo cuarto de ley."
        #expect(Self.decide(fourth, country: "EC").salary == Self.pay(11_400, 11_400, "USD"))
    }

    @Test("an apprentice's pay year by year is the range from the first year's to the last's")
    func trainingYears() {
        let text = "Lohn pro Monat: CHF 800 (1. Lehrjahr), CHF 1'100 (2. Lehrjahr), CHF 1'450 (3. Lehrjahr)."
        #expect(Self.decide(text, country: "CH").salary == Self.pay(9_600, 17_400, "CHF"))
        let monthly = "Monatslohn CHF 4'900 – 5'400, 13 Monatslöhne, 5 Wochen Ferien."
        #expect(Self.decide(monthly, country: "CH").salary == Self.pay(63_700, 70_200, "CHF"))
    }

    @Test("'per month fixed' and an offer verb before the figures open them as pay")
    func openingFigures() {
        let fixed = "₹38,000 – ₹46,000 per month fixed, plus quarterly sales incentives."
        #expect(Self.decide(fixed, country: "IN").salary == Self.pay(456_000, 552_000, "INR"))
        let offer = "Ofrecemos S/ 4,100 mensuales más gratificaciones de ley, movilidad y un bono de S/ 300."
        #expect(Self.decide(offer, country: "PE").salary == Self.pay(49_200, 49_200, "PEN"))
        let slovak = "Ponúkame: mzda od 1 600 € brutto mesačne podľa skúseností, stravné lístky."
        #expect(Self.decide(slovak, country: "SK").salary == Self.pay(19_200, nil, "EUR"))
    }

    @Test("the line under a heading that names pay is about pay; a heading of perks is not")
    func payHeading() {
        let lever = "Compensation\n$24 - $29 per hour based on experience, dental after three months, a $600 allowance."
        #expect(Self.decide(lever, country: "US").salary == Self.pay(49_920, 60_320, "USD"))
        let workday = "Package\n£38,000 per annum on a four-on four-off pattern, overtime at time and a half."
        #expect(Self.decide(workday, country: "GB").salary == Self.pay(38_000, 38_000, "GBP"))
        let perks = "Perks\n$600 towards a home office, reviewed every year with your manager."
        #expect(Self.decide(perks, country: "US").salary == nil)
        #expect(SalaryContext.linesUnderPayHeading("Compensation & Benefits\n$2,000 a year").isEmpty)
    }

    @Test("a certificate's Level II or ECE II is no rung, nor a carer's '-begeleider'; a Swiss Lernende:r is entry")
    func levels() {
        #expect(ExperienceLevelRule.fromTitle("Certified Dental Assistant (Level II)") == nil)
        #expect(ExperienceLevelRule.fromTitle("Software Engineer Level II") == .mid)
        #expect(ExperienceLevelRule.fromTitle("Sterile Processing Technician II") == .mid)
        #expect(ExperienceLevelRule.fromTitle("Lernende:r Kauffrau/Kaufmann EFZ") == .entry)
        // Alberta's "ECE II" grades the educator's certificate; a Dutch "-begeleider" is a carer.
        #expect(ExperienceLevelRule.fromTitle("Early Childhood Educator (ECE II) – Infant Room") == nil)
        #expect(ExperienceLevelRule.fromTitle("Pedagogisch begeleider BSO") == nil)
        #expect(ExperienceLevelRule.fromTitle("Woonbegeleider gehandicaptenzorg") == nil)
        #expect(ExperienceLevelRule.fromTitle("Zugbegleiter (m/w/d)") == nil)
        #expect(ExperienceLevelRule.fromTitle("Teamleider magazijn") == .lead)
    }

    @Test("a place that contradicts itself keeps what no one disputes, leaves the rest empty and warns")
    func contradictoryPlaces() {
        // A region by name that is another country's: the city is kept, state and country are not,
        // and the gazetteer does not refill the country from the city's name.
        let hamilton = LocationRule.placesAndDoubts(
            addresses: [RawAddress(city: "Hamilton", region: "Ontario", country: "New Zealand")], locations: [])
        #expect(LocationRule.primary(of: hamilton.places) == PostingPlace(city: "Hamilton"))
        #expect(hamilton.warnings.count == 1)
        // The same address with its own country is no doubt.
        let canada = LocationRule.placesAndDoubts(
            addresses: [RawAddress(city: "Hamilton", region: "Ontario", country: "Canada")], locations: [])
        #expect(LocationRule.primary(of: canada.places) == PostingPlace(city: "Hamilton", state: "ON", country: "CA"))
        #expect(canada.warnings.isEmpty)
        // A state field that disagrees with the location text for the same city: no state.
        let springfield = LocationRule.placesAndDoubts(
            addresses: [RawAddress(city: "Springfield", region: "Missouri", country: "United States")],
            locations: ["Springfield, IL"])
        #expect(LocationRule.primary(of: springfield.places) == PostingPlace(city: "Springfield", country: "US"))
        #expect(springfield.warnings.count == 1)
        let agreeing = LocationRule.placesAndDoubts(
            addresses: [RawAddress(city: "Springfield", region: "Illinois", country: "United States")],
            locations: ["Springfield, IL"])
        #expect(agreeing.warnings.isEmpty)
        #expect(LocationRule.primary(of: agreeing.places)?.state == "IL")
    }

    @Test("the capitals of Austria's states and Italy's regions name their country alone")
    func regionalCapitals() {
        for (name, country) in [
            ("Eisenstadt", "AT"), ("Sankt Pölten", "AT"), ("Bregenz", "AT"), ("Campobasso", "IT"), ("Perugia", "IT"),
        ] {
            #expect(PlaceGazetteer.city(name)?.country == country, "\(name)")
        }
    }

    @Test("a Japanese address is prefecture, then city, with no separator")
    func japaneseAddress() {
        #expect(LocationRule.place(in: "東京都渋谷区") == PostingPlace(city: "渋谷区", state: "東京都", country: "JP"))
        #expect(LocationRule.place(in: "大阪府大阪市北区") == PostingPlace(city: "大阪市", state: "大阪府", country: "JP"))
        #expect(LocationRule.place(in: "福岡県") == PostingPlace(state: "福岡県", country: "JP"))
    }

    @Test("a fixed term in the title outranks the field's hours; Brazil's 'Contratação PJ' is a contract")
    func employmentTypes() {
        #expect(
            EmploymentTypeRule.employmentType(field: "fulltime", title: "Assistante RH (H/F) – CDD 9 mois") == .contract
        )
        #expect(EmploymentTypeRule.employmentType(field: "fulltime", title: "Assistante RH (H/F)") == .fullTime)
        #expect(EmploymentTypeRule.employmentType(field: "Full-time", title: "Contract Manager") == .fullTime)
        let text = "Criamos produtos digitais.\nContratação PJ: R$ 9.000 por mês, 100% remoto."
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Redator", text: text) == .contract)
        #expect(EmploymentTypeText.stated("Contratação CLT, vale-refeição e plano de saúde.") == .fullTime)
    }

    @Test("what did not move: a bare euro month outside the month-quoting countries, aguinaldo")
    func unmoved() {
        // A German figure without its period is still ambiguous: a month's, or a perk.
        #expect(Self.decide("Gehalt: 3.400 € brutto", country: "DE").salary == nil)
        // "aguinaldo de 30 días" stays outside the yearly figure, as fresh5 labels it.
        let mexico = "Sueldo: $30,000 MXN brutos mensuales + aguinaldo de 30 días."
        #expect(Self.decide(mexico, country: "MX").salary == Self.pay(360_000, 360_000, "MXN"))
        // A single figure with one year of training named is no range.
        #expect(
            Self.decide("Lohn pro Monat: CHF 800 (1. Lehrjahr).", country: "CH").salary == Self.pay(9_600, 9_600, "CHF")
        )
    }
}

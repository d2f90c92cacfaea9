// The classes of failure fresh13's first run showed (Tests/Eval/discover/fresh13, issue 18), one
// test per class, each on sentences that are in no eval set: a day rate with the day's hours in
// parentheses, a figure said to include a bonus, salary packaging and tips beside the pay, a label
// naming pay and perks, a six-figure yen sum without its period, the rand's R with a blank,
// Italian "mila" and Romanian "între … și …" ranges, payments named as "prestações" or stated for
// a source's monthly field, a period word that counts days of something else, a month word far
// back; years of experience beside a licence or a qualification and in pt, ro and lv; a title's
// "Entry" that is a record; the years before a source's level field; employment types in Polish
// and "as an independent contractor", a "Training Contract"; hybrid in es, ro and de; region
// names with "and", English counties and Irish "Co." counties; and what must not move with them.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh13's failure classes")
struct RealDataFifteenthPassTests: SalarySentenceChecks {
    @Test("a day rate with the day's hours in parentheses is by the day")
    func dayRateWithHours() {
        #expect(Self.decide("Day rate (10 hrs) £210.00", country: "GB").salary == Self.pay(54_600, 54_600, "GBP"))
        #expect(Self.decide("Tagessatz (8 Std.): 480 €", country: "DE").salary == Self.pay(124_800, 124_800, "EUR"))
        // An hourly rate stays hourly, and hours that are not in parentheses are still the period.
        #expect(Self.decide("Hourly rate: £15.50", country: "GB").salary == Self.pay(32_240, 32_240, "GBP"))
        #expect(Self.decide("Pay: £12.40 per hour.", country: "GB").salary == Self.pay(25_792, 25_792, "GBP"))
    }

    @Test("what a figure is said to include is part of it; salary packaging and tips are not pay")
    func includedPackagingTips() {
        let german = "Jahresgehalt: 64.000 – 70.000 € brutto (inkl. Urlaubsgeld)."
        #expect(Self.decide(german, country: "DE").salary == Self.pay(64_000, 70_000, "EUR"))
        let english = "Salary: £41,000 per annum including London weighting."
        #expect(Self.decide(english, country: "GB").salary == Self.pay(41_000, 41_000, "GBP"))
        let packaging = "Salary packaging up to $9,010 a year and a meal entertainment card."
        #expect(Self.decide(packaging, country: "AU").salary == nil)
        let tips = "Salário competitivo, gorjetas (cerca de 250 € por mês) e refeições."
        #expect(Self.decide(tips, country: "PT").salary == nil)
        let spanish = "Sueldo según convenio, propinas de 200 € al mes de media."
        #expect(Self.decide(spanish, country: "ES").salary == nil)
        // A perk still owns its figure when the sentence's salary comes first.
        let benefit = "Salary: $61,000 a year, a $1,200 phone allowance."
        #expect(Self.decide(benefit, country: "US").salary == Self.pay(61_000, 61_000, "USD"))
    }

    @Test("a label naming pay and perks heads the list; a label naming a perk of the pay does not")
    func payAndPerksLabel() {
        let label = "Salary & benefits: $72,000 – $80,000 a year, dental and a $500 gym stipend."
        #expect(Self.decide(label, country: "US").salary == Self.pay(72_000, 80_000, "USD"))
        #expect(Self.decide("Salary packaging: $15,900 a year.", country: "AU").salary == nil)
    }

    @Test("a six-figure yen sum without its period is a month's pay")
    func yenByTheMonth() {
        let text = "給与：基本給 210,000円～260,000円（経験・資格による）、賞与年2回。"
        #expect(Self.decide(text, country: "JP").salary == Self.pay(2_520_000, 3_120_000, "JPY"))
        #expect(Self.decide("月給 250,000円", country: "JP").salary == Self.pay(3_000_000, 3_000_000, "JPY"))
        #expect(Self.decide("年収 4,500,000円～5,500,000円", country: "JP").salary == Self.pay(4_500_000, 5_500_000, "JPY"))
    }

    @Test("the rand with a blank, Italian 'mila', Romanian 'între … și …'")
    func figuresAndRanges() {
        let rand = "Salary: R 22 000 per month, a cellphone allowance and medical aid."
        #expect(Self.decide(rand, country: "ZA").salary == Self.pay(264_000, 264_000, "ZAR"))
        // Elsewhere a capital R before a figure is no currency.
        #expect(Self.decide("Salary: R 22 000 per month.", country: "US").salary == nil)
        let italian = "RAL tra 28 e 31 mila euro, buoni pasto e welfare aziendale."
        #expect(Self.decide(italian, country: "IT").salary == Self.pay(28_000, 31_000, "EUR"))
        let romanian = "Salariu brut între 6.000 și 7.200 lei pe lună."
        #expect(Self.decide(romanian, country: "RO").salary == Self.pay(72_000, 86_400, "RON"))
    }

    @Test("payments named as instalments, and stated for a source's monthly pay field")
    func paymentsAYear() {
        let portuguese = "Vencimento de 1.300 € por mês, pago em 14 prestações."
        #expect(Self.decide(portuguese, country: "PT").salary == Self.pay(18_200, 18_200, "EUR"))
        let field = RawSalary(minimum: 2_400, maximum: 2_900, currency: "EUR", period: "month")
        let austrian = "Das Monatsgehalt wird 14-mal jährlich ausbezahlt."
        #expect(Self.decide(austrian, country: "AT", salary: field).salary == Self.pay(33_600, 40_600, "EUR"))
        // Without such a sentence the field is twelve months, and a count with no pay word is none.
        #expect(
            Self.decide("Wir freuen uns auf dich.", country: "AT", salary: field).salary
                == Self.pay(28_800, 34_800, "EUR"))
        let events = "Wir feiern 14-mal im Jahr gemeinsam."
        #expect(Self.decide(events, country: "AT", salary: field).salary == Self.pay(28_800, 34_800, "EUR"))
    }

    @Test("a period word that counts days of something else is not the figure's; a month word far back is")
    func periodsAround() {
        let swiss = "Jahreslohn CHF 98'000 – 110'000, Dienstwagen und zwei Homeoffice-Tage pro Woche."
        #expect(Self.decide(swiss, country: "CH").salary == Self.pay(98_000, 110_000, "CHF"))
        let swedish = "Månadslön enligt Bussbranschavtalet, från 31 000 kr."
        #expect(Self.decide(swedish, country: "SE").salary == Self.pay(372_000, nil, "SEK"))
    }

    @Test(
        "years beside a licence or a qualification, and requirement asks in pt, ro and lv",
        arguments: [
            ("Class 1 licence and 3+ years of linehaul driving.", 3),
            ("Carnet de conducir B y 2 años de experiencia en reparto.", 2),
            ("A current plumbing licence, and 4 years of commercial work.", 4),
            ("BSc in Nursing, current NMC registration and 2 years of ward nursing.", 2),
            ("Chartered accountant (ACA or ACCA) with 5 years in audit.", 5),
            ("3 anos como rececionista de hotel.", 3),
            ("Minim 2 ani ca tehnician de service.", 2),
            ("Vismaz 3 gadu pieredze loģistikā.", 3),
        ] as [(String, Int)])
    func yearsBesideQualifications(_ text: String, _ years: Int) {
        #expect(YearsOfExperience.minimum(in: text) == years, "\(text)")
    }

    @Test(
        "years that are still no ask",
        arguments: [
            "A full driving licence held for 2+ years.",
            "A sign-on bonus for drivers with 3+ years.",
            "We are a certified B Corp with 12 years in the market.",
            "Somos una empresa con 20 años en el sector.",
        ])
    func stillNoAsk(_ text: String) {
        #expect(YearsOfExperience.minimum(in: text) == nil, "\(text)")
    }

    @Test("a title's 'Entry' is a rung only as 'Entry Level' or last; the years come before a coarse level field")
    func entryAndOrder() {
        #expect(ExperienceLevelRule.fromTitle("Data Entry Clerk") == nil)
        #expect(ExperienceLevelRule.fromTitle("Order Entry Coordinator") == nil)
        #expect(ExperienceLevelRule.fromTitle("Entry Level Field Technician") == .entry)
        #expect(ExperienceLevelRule.fromTitle("Payroll Administrator (Entry)") == .entry)
        let text = "Requisiti: 3 anni di esperienza nella manutenzione."
        #expect(ExperienceLevelRule.level(title: "Manutentore", field: "Mid-Senior Level", text: text) == .mid)
        #expect(ExperienceLevelRule.level(title: "Manutentore", field: "Mid-Senior Level", text: "") == .senior)
        #expect(ExperienceLevelRule.level(title: "Senior Manutentore", field: "Entry Level", text: text) == .senior)
        // A field that is a stored level's own name (the file: format's "entry") is what was recorded.
        #expect(ExperienceLevelRule.level(title: "Manutentore", field: "entry", text: text) == .entry)
        #expect(ExperienceLevelRule.level(title: "Manutentore", field: " Senior ", text: text) == .senior)
    }

    @Test("employment types: Polish contracts, 'as an independent contractor', a training contract")
    func employmentTypes() {
        let polish = "PLN 9 000 – 11 000 brutto (umowa o pracę), karta sportowa."
        #expect(EmploymentTypeText.stated(polish) == .fullTime)
        #expect(EmploymentTypeText.stated("Stawka 140 PLN/h netto (umowa B2B).") == .contract)
        let contractor = "EUR 3,000 – 3,600 per month as an independent contractor, invoiced monthly."
        #expect(EmploymentTypeText.stated(contractor) == .contract)
        #expect(EmploymentTypeText.stated("Ten years of work as an independent contractor in film.") == nil)
        #expect(
            EmploymentTypeRule.employmentType(field: "Full-time", title: "Trainee Accountant (Training Contract)")
                == .fullTime)
        #expect(
            EmploymentTypeRule.employmentType(field: "Full-time", title: "Bookkeeper (6-month contract)") == .contract)
    }

    @Test("hybrid stated in es, ro and de")
    func hybridLanguages() {
        #expect(WorkplaceText.statesHybrid("Horario de oficina y dos días de teletrabajo a la semana."))
        #expect(WorkplaceText.statesHybrid("Program flexibil, o zi de lucru de acasă pe săptămână."))
        #expect(WorkplaceText.statesHybrid("Zwei Tage Homeoffice pro Woche nach der Einarbeitung."))
        #expect(!WorkplaceText.statesHybrid("Cinco días presenciales en nuestra oficina de Sevilla."))
        #expect(!WorkplaceText.statesHybrid("Un día de formación al mes en Madrid."))
    }

    @Test("region names with 'and', England's counties, Irish 'Co.' counties")
    func places() {
        let spain = LocationRule.placesAndDoubts(addresses: [], locations: ["León, Castile and León, Spain"])
        #expect(
            LocationRule.primary(of: spain.places)
                == PostingPlace(city: "León", state: "Castile and León", country: "ES"))
        for (location, country) in [
            ("Scunthorpe, Lincolnshire", "GB"), ("Tralee, Co. Kerry", "IE"), ("Letterkenny, County Donegal", "IE"),
            ("Omagh, Co. Tyrone", "GB"),
        ] {
            let found = LocationRule.placesAndDoubts(addresses: [], locations: [location])
            #expect(LocationRule.primary(of: found.places)?.country == country, "\(location)")
        }
        // Places joined by "and" are still two.
        let two = LocationRule.placesAndDoubts(addresses: [], locations: ["Leeds and Manchester"])
        #expect(two.places.count == 2)
    }

    @Test("what did not move: a starting rate, a yearly yen sum, a Nordic month, a licence held")
    func unmoved() {
        #expect(Self.decide("Starting rate $24.00 per hour.", country: "US").salary == Self.pay(49_920, nil, "USD"))
        #expect(Self.decide("Månadslön 36 000 kr.", country: "SE").salary == Self.pay(432_000, 432_000, "SEK"))
        #expect(Self.decide("Salary: $1,500 sign-on bonus.", country: "US").salary == nil)
        #expect(YearsOfExperience.minimum(in: "5+ years of backend development") == 5)
        #expect(ExperienceLevelRule.fromTitle("Junior Accountant") == .entry)
        #expect(LocationRule.place(in: "Kent, WA")?.country == "US")
    }
}

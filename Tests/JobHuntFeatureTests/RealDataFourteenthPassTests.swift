// The classes of failure fresh12's first run showed (Tests/Eval/discover/fresh12, issue 18), one
// test per class, each on sentences that are in no eval set: a rate for every completed lesson, a
// bonus named a few words before its ceiling, profit sharing, an apprentice's pay table written
// year first, dollars with their country's letters ("TT$"); a dotted Mexican state in an address,
// a six-digit postcode beside a city-state, a town the gazetteer lacks with a three-letter
// Australian state; years of experience as requirement lists write them, in months, and in it,
// es, pt, pl and sv; a Swedish "Rektor"; "Independent contractor:" and "Colaboración freelance:";
// and what must not move with them.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh12's failure classes")
struct RealDataFourteenthPassTests: SalarySentenceChecks {
    @Test("a rate for every completed lesson is by the piece, not the hour: no salary, the sentence kept")
    func perLesson() {
        for text in [
            "Tutors earn $12 for every completed 30-minute class, plus a bonus when students rebook.",
            "We pay €20 per 45-minute session.",
        ] {
            let decision = Self.decide(text, country: "US")
            #expect(decision.salary == nil, "\(text)")
            #expect(decision.evidence != nil, "\(text)")
        }
        // An hourly rate with the length of a shift after it is still by the hour.
        #expect(Self.decide("Pay: $21 per hour.", country: "US").salary == Self.pay(43_680, 43_680, "USD"))
    }

    @Test("a bonus named before its ceiling and profit sharing are not the role's pay")
    func bonusAndProfitSharing() {
        let portuguese = "Remuneração competitiva, prémio anual por objetivos até 2.500 € e seguro de saúde."
        #expect(Self.decide(portuguese, country: "PT").salary == nil)
        let dutch = "Salaris volgens cao, een winstdelingsregeling tot € 1.800 per jaar en 25 vakantiedagen."
        #expect(Self.decide(dutch, country: "NL").salary == nil)
        // The salary in the same sentence is still read when it is stated.
        let stated = "Salário de 1.200 € brutos x 14 meses, prémio anual até 1.000 € e seguro de saúde."
        #expect(Self.decide(stated, country: "PT").salary == Self.pay(16_800, 16_800, "EUR"))
    }

    @Test("an apprentice's pay table written year first is the first year's figure to the last's")
    func trainingYearsFirst() {
        let text = "Ausbildungsvergütung: 1. Jahr 1.050 €, 2. Jahr 1.150 €, 3. Jahr 1.300 € monatlich."
        #expect(Self.decide(text, country: "DE").salary == Self.pay(12_600, 15_600, "EUR"))
        let lehrjahr = "Vergütung: 1. Lehrjahr 980 €, 2. Lehrjahr 1.080 € im Monat."
        #expect(Self.decide(lehrjahr, country: "DE").salary == Self.pay(11_760, 12_960, "EUR"))
        let english = "Apprentice pay: Year 1: £14,000, Year 2: £16,500, Year 3: £19,000."
        #expect(Self.decide(english, country: "GB").salary == Self.pay(14_000, 19_000, "GBP"))
    }

    @Test("dollars written with their country's letters are that country's currency")
    func lettersBeforeTheDollar() {
        let trinidad = "TT$6,000 – TT$7,200 per month, a health plan and a uniform allowance."
        #expect(Self.decide(trinidad, country: "TT").salary == Self.pay(72_000, 86_400, "TTD"))
        let jamaica = "Salary: J$2,400,000 per annum."
        #expect(Self.decide(jamaica, country: "JM").salary == Self.pay(2_400_000, 2_400_000, "JMD"))
    }

    @Test("a dotted Mexican state disputes nothing; six-digit postcodes; a three-letter Australian state")
    func places() {
        let mexico = LocationRule.placesAndDoubts(
            addresses: [RawAddress(city: "San Pedro Garza García", region: "N.L.", country: "MX")], locations: [])
        #expect(
            LocationRule.primary(of: mexico.places)
                == PostingPlace(city: "San Pedro Garza García", state: "N.L.", country: "MX"))
        #expect(mexico.warnings.isEmpty)
        #expect(LocationRule.place(in: "Singapore 018989") == PostingPlace(city: "Singapore", country: "SG"))
        #expect(LocationRule.place(in: "Dubbo NSW 2830") == PostingPlace(city: "Dubbo", state: "NSW", country: "AU"))
        #expect(LocationRule.place(in: "Bundaberg QLD") == PostingPlace(city: "Bundaberg", state: "QLD", country: "AU"))
    }

    @Test(
        "years of experience as requirement lists write them",
        arguments: [
            ("Requirements: 3 years in payroll, fluent French.", 3),
            ("You have 2 years as a shift supervisor in a hotel.", 2),
            ("Diploma in logistics; 1 to 2 years in freight forwarding.", 1),
            ("Journeyman card, and 4 years on commercial sites.", 4),
            ("<li>3 years managing a small team</li>", 3),
            ("18 months' warehouse experience and a forklift ticket.", 1),
            ("6 months of call-centre experience is an advantage.", 0),
            ("1 año de experiencia en caja.", 1),
            ("1 ano de experiência em hotelaria.", 1),
            ("2 anni di esperienza in contabilità.", 2),
            ("4 lata doświadczenia w księgowości.", 4),
            ("Lärarlegitimation och minst 3 års erfarenhet som lärare.", 3),
        ] as [(String, Int)])
    func yearsAsListsWriteThem(_ text: String, _ years: Int) {
        #expect(YearsOfExperience.minimum(in: text) == years, "\(text)")
    }

    @Test(
        "years that are no ask of experience stay unread",
        arguments: [
            "We have 15 years in the market and 40 stores.",
            "Founded 12 years ago in Leeds.",
            "PTCB certification within 12 months of hire.",
            "A retention bonus after 12 months of service.",
            "The programme runs for 2 years of rotations across three sites.",
        ])
    func notAsks(_ text: String) {
        #expect(YearsOfExperience.minimum(in: text) == nil, "\(text)")
    }

    @Test("a Swedish or German 'Rektor' heads a school")
    func rektor() {
        #expect(ExperienceLevelRule.fromTitle("Rektor till Lindskolan F–6") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Rektorin (m/w/d) Grundschule") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Lärare i matematik") == nil)
    }

    @Test("a clause that names an independent contractor or a freelance collaboration states a contract")
    func contractorClauses() {
        #expect(EmploymentTypeText.stated("Independent contractor: USD 2,400 – 2,900 per month.") == .contract)
        #expect(EmploymentTypeText.stated("Colaboración freelance: tarifa de ARS 80 por palabra.") == .contract)
        #expect(EmploymentTypeText.stated("We work with independent contractors across Europe.") == nil)
    }

    @Test("what did not move: per annum, per visit, a year-after training table, an ordinary bonus")
    func unmoved() {
        #expect(Self.decide("Salary: £31,000 per annum.", country: "GB").salary == Self.pay(31_000, 31_000, "GBP"))
        #expect(Self.decide("Pay: $35 per visit.", country: "US").salary == nil)
        let swiss = "Lohn pro Monat: CHF 800 (1. Lehrjahr), CHF 1'100 (2. Lehrjahr), CHF 1'450 (3. Lehrjahr)."
        #expect(Self.decide(swiss, country: "CH").salary == Self.pay(9_600, 17_400, "CHF"))
        let bonus = "Base salary $90,000 – $110,000 plus bonus and equity."
        #expect(Self.decide(bonus, country: "US").salary == Self.pay(90_000, 110_000, "USD"))
        #expect(LocationRule.place(in: "Darwin NT") == PostingPlace(city: "Darwin", state: "NT", country: "AU"))
        #expect(LocationRule.place(in: "75008 Paris")?.city == "Paris")
        #expect(YearsOfExperience.minimum(in: "5+ years of backend development") == 5)
    }
}

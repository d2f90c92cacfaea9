// The classes of failure fresh4's first run showed (Tests/Eval/discover/fresh4, issue 18),
// one test per class: payments counted after the period, the year of a training scheme read
// as a period, a minimum named as such, meal cheques, a progression, a pay line followed by its
// perks, lakhs without a currency mark, Nordic crowns, a contractor's "Budget:", Polish
// periods, a bare "$" in a pay field, places joined by a slash, "Kiel, DE", Indeed's French
// and Dutch region codes, source levels and types, and relative posting dates.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh4's failure classes")
struct RealDataFourthPassTests: SalarySentenceChecks {
    @Test(
        "a count of months after the figure's own month word, or a bare count after x, is payments a year",
        arguments: [
            ("Salário: 1.600 € - 1.900 € brutos por mês, 14 meses.", 22_400, 26_600),
            ("Salário base de 1.800 € por mês, 14 meses, mais comissões.", 25_200, 25_200),
            ("Salário: 2.200 € brutos mensais x 14 + seguro de saúde.", 30_800, 30_800),
            ("Salário: 2.200 € brutos mensais × 14.", 30_800, 30_800),
        ])
    func paymentsAfterPeriod(_ text: String, _ low: Int, _ high: Int) {
        #expect(Self.decide(text).salary == Self.pay(low, high, "EUR"), "\(text)")
    }

    @Test("a contract's length is not a count of payments")
    func contractLength() {
        #expect(
            Self.decide("Salaire : 2 000 € brut par mois pendant 14 mois.").salary == Self.pay(24_000, 24_000, "EUR"))
    }

    @Test("the year of a training scheme is not a period of pay: nothing is stored, the sentence is kept")
    func trainingYear() {
        let text = "Ausbildungsvergütung: 1. Jahr 1.100 €, 2. Jahr 1.200 €, 3. Jahr 1.300 €."
        let decision = Self.decide(text)
        #expect(decision.salary == nil)
        #expect(decision.evidence == text)
        #expect(Self.decide("Second year: 1.200 € per month.").salary == Self.pay(14_400, 14_400, "EUR"))
    }

    @Test("a minimum named as such fills only the minimum")
    func namedMinimum() {
        let text = "Das kollektivvertragliche Mindestgehalt beträgt 3.900 € brutto pro Monat (14 Gehälter)."
        #expect(Self.decide(text).salary == Self.pay(54_600, nil, "EUR"))
        #expect(Self.decide("Minimum salary of £30,000 per annum.").salary == Self.pay(30_000, nil, "GBP"))
    }

    @Test("meal cheques and vouchers are perks, in any compound")
    func cheques() {
        let text = "Bedrijfswagen, maaltijdcheques van € 8 per dag en een competitief loon."
        #expect(Self.decide(text).salary == nil)
    }

    @Test("pay that rises over time is a range from the first figure to the last")
    func progression() {
        let text = "First-year trainees earn £32,000, rising to £34,000 in the second year."
        #expect(Self.decide(text).salary == Self.pay(32_000, 34_000, "GBP"))
    }

    @Test(
        "a sentence that opens with the pay and then lists perks is pay",
        arguments: [
            ("Lead a shift of 14. €16.50 per hour plus shift allowance of €2 per hour.", 34_320, 34_320, "EUR"),
            ("€55k - €68k a year, €1,000 training budget.", 55_000, 68_000, "EUR"),
        ])
    func payThenPerks(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test(
        "money with other words before it, or a perk in its own item, is still not pay",
        arguments: [
            "Backed by $2M, Series A investors.",
            "$1,500 annual wellness budget, plus a gym membership.",
            "We raised €25 million, and grow fast.",
        ])
    func notPayStill(_ text: String) {
        #expect(Self.decide(text).salary == nil, "\(text)")
    }

    @Test("lakhs and crores are rupees without a mark")
    func lakhs() {
        #expect(Self.decide("Compensation: 18-24 LPA.").salary == Self.pay(1_800_000, 2_400_000, "INR"))
    }

    @Test("a Nordic 'kr' is the crown of the posting's country, and nothing in another country's")
    func crowns() {
        let text = "Lön: 55 000 – 65 000 kr per månad."
        #expect(Self.decide(text, country: "SE").salary == Self.pay(660_000, 780_000, "SEK"))
        #expect(Self.decide("Lønn: 650 000 kr i året.", country: "NO").salary == Self.pay(650_000, 650_000, "NOK"))
        #expect(Self.decide("Timlön 155 kr.", country: "SE").salary == Self.pay(322_400, 322_400, "SEK"))
        // With no country, the Swedish "Lön" names the crown (fresh7; RealDataSeventhPassTests).
        #expect(Self.decide(text).salary == Self.pay(660_000, 780_000, "SEK"))
        #expect(Self.decide("Salary: 55 000 – 65 000 kr per month.").salary == nil)
        #expect(Self.decide(text, country: "DE").salary == nil)
    }

    @Test("a contractor's 'Budget:' per hour or day is the rate; any other budget is not pay")
    func rateBudget() {
        #expect(
            Self.decide("Budget: €500-€600/day for a six-month engagement.").salary
                == Self.pay(130_000, 156_000, "EUR"))
        #expect(Self.decide("Budget: €1,000 per year for books.").salary == nil)
        #expect(Self.decide("Learning budget: $50/day at conferences.").salary == nil)
    }

    @Test("Polish period words")
    func polish() {
        let text = "Stawka: 25 000 - 30 000 PLN netto + VAT miesięcznie (B2B)."
        #expect(Self.decide(text).salary == Self.pay(300_000, 360_000, "PLN"))
    }

    @Test("a bare '$' in a pay field is the country's dollar, else USD; never a salary without currency")
    func dollarField() {
        let field = PayText.salary("$150k - $190k, 0.5-1.0%")
        #expect(field?.currency == "$")
        #expect(Self.decide("", salary: field).salary == Self.pay(150_000, 190_000, "USD"))
        #expect(Self.decide("", country: "CA", salary: field).salary == Self.pay(150_000, 190_000, "CAD"))
    }

    @Test("countries or areas joined by a bare slash are several places; other slashes are not split")
    func slashCountries() {
        let places = LocationRule.places(in: "REMOTE (US/Canada)")
        #expect(places.map(\.country) == ["US", "CA"])
        #expect(places.allSatisfy { $0.workplace == .remote })
        #expect(LocationRule.places(in: "Design/Build, Denver, CO").count == 1)
    }

    @Test("'City, DE' is Germany unless the city is one of Delaware's")
    func delaware() {
        let kiel = LocationRule.places(addresses: [], locations: ["Kiel, DE"])
        #expect(kiel.first?.city == "Kiel" && kiel.first?.country == "DE" && kiel.first?.state == nil)
        let wilmington = LocationRule.places(addresses: [], locations: ["Wilmington, DE"])
        #expect(wilmington.first?.state == "DE" && wilmington.first?.country == "US")
    }

    @Test(
        "a region code only one country uses names the country and becomes the region's name",
        arguments: [("Nancy, GES", "Grand Est", "FR"), ("Zwolle, OV", "Overijssel", "NL")])
    func regionCodes(_ text: String, _ state: String, _ country: String) {
        let place = LocationRule.places(addresses: [], locations: [text]).first
        #expect(place?.state == state && place?.country == country, "\(text)")
    }

    @Test("source levels and types: Personio's 'experienced' is no level, students are entry, B2B is a contract")
    func sourceVocabulary() {
        #expect(ExperienceLevelRule.fromField("experienced") == nil)
        #expect(ExperienceLevelRule.fromField("student_college") == .entry)
        #expect(ExperienceLevelRule.fromField("student") == .entry)
        #expect(ExperienceLevelRule.level(title: "Praktikum People & Culture", field: nil, text: "") == .entry)
        #expect(EmploymentTypeRule.named("B2B") == .contract)
        // A working student is employed part-time beside a degree (every labelled set files the
        // Werkstudent postings part-time); an internship is Personio's `intern`.
        #expect(EmploymentTypeRule.named("working_student") == .partTime)
    }

    @Test("Personio: an intern position is an internship whatever its schedule")
    func personioIntern() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workzag-jobs><position><id>7</id><office>Berlin</office><name>Praktikum Marketing</name>
            <employmentType>intern</employmentType><schedule>full-time</schedule>
            <createdAt>2026-11-17T09:00:00+01:00</createdAt></position>
            <position><id>8</id><office>Berlin</office><name>Marketing Manager</name>
            <employmentType>permanent</employmentType><schedule>part-time</schedule></position></workzag-jobs>
            """
        let result = try PersonioParser().parse(
            Data(xml.utf8),
            context: SourceContext(token: "acme", baseURL: URL(string: "https://acme.jobs.personio.de/xml")))
        #expect(result.postings.map(\.employmentType) == ["intern", "part-time"])
    }

    @Test(
        "a relative posting date resolves against the fetch time",
        arguments: [
            ("Posted Today", "2026-12-01"), ("Posted Yesterday", "2026-11-30"), ("Posted 3 Days Ago", "2026-11-28"),
            ("posted 2 weeks ago", "2026-11-17"), ("il y a 2 jours", "2026-11-29"), ("vor 3 Tagen", "2026-11-28"),
            ("hace 3 días", "2026-11-28"), ("há 1 dia", "2026-11-30"), ("5 dagen geleden", "2026-11-26"),
            ("Posted 5 hours ago", "2026-11-30"),
        ])
    func relativeDates(_ phrase: String, _ day: String) {
        let now = Date(timeIntervalSince1970: 1_796_100_000)  // 2026-12-01T04:40:00Z
        #expect(RelativeDate.day(phrase, now: now)?.description == day, "\(phrase)")
    }

    @Test("an open-ended or unknown relative date stores nothing and warns")
    func unresolvableDate() throws {
        let now = Date(timeIntervalSince1970: 1_796_083_200)
        for phrase in ["Posted 30+ Days Ago", "more than a month ago", "recently"] {
            #expect(RelativeDate.day(phrase, now: now) == nil, "\(phrase)")
        }
        var raw = RawPosting(sourcePlatform: "workday", url: "https://x.example/1", title: "Geologist")
        raw.postedRelative = "Posted 30+ Days Ago"
        let posting = try PostingNormaliser(now: now).normalise(raw)
        #expect(posting.postedDate == nil)
        #expect(posting.warnings.contains { $0.contains("Posted 30+ Days Ago") })
        raw.postedRelative = "Posted 3 Days Ago"
        #expect(try PostingNormaliser(now: now).normalise(raw).postedDate?.description == "2026-11-28")
        raw.postedAt = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(try PostingNormaliser(now: now).normalise(raw).postedDate == DateRule.utcDay(raw.postedAt!))
    }

    @Test("Workday: a detail without startDate passes its postedOn on; one with it does not")
    func workdayRelative() throws {
        func detail(_ start: String?) -> Data {
            var info: [String: Any] = [
                "title": "Geologist",
                "externalUrl": "https://acme.wd3.myworkdayjobs.com/External/job/Perth/Geologist_R1",
                "postedOn": "Posted 3 Days Ago", "jobReqId": "R1",
            ]
            if let start { info["startDate"] = start }
            return try! JSONSerialization.data(withJSONObject: ["jobPostingInfo": info])
        }
        let context = SourceContext(token: "acme")
        let relative = try WorkdayParser().parse(detail(nil), context: context).postings[0]
        #expect(relative.postedAt == nil && relative.postedRelative == "Posted 3 Days Ago")
        let dated = try WorkdayParser().parse(detail("2026-11-02"), context: context).postings[0]
        #expect(dated.postedAt != nil && dated.postedRelative == nil)
    }
}

// The classes of fresh9's last misses, as general rules (issue 18): pay scales and grades,
// an intern's stipend under its own names, a pay table's row for this job, an employment type
// the text states, a qualification's numeral, seniority words in more languages, and the
// funding aside boards add to a company's name. Sentences are modelled on how public pages
// word these things (pay spines and grades, French "gratification", Brazilian "bolsa-auxílio",
// Italian "indennità di partecipazione", zero-hours and casual contracts); none is from an
// eval set.
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh9's last miss classes")
struct RealDataEleventhPassTests: SalarySentenceChecks {
    static func intern(_ text: String) -> YearlySalary? {
        let raw = RawPosting(sourcePlatform: "file", url: "https://x.example/1", title: "Intern")
        return SalaryRule.decide(raw: raw, text: text, country: nil, internship: true).salary
    }

    @Test(
        "a pay scale, band or grade names pay",
        arguments: [
            ("Grade 6, spine point 26 – 30: £26,523 – £29,853 per annum.", 26_523, 29_853, "GBP"),
            ("Union scale: $41.10 per hour plus benefits.", 85_488, 85_488, "USD"),
            ("Paid on the Department of Education scales: €38,000 – €72,000.", 38_000, 72_000, "EUR"),
            ("Band 5: £29,970 – £36,483 per annum, pro rata for part-time hours.", 29_970, 36_483, "GBP"),
            ("Barema: € 3.100 – € 3.900 bruto per maand.", 37_200, 46_800, "EUR"),
        ] as [(String, Int, Int, String)])
    func payScales(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test(
        "'scale' as growth, a band that plays and an education perk are still not pay",
        arguments: [
            "We run payments at scale for 400 merchants and $2 per seat.",
            "Our band plays on Fridays; tickets are €15 at the door.",
            "Education budget of £1,000 a year for courses.",
            "Help us scale the platform: we are backed by $12M from investors.",
            "Our ledger scales to $40k of transactions a month without a hitch.",
        ])
    func notScales(_ text: String) {
        #expect(Self.decide(text).salary == nil, "\(text)")
    }

    @Test(
        "an intern's stipend, named as the sentence's subject, is the intern's pay",
        arguments: [
            ("Gratification : 800 € par mois + tickets restaurant.", 9_600, "EUR"),
            ("Bolsa-auxílio de R$ 1.500 por mês e ainda auxílio-transporte de R$ 200 por mês.", 18_000, "BRL"),
            ("Indennità di partecipazione: 600 euro mensili lordi.", 7_200, "EUR"),
            ("Monthly stipend of $3,000 during the 12-week programme.", 36_000, "USD"),
            ("Ayuda al estudio: 700 € al mes.", 8_400, "EUR"),
        ] as [(String, Int, String)])
    func internPay(_ text: String, _ yearly: Int, _ currency: String) {
        #expect(Self.intern(text) == Self.pay(yearly, yearly, currency), "\(text)")
    }

    @Test("a perk named as a stipend stays a perk, for interns and for everyone else")
    func internPerks() {
        #expect(Self.intern("Housing allowance: $500 per month for interns from out of town.") == nil)
        #expect(Self.intern("Meal stipend of $15 per day.") == nil)
        // Outside an internship a stipend is never the pay.
        #expect(Self.decide("Monthly stipend of $3,000 for home office and travel.").salary == nil)
    }

    @Test("a pay table's row that says it is this job's wins over the other rows")
    func payTable() {
        let text = """
            Shift | Pay range
            Day shift $19.00 - $21.00 per hour
            Night shift (this position) $21.50 - $23.50 per hour
            Weekend shift $24.00 - $26.00 per hour
            """
        #expect(Self.decide(text).salary == Self.pay(44_720, 48_880, "USD"))
        // Without the mark, another shift's row is not taken for this job's.
        #expect(Self.decide("Weekend night shift $24.00 - $26.00 per hour").salary == nil)
    }

    @Test(
        "an employment type the text states as a clause",
        arguments: [
            ("Full-time, permanent. Based in our Leeds office.", EmploymentType.fullTime),
            ("This is a part-time role (20 hours a week).", .partTime),
            ("Casual role, 10–25 hours a week across weekends.", .partTime),
            ("Job type: Casual", .partTime),
            ("Zero hours contract; shifts offered a week ahead.", .partTime),
            ("Fixed-term contract, 12 months, maternity cover.", .contract),
            ("Vollzeit, unbefristet.", .fullTime),
            ("Permanent part-time, Monday to Wednesday.", .partTime),
        ] as [(String, EmploymentType)])
    func statedType(_ text: String, _ type: EmploymentType) {
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Receptionist", text: text) == type, "\(text)")
    }

    @Test(
        "a type inside prose, or a choice of two, states nothing",
        arguments: [
            "We have 40 full-time staff and a busy clinic.",
            "Full-time or part-time hours are available.",
            "Full-time, part-time.",
            "Most interns convert to full-time after graduating.",
            "Dress code: casual. Team: friendly.",
            "Practice areas: Employment, Contract, Property.",
            "Menu: seasonal, local, simple.",
        ])
    func noStatedType(_ text: String) {
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Receptionist", text: text) == nil, "\(text)")
    }

    @Test("the field and the title still come first; contracts as a subject are no terms")
    func typeOrder() {
        #expect(EmploymentTypeRule.employmentType(field: "Part-time", title: "Clerk", text: "Full-time.") == .partTime)
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Smart Contract Engineer") == nil)
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Contract Manager") == nil)
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Video Editor (Contract)") == .contract)
        #expect(EmploymentTypeRule.employmentType(field: "working_student", title: "Data") == .partTime)
        #expect(EmploymentTypeRule.employmentType(field: nil, title: "Werkstudentin Einkauf") == .partTime)
    }

    @Test(
        "a qualification's numeral is no rung; seniority and trainee words in more languages",
        arguments: [
            ("Early Childhood Educator – Cert IV", nil),
            ("Aged Care Worker (Certificate III)", nil),
            ("Software Engineer III", .senior),
            ("Starszy księgowy", .senior),
            ("Viši računovođa", .senior),
            ("Vanemraamatupidaja", .senior),
            ("Stażysta w dziale HR", .entry),
            ("Magang Marketing Digital", .entry),
            ("Gyakornok – pénzügy", .entry),
        ] as [(String, ExperienceLevel?)])
    func levels(_ title: String, _ level: ExperienceLevel?) {
        #expect(ExperienceLevelRule.fromTitle(title) == level, "\(title)")
    }

    @Test(
        "an accelerator batch or funding aside leaves the company's name",
        arguments: [
            ("Acme Robotics (YC S21)", "Acme Robotics"),
            ("Quillmark (Techstars '23)", "Quillmark"),
            ("Fennel Labs (Series A, $8M)", "Fennel Labs"),
            ("Orbit Freight (a16z-backed)", "Orbit Freight"),
            ("Tallow (Y Combinator W22, seed)", "Tallow"),
            // Anything else in parentheses is part of the name.
            ("Acme (Europe) Ltd", "Acme (Europe) Ltd"),
            ("Smith (Holdings)", "Smith (Holdings)"),
            ("Grade (A)", "Grade (A)"),
            ("(YC S21)", "(YC S21)"),
        ])
    func companyNames(_ given: String, _ name: String) {
        #expect(CompanyName.withoutFundingAside(given) == name, "\(given)")
    }
}

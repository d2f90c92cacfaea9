// The salary classes of failure fresh7's first run showed (Tests/Eval/discover/fresh7, issue 18),
// one test per class, each with sentences that are in no eval set: five wrong salaries (a count
// of payments written "14 x jährlich", the Swiss ".–", a period that belonged to a later perk,
// "from" in other languages, "to start" after the figure) and the currencies and languages the
// rules did not read (every ISO 4217 code, local signs and letters, Japanese, Korean,
// Vietnamese, Indonesian, Polish and Turkish units, periods and pay words, the crown of a
// sentence's language).
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh7's failure classes")
struct RealDataSeventhPassTests: SalarySentenceChecks {
    @Test(
        "a monthly figure paid 'N x jährlich' is paid N times a year, after gross or net too",
        arguments: [
            ("Gehalt: € 2.600 brutto monatlich (14 x jährlich).", 36_400, 36_400),
            ("Mindestlohn laut Kollektivvertrag: € 2.400,00 brutto pro Monat (14 x jährlich).", 33_600, nil),
            ("Remuneração: € 1.300 brutos × 14 meses + seguro de saúde.", 18_200, 18_200),
        ] as [(String, Int, Int?)])
    func countedPayments(_ text: String, _ low: Int, _ high: Int?) {
        #expect(Self.decide(text).salary == YearlySalary(minimum: low, maximum: high, currency: "EUR"), "\(text)")
    }

    @Test(
        "the Swiss '.–' after a figure ends it, so a range keeps both ends",
        arguments: [
            ("Jahresgehalt: CHF 95'000.– bis CHF 110'000.–.", 95_000, 110_000),
            ("Salaire : CHF 6'200.– par mois.", 74_400, 74_400),
            ("Lohnspanne: Fr. 88'000.- à 96'000.-", 88_000, 96_000),
        ])
    func swissDash(_ text: String, _ low: Int, _ high: Int) {
        #expect(Self.decide(text, country: "CH").salary == Self.pay(low, high, "CHF"), "\(text)")
    }

    @Test("a period word after 'plus' is a later item's, not the pay's")
    func periodOfLaterItem() {
        #expect(
            Self.decide("Monthly salary: SAR 18,000 – 22,000 (housing included), plus annual leave tickets.").salary
                == Self.pay(216_000, 264_000, "SAR"))
        // Untaxed pay followed by a perk is still pay.
        #expect(
            Self.decide("QAR 21,000 per month tax free + annual return flight.").salary
                == Self.pay(252_000, 252_000, "QAR"))
    }

    @Test(
        "'from', 'up to' and 'to start' in more languages fill one bound only",
        arguments: [
            ("Månadslön från 32 000 kr.", "SE", 384_000, nil, "SEK"),
            ("Timelønn fra 230 kr.", "NO", 478_400, nil, "NOK"),
            ("Lønn opp til 700 000 kr per år.", "NO", nil, 700_000, "NOK"),
            ("Wynagrodzenie od 8 000 zł brutto miesięcznie.", "PL", 96_000, nil, "PLN"),
            ("Pay: $18.50/hour to start.", "US", 38_480, nil, "USD"),
            ("給与：月給25万円以上", "JP", 3_000_000, nil, "JPY"),
        ] as [(String, String, Int?, Int?, String)])
    func oneBound(_ text: String, _ country: String, _ low: Int?, _ high: Int?, _ currency: String) {
        #expect(
            Self.decide(text, country: country).salary
                == YearlySalary(minimum: low, maximum: high, currency: currency), "\(text)")
    }

    @Test("every ISO 4217 code people are paid in is a currency; metals and test codes are not")
    func isoCodes() {
        let before: Set<String> = [
            "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "UYU", "CRC", "GBP",
            "EUR", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RSD", "UAH", "TRY", "ILS",
            "AED", "SAR", "EGP", "ZAR", "NGN", "KES", "MAD", "INR", "PKR", "BDT", "LKR", "CNY", "TWD", "JPY", "KRW",
            "MYR", "THB", "VND", "PHP", "IDR",
        ]
        #expect(CurrencyRule.known.isSuperset(of: before))
        #expect(CurrencyRule.known.count > 150)
        #expect(!CurrencyRule.known.contains("XAU") && !CurrencyRule.known.contains("XTS"))
        #expect(Self.decide("Salary: GHS 9,500 per month.").salary == Self.pay(114_000, 114_000, "GHS"))
        #expect(
            Self.decide("Salary: UGX 3,500,000 monthly.").salary == Self.pay(42_000_000, 42_000_000, "UGX"))
        #expect(Self.decide("Salary: 4 800 TND per month.").salary == Self.pay(57_600, 57_600, "TND"))
        // Codes that are also names in postings need a figure that looks like pay.
        #expect(Self.decide("Salary band L3; the build farm runs AMD 7 and NIO 2.").salary == nil)
    }

    @Test(
        "local signs and letters before or after the figure",
        arguments: [
            ("Salary: ₦720,000 monthly.", nil, 8_640_000, 8_640_000, "NGN"),
            ("Lương: 25.000.000₫/tháng.", nil, 300_000_000, 300_000_000, "VND"),
            ("Salary: KSh 120,000 per month.", nil, 1_440_000, 1_440_000, "KES"),
            ("Gaji: Rp 9.500.000 per bulan.", nil, 114_000_000, 114_000_000, "IDR"),
            ("Salary: RM 6,500 per month.", nil, 78_000, 78_000, "MYR"),
            ("Salary: 45,000 UAE dirhams per month.", nil, 540_000, 540_000, "AED"),
            ("Salary: 20,000 pesos per month.", "PH", 240_000, 240_000, "PHP"),
            ("Salary: ¥30,000 per month.", "CN", 360_000, 360_000, "CNY"),
        ] as [(String, String?, Int?, Int?, String)])
    func localMarks(_ text: String, _ country: String?, _ low: Int?, _ high: Int?, _ currency: String) {
        let expected = low == nil ? nil : YearlySalary(minimum: low, maximum: high, currency: currency)
        #expect(Self.decide(text, country: country).salary == expected, "\(text)")
    }

    @Test("a currency several countries name is read by the posting's country, else nothing")
    func countryNamedCurrencies() {
        #expect(Self.decide("Salary: 20,000 pesos per month.").salary == nil)
        #expect(Self.decide("Salary: ₨ 180,000 per month.", country: "PK").salary?.currency == "PKR")
        #expect(Self.decide("Salary: ₨ 180,000 per month.").salary == nil)
    }

    @Test(
        "Japanese, Korean, Vietnamese, Indonesian, Polish and Turkish units, periods and pay words",
        arguments: [
            ("年収：450万円～600万円", 4_500_000, 6_000_000, "JPY"),
            ("時給 1,300円", 2_704_000, 2_704_000, "JPY"),
            ("월급 350만원", 42_000_000, 42_000_000, "KRW"),
            ("연봉 4,500만원 ~ 5,500만원 (협의 가능)", 45_000_000, 55_000_000, "KRW"),
            ("급여: 연봉3,800만원", 38_000_000, 38_000_000, "KRW"),
            ("Mức lương: 15 – 22 triệu VND/tháng, lương tháng 13.", 195_000_000, 286_000_000, "VND"),
            ("Gaji Rp 8 juta per bulan.", 96_000_000, 96_000_000, "IDR"),
            ("Wynagrodzenie: 12 tys. zł brutto miesięcznie.", 144_000, 144_000, "PLN"),
            ("Wynagrodzenie: od 9 000 do 12 000 zł brutto miesięcznie.", 108_000, 144_000, "PLN"),
            ("Maaş: 60 bin TL / ay.", 720_000, 720_000, "TRY"),
        ])
    func localPay(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("'kr' without a country is the crown of the sentence's pay word, and nothing without one")
    func crownByLanguage() {
        #expect(
            Self.decide("Månadslön: 41 000 – 46 000 kr.").salary == Self.pay(492_000, 552_000, "SEK"))
        #expect(Self.decide("Grunnlønn 52 000 kr per måned.").salary == Self.pay(624_000, 624_000, "NOK"))
        #expect(Self.decide("Salary: 41 000 – 46 000 kr per month.").salary == nil)
        // A posting's own country still decides: Swedish words in a German posting are a doubt.
        #expect(Self.decide("Månadslön: 41 000 – 46 000 kr.", country: "DE").salary == nil)
    }

    @Test("German pay compounds that start with 'Lohn' name pay; 'lohnt sich' does not")
    func lohnCompounds() {
        #expect(
            Self.decide("Lohnband: CHF 120'000 – 140'000 (bei 100 %).").salary == Self.pay(120_000, 140_000, "CHF"))
        #expect(SalaryContext.isPayWord("lohnspanne"))
        #expect(!SalaryContext.isPayWord("lohnt") && !SalaryContext.isPayWord("lohnenswert"))
    }

    @Test(
        "'Chief' of a crew or school is lead, of a company executive; a shift leader is lead; a research associate has no rung",
        arguments: [
            ("Chief Pilot, Regional Operations", ExperienceLevel.lead),
            ("Chief Engineer (Marine)", .lead),
            ("Chief Operating Officer", .executive),
            ("Chief of Staff to the CEO", .executive),
            ("Shift Leader, Distribution Centre", .lead),
            ("Research Associate, Protein Chemistry", nil),
            ("Associate Product Manager", .entry),
        ] as [(String, ExperienceLevel?)])
    func titleLevels(_ title: String, _ level: ExperienceLevel?) {
        #expect(ExperienceLevelRule.fromTitle(title) == level, "\(title)")
    }

    @Test(
        "years of experience asked in Korean and Japanese",
        arguments: [
            ("자격 요건: 관련 경력 7년 이상", 7),
            ("応募資格：実務経験3年以上", 3),
            ("4年以上の開発経験をお持ちの方", 4),
        ])
    func eastAsianYears(_ text: String, _ years: Int) {
        #expect(YearsOfExperience.minimum(in: text) == years, "\(text)")
    }

    @Test("a number of years without 'experience' or 'or more' is no ask")
    func eastAsianYearsNotAsked() {
        #expect(YearsOfExperience.minimum(in: "창립 10년 이상 된 회사입니다.") == nil)
        #expect(YearsOfExperience.minimum(in: "設立15年の会社です。経験は問いません。") == nil)
    }

    @Test("Personio's office alone says nothing about the workplace; its title still does")
    func personioOffice() {
        let places = LocationRule.places(addresses: [], locations: ["Berlin, Germany"])
        #expect(places.contains { $0.isConcrete })
        let office = RawPosting(sourcePlatform: "personio", url: "https://x.example/1", title: "Buchhalter (m/w/d)")
        #expect(WorkplaceRule.arrangement(for: office, places: places) == nil)
        let remote = RawPosting(sourcePlatform: "personio", url: "https://x.example/2", title: "Buchhalter (Remote)")
        #expect(WorkplaceRule.arrangement(for: remote, places: places) == .remote)
        // Other sources keep reading a concrete place as onsite.
        let lever = RawPosting(sourcePlatform: "lever", url: "https://x.example/3", title: "Buchhalter")
        #expect(WorkplaceRule.arrangement(for: lever, places: places) == .onsite)
    }

    @Test(
        "an allowance, a bonus or a company fact named before the money is not pay, in more languages",
        arguments: [
            "식대 월 20만원 지원",
            "賞与 年100万円",
            "Obrót: 3 mln zł rocznie.",
            "Tunjangan transport Rp 1,5 juta per bulan.",
        ])
    func localNotPay(_ text: String) {
        #expect(Self.decide(text).salary == nil, "\(text)")
    }

    @Test("an allowance after the pay in parentheses is an aside, not the pay's")
    func allowanceAside() {
        #expect(
            Self.decide("給与：月給 30万円～38万円（住宅手当別途）").salary == Self.pay(3_600_000, 4_560_000, "JPY"))
    }
}

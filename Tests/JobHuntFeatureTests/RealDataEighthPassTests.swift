// The salary classes of failure fresh8's first run showed (Tests/Eval/discover/fresh8, issue 18),
// one test per class, each with sentences that are in no eval set: three wrong salaries (Hong
// Kong's "double pay" and a "13-month salary" not applied, a paid course read as the pay) and
// the languages and signs the rules did not read (Croatian, Latvian, Estonian, Romanian,
// Hungarian and Thai pay and months, the Hungarian "ezer"/"millió" and "Ft").
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh8's failure classes")
struct RealDataEighthPassTests: SalarySentenceChecks {
    @Test(
        "'double pay' and a '13-month salary' make a monthly figure thirteen payments a year",
        arguments: [
            ("Salary: HK$18,000 – 21,000 per month plus double pay and medical cover.", 234_000, 273_000),
            ("Monthly pay SGD 4,200 to 5,000 with 13-month salary and AWS.", 54_600, 65_000),
        ])
    func thirteenthMonth(_ text: String, _ low: Int, _ high: Int) {
        let salary = Self.decide(text).salary
        #expect(salary?.minimum == low && salary?.maximum == high, "\(text): \(String(describing: salary))")
    }

    @Test("'double pay' for a shift is an overtime rate, and a 13-month contract a length")
    func notThirteenthMonth() {
        #expect(
            Self.decide("Monthly salary HK$20,000; double pay for Sunday shifts.").salary
                == Self.pay(240_000, 240_000, "HKD"))
        #expect(
            Self.decide("Salary: €3,000 per month on a 13-month contract.").salary == Self.pay(36_000, 36_000, "EUR"))
    }

    @Test(
        "a qualifier is a whole word: a title ending in 'lab' is no 'ab' (from)",
        arguments: [
            ("Salary, research lab €52,000 per year.", 52_000, 52_000, "EUR"),
            ("Salary: min £26,000 a year.", 26_000, nil, "GBP"),
        ] as [(String, Int, Int?, String)])
    func wholeWordQualifier(_ text: String, _ low: Int, _ high: Int?, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("a course the employer pays for is not the pay; the salary after it is")
    func paidCourse() {
        let text = "We fund your forklift course (worth £1,800). Salary £24,000 a year."
        #expect(Self.decide(text).salary == Self.pay(24_000, 24_000, "GBP"))
    }

    @Test(
        "monthly pay in Croatian, Latvian, Estonian, Romanian, Hungarian and Thai",
        arguments: [
            ("Plaća: 1.500 € bruto mjesečno.", "HR", 18_000, 18_000, "EUR"),
            ("Atalgojums: 1 500 – 1 900 EUR bruto mēnesī.", "LV", 18_000, 22_800, "EUR"),
            ("Brutopalk 1 900 – 2 300 €/kuu.", "EE", 22_800, 27_600, "EUR"),
            ("Salariu: 7.000 – 8.000 lei net pe lună.", "RO", 84_000, 96_000, "RON"),
            ("Bruttó 550 000 – 600 000 Ft/hó.", "HU", 6_600_000, 7_200_000, "HUF"),
            ("Havi bruttó 800 ezer – 1,2 millió Ft.", "HU", 9_600_000, 14_400_000, "HUF"),
            ("เงินเดือน 40,000 - 55,000 บาท/เดือน", "TH", 480_000, 660_000, "THB"),
        ] as [(String, String, Int, Int, String)])
    func monthlyPay(_ text: String, _ country: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text, country: country).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("the Hungarian cafeteria allowance is a perk, and 'ft' of length is no forint")
    func notPay() {
        #expect(Self.decide("Cafeteria: évi 300 000 Ft.", country: "HU").salary == nil)
        #expect(Self.decide("Pay: you will climb ladders up to 40 ft daily.", country: "HU").salary == nil)
    }
}

// Salary: structured pay first, then pay written in the text; annualised with
// JobSpy's factors, in the original currency, bounded and ordered.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

struct SalaryTextCase: Sendable, CustomTestStringConvertible {
    var text: String
    var country: String?
    var expected: YearlySalary?
    var testDescription: String { text }
}

@Suite struct NormalisationSalaryTests {
    static let textCases: [SalaryTextCase] = [
        .init(text: "The range is $120k–$150k.", expected: .init(minimum: 120_000, maximum: 150_000, currency: "USD")),
        .init(text: "$120,000 - $150,000", expected: .init(minimum: 120_000, maximum: 150_000, currency: "USD")),
        .init(
            text: "£52,000 - £60,000 per annum", expected: .init(minimum: 52_000, maximum: 60_000, currency: "GBP")),
        .init(text: "€60.000 - €75.000", expected: .init(minimum: 60_000, maximum: 75_000, currency: "EUR")),
        .init(text: "60.000 € – 75.000 € brutto", expected: .init(minimum: 60_000, maximum: 75_000, currency: "EUR")),
        .init(text: "$32–$41 per hour", expected: .init(minimum: 66_560, maximum: 85_280, currency: "USD")),
        .init(text: "Pay: $32.50/hr", expected: .init(minimum: 67_600, maximum: 67_600, currency: "USD")),
        .init(text: "up to $90k", expected: .init(minimum: nil, maximum: 90_000, currency: "USD")),
        .init(text: "starting at $70,000", expected: .init(minimum: 70_000, maximum: nil, currency: "USD")),
        .init(text: "Salary: $135,000", expected: .init(minimum: 135_000, maximum: 135_000, currency: "USD")),
        .init(
            text: "$160,000 — $200,000 USD", expected: .init(minimum: 160_000, maximum: 200_000, currency: "USD")),
        .init(
            text: "$85,000 - $100,000 USD per year",
            expected: .init(minimum: 85_000, maximum: 100_000, currency: "USD")),
        .init(text: "US$ 90,000 to 110,000", expected: .init(minimum: 90_000, maximum: 110_000, currency: "USD")),
        .init(text: "CHF 120'000 - 140'000", expected: .init(minimum: 120_000, maximum: 140_000, currency: "CHF")),
        .init(text: "C$95k-C$110k", expected: .init(minimum: 95_000, maximum: 110_000, currency: "CAD")),
        .init(text: "A$150k", expected: .init(minimum: 150_000, maximum: 150_000, currency: "AUD")),
        .init(text: "$120–150k", expected: .init(minimum: 120_000, maximum: 150_000, currency: "USD")),
        .init(
            text: "$95,000 – $115,000", country: "CA",
            expected: .init(minimum: 95_000, maximum: 115_000, currency: "CAD")),
        .init(text: "€2.800 - €3.400 pro Monat", expected: .init(minimum: 33_600, maximum: 40_800, currency: "EUR")),
        .init(text: "$150,000 - $120,000", expected: .init(minimum: 120_000, maximum: 150_000, currency: "USD")),
        .init(
            text: "We raised $50M; pay is $100k-$120k",
            expected: .init(minimum: 100_000, maximum: 120_000, currency: "USD")),
        .init(
            text: String(repeating: "Ünïcode filler text. ", count: 20) + "Salary: up to 90.000 € pro Jahr",
            expected: .init(minimum: nil, maximum: 90_000, currency: "EUR")),
        .init(
            text: String(repeating: "We use AWS and SQL. ", count: 20) + "Base pay USD 90,000 to 110,000",
            expected: .init(minimum: 90_000, maximum: 110_000, currency: "USD")),
        .init(text: "Benefits: €1,500 learning budget", expected: nil),
        .init(
            text: "A $10,000 signing bonus. Base $140k-$160k",
            expected: .init(minimum: 140_000, maximum: 160_000, currency: "USD")),
        .init(
            text: "$120k–$150k plus bonus and equity",
            expected: .init(minimum: 120_000, maximum: 150_000, currency: "USD")),
        .init(text: "Stipend of $2,500", expected: nil),
        .init(text: "5-7 years of experience, 401(k)", expected: nil),
        .init(text: "No salary information.", expected: nil),
        .init(text: "0.25% – 0.6% equity", expected: nil),
    ]

    @Test(arguments: textCases) func readsSalaryFromText(_ entry: SalaryTextCase) {
        let raw = RawPosting(sourcePlatform: "file", url: "https://x.example/1", title: "Job")
        #expect(SalaryRule.salary(raw: raw, text: entry.text, country: entry.country) == entry.expected)
    }

    @Test func annualisesStructuredPeriods() {
        let cases: [(RawSalary, YearlySalary?)] = [
            (
                RawSalary(minimum: 170_000, maximum: 210_000, currency: "USD", period: "per-year-salary"),
                YearlySalary(minimum: 170_000, maximum: 210_000, currency: "USD")
            ),
            (
                RawSalary(minimum: 1800, maximum: 2300, currency: "EUR", period: "per-month-salary"),
                YearlySalary(minimum: 21_600, maximum: 27_600, currency: "EUR")
            ),
            (
                RawSalary(minimum: 19, maximum: 23, currency: "USD", period: "per-hour-wage"),
                YearlySalary(minimum: 39_520, maximum: 47_840, currency: "USD")
            ),
            (
                RawSalary(minimum: 2800, maximum: 3400, currency: "EUR", period: "1 MONTH"),
                YearlySalary(minimum: 33_600, maximum: 40_800, currency: "EUR")
            ),
            (
                RawSalary(minimum: 400, maximum: 500, currency: "GBP", period: "DAY"),
                YearlySalary(minimum: 104_000, maximum: 130_000, currency: "GBP")
            ),
            (
                RawSalary(minimum: 2000, maximum: 2000, currency: "usd", period: "weekly"),
                YearlySalary(minimum: 104_000, maximum: 104_000, currency: "USD")
            ),
            (
                RawSalary(minimum: 42, maximum: 61, currency: "USD", period: "hourly"),
                YearlySalary(minimum: 87_360, maximum: 126_880, currency: "USD")
            ),
            (RawSalary(minimum: 0, maximum: 0, currency: "USD", period: "YEAR"), nil),
            (RawSalary(minimum: 90_000_000, maximum: 95_000_000, currency: "USD", period: "YEAR"), nil),
            (
                RawSalary(minimum: 5_000_000, maximum: 8_000_000, currency: "JPY", period: "YEAR"),
                YearlySalary(minimum: 5_000_000, maximum: 8_000_000, currency: "JPY")
            ),
        ]
        for (raw, expected) in cases {
            #expect(SalaryRule.fromStructured(raw, country: nil) == expected, "\(raw)")
        }
    }

    @Test func structuredBeatsTextAndWithheldIsNil() {
        var raw = RawPosting(sourcePlatform: "lever", url: "https://jobs.lever.co/x/1", title: "AE")
        raw.salary = RawSalary(minimum: 90_000, maximum: 110_000, currency: "USD", period: "per-year-salary")
        let text = "OTE $180k–$220k"
        #expect(SalaryRule.salary(raw: raw, text: text, country: "US")?.minimum == 90_000)
        raw.salary = RawSalary(minimum: 150_000, maximum: 180_000, currency: "USD", period: "1 YEAR", isWithheld: true)
        #expect(SalaryRule.salary(raw: raw, text: text, country: "US") == nil)
        raw.salary = RawSalary(minimum: 0, maximum: 0, currency: "USD")
        #expect(SalaryRule.salary(raw: raw, text: text, country: "US")?.maximum == 220_000)
    }

    @Test func greenhouseCentsAreUndone() {
        let cents = RawSalary(minimum: 16_000_000, maximum: 20_000_000, currency: "USD", period: "YEAR")
        #expect(
            SalaryRule.fromStructured(cents, source: "greenhouse", country: "US")
                == YearlySalary(minimum: 160_000, maximum: 200_000, currency: "USD"))
    }

    @Test func periodsAndCurrenciesHaveEveryCommonSpelling() {
        #expect(SalaryPeriod(named: "per-hour-wage") == .hour)
        #expect(SalaryPeriod(named: "1 YEAR") == .year)
        #expect(SalaryPeriod(named: "monthly") == .month)
        #expect(SalaryPeriod(named: "NONE") == nil)
        #expect(SalaryPeriod.allCases.map(\.yearlyFactor) == [2080, 260, 52, 12, 1])
        #expect(CurrencyRule.currency(symbol: "$", country: nil) == "USD")
        #expect(CurrencyRule.currency(symbol: "$", country: "AU") == "AUD")
        #expect(CurrencyRule.currency(symbol: "US$", country: "CA") == "USD")
        #expect(CurrencyRule.currency(symbol: "£", country: nil) == "GBP")
        #expect(CurrencyRule.code("eur") == "EUR")
        #expect(CurrencyRule.code("XYZ") == nil)
    }
}

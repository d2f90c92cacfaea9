// Issue 18's failure classes for salary read from text: money that is not pay,
// ranges collapsed to one end, periods missed, currency words misread,
// footnote marks; plus where each salary came from and the warnings.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: salary from text")
struct RealDataSalaryTests: SalarySentenceChecks {
    @Test(
        "money that is not pay for the role is never a salary",
        arguments: [
            "You'll have ~$15k/month of compute to run experiments.",
            "Benefits: a fertility benefit up to $10,000 per year.",
            "Meal vouchers 11€/day and a transport pass.",
            "We have raised $300 million and are valued at $81 billion.",
            "Access to a $200K+ perk marketplace.",
            "We match your donations up to $5,000 a year.",
            "Experience with PHP 7/8 is a plus.",
            "Bis zu 1.000 € Weiterbildungsbudget pro Jahr.",
            "Tickets restaurant de 11€/jour et mutuelle prise en charge à 100 %.",
        ])
    func notPay(_ text: String) {
        #expect(Self.decide(text).salary == nil)
    }

    @Test(
        "ranges keep both ends with the currency and period on either end",
        arguments: [
            ("Salary: £57,000-£70,000", 57_000, 70_000, "GBP"),
            ("Compensation: $130,000/year - $150,000/year", 130_000, 150_000, "USD"),
            ("Salary: $5k - $10k / month", 60_000, 120_000, "USD"),
            ("Salary: 4 000 - 6 000 USD per month", 48_000, 72_000, "USD"),
            ("The range for this role is $100,000 - $140,000*", 100_000, 140_000, "USD"),
            ("Salaire : 45 000 € - 55 000 € bruts annuels", 45_000, 55_000, "EUR"),
            ("Rémunération : entre 50k€ et 60k€", 50_000, 60_000, "EUR"),
            ("Jahresgehalt zwischen 70.000 und 85.000 EUR", 70_000, 85_000, "EUR"),
            ("Rango salarial: de 30.000 € a 36.000 € al año", 30_000, 36_000, "EUR"),
            ("Salário: 2.500 € - 3.200 € por mês", 30_000, 38_400, "EUR"),
            ("Salaris: € 4.000 - € 5.200 per maand", 48_000, 62_400, "EUR"),
            ("Stundenlohn: 18,50 € pro Stunde", 38_480, 38_480, "EUR"),
            ("TJM : 550 € / jour", 143_000, 143_000, "EUR"),
            ("Pay: $1,200 - $1,500 per week", 62_400, 78_000, "USD"),
            ("Salary: 18 000 - 24 000 PLN gross per month", 216_000, 288_000, "PLN"),
            ("Salário base: 1.600 € x 14 meses", 22_400, 22_400, "EUR"),
            ("Salary: INR 12 LPA - 15 LPA", 1_200_000, 1_500_000, "INR"),
            ("Target base salary: $165,000-$190,000 + equity", 165_000, 190_000, "USD"),
            ("Vencimento: 1.900 €/mês (14 meses)", 26_600, 26_600, "EUR"),
            ("Package : 55-65 K€ brut annuel", 55_000, 65_000, "EUR"),
        ])
    func ranges(_ text: String, _ low: Int, _ high: Int, _ currency: String) {
        let decision = Self.decide(text)
        #expect(decision.salary == YearlySalary(minimum: low, maximum: high, currency: currency), "\(text)")
        #expect(decision.source == .text)
        #expect(decision.evidence == text)
    }

    @Test("'starts at' fills only the minimum")
    func startsAt() {
        #expect(
            Self.decide("Pay starts at $24 an hour.").salary
                == YearlySalary(minimum: 49_920, maximum: nil, currency: "USD"))
    }

    @Test("the first pay sentence wins over earlier money that is not pay")
    func payAfterPerks() {
        let text = """
            Benefits
            - A $1,500 yearly learning stipend and a $500 home office budget.
            - Meal allowance of $25 per day when on site.

            The base salary range for this role is $130,000 - $160,000.
            """
        #expect(Self.decide(text).salary == YearlySalary(minimum: 130_000, maximum: 160_000, currency: "USD"))
    }

    @Test("doubtful money stores nothing and keeps the sentence as evidence")
    func doubtfulKeepsEvidence() {
        let decision = Self.decide("Our engineers typically see around $400 in monthly tips on top of everything.")
        #expect(decision.salary == nil)
        #expect(decision.source == nil)
        #expect(decision.evidence?.contains("$400") == true)
    }

    @Test("structured pay always wins and says so")
    func structuredWins() {
        let decision = Self.decide(
            "The base salary range for this role is $130,000 - $160,000.",
            salary: RawSalary(minimum: 90_000, maximum: 100_000, currency: "USD", period: "YEAR"))
        #expect(decision.salary == YearlySalary(minimum: 90_000, maximum: 100_000, currency: "USD"))
        #expect(decision.source == .structured)
        #expect(decision.evidence == nil)
    }

    @Test("a negative structured salary and a swapped range are reported")
    func warnings() {
        let negative = Self.decide("", salary: RawSalary(minimum: -5, maximum: 90_000, currency: "USD", period: "YEAR"))
        #expect(negative.salary == YearlySalary(minimum: nil, maximum: 90_000, currency: "USD"))
        #expect(negative.warnings.contains { $0.contains("negative") })
        let swapped = Self.decide("Salary: $150,000 - $120,000")
        #expect(swapped.salary == YearlySalary(minimum: 120_000, maximum: 150_000, currency: "USD"))
        #expect(swapped.warnings.contains { $0.contains("swapped") })
    }

    @Test("the normaliser stores the source and evidence, and passes the adapter's warnings on")
    func normaliserCarriesThem() throws {
        var raw = RawPosting(
            sourcePlatform: "indeed", externalID: "a", url: "https://x.example/a", title: "Nurse",
            descriptionText: "Pay range: $28 - $34 per hour.")
        raw.warnings = ["date_posted \"2026-02-30\" is not a real date; left empty"]
        let posting = try PostingNormaliser(now: Date(timeIntervalSince1970: 0)).normalise(raw)
        #expect(posting.salaryMin == 58_240)
        #expect(posting.salarySource == .text)
        #expect(posting.salaryEvidence == "Pay range: $28 - $34 per hour.")
        #expect(posting.warnings == raw.warnings)
    }
}

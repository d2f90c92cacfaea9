// The classes of failure fresh15's runs showed (Tests/Eval/discover/fresh15, issue 18), one test
// per class, each on sentences that are in no eval set: Italy's "su 14 mesi", a Nordic "-bidrag"
// allowance, a firm's working capital, the best earner's past pay, Chile's "renta líquida", a
// contractor's pay "for a full load" and "invoiced"; "Contractor role", "B2B contract", an
// N-month contract; years "since qualifying", after a degree written with dots, in Turkish; and
// what must not move with them.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh15's failure classes")
struct RealDataSeventeenthPassTests: SalarySentenceChecks {
    @Test("Italian 'su 14 mesi' after a monthly figure is paid fourteen times")
    func italianMonthsCount() {
        let text = "CCNL Commercio, livello 4°, 1.800 € lordi al mese su 14 mesi e buoni pasto."
        #expect(Self.decide(text, country: "IT").salary == Self.pay(25_200, 25_200, "EUR"))
    }

    @Test("a Nordic '-bidrag' is an allowance, not the wage")
    func nordicAllowance() {
        let swedish = "Lön enligt avtal, OB-tillägg och friskvårdsbidrag på 4 000 kr per år."
        #expect(Self.decide(swedish, country: "SE").salary == nil)
        let danish = "Løn efter overenskomst og et pensionsbidrag på 2 000 kr om måneden."
        #expect(Self.decide(danish, country: "DK").salary == nil)
    }

    @Test("a firm's capital is a company fact")
    func capital() {
        let text = "We settle invoices within a day from a $750k working-capital line."
        #expect(Self.decide(text, country: "US").salary == nil)
    }

    @Test("what the best earner made is a record, not this job's range")
    func bestEarner() {
        #expect(OtherRolePay.names("Last year the top producer earned over $180,000.", title: "Loan Officer"))
        #expect(OtherRolePay.names("Our best agents made $95k in commission.", title: "Real Estate Agent"))
        // Anyone else who earned or made it stays as before; the successful candidate is this job.
        #expect(!OtherRolePay.names("Our drivers earned $1,500 a week on average.", title: "Delivery Driver"))
        #expect(!OtherRolePay.names("The successful candidate will earn $60,000.", title: "Loan Officer"))
    }

    @Test("Chile's net 'renta líquida' is the pay")
    func chileanNet() {
        let text = "Ofrecemos contrato a plazo fijo, renta líquida de $650.000 a $700.000 mensuales y colación."
        #expect(Self.decide(text, country: "CL").salary == Self.pay(7_800_000, 8_400_000, "CLP"))
    }

    @Test("a contractor's monthly pay for a full load, invoiced, is the pay")
    func contractorLoad() {
        let load = "USD 1,500 – 1,900 per month for a full load."
        #expect(Self.decide(load).salary == Self.pay(18_000, 22_800, "USD"))
        let invoiced = "Freelance role, USD 1,500 – 1,900 per month, invoiced monthly."
        #expect(Self.decide(invoiced).salary == Self.pay(18_000, 22_800, "USD"))
    }

    @Test("'Contractor role', 'B2B contract' and an N-month contract are contracts")
    func contracts() {
        #expect(EmploymentTypeText.stated("Contractor role, paid monthly.") == .contract)
        #expect(EmploymentTypeText.stated("Wrocław | Hybrid | B2B contract | 20 000 PLN") == .contract)
        #expect(EmploymentTypeText.stated("You will write the guides on a nine-month contract.") == .contract)
        #expect(EmploymentTypeText.stated("You will work with the contractor on site.") == nil)
        #expect(EmploymentTypeText.stated("We sell B2B software.") == nil)
    }

    @Test(
        "years since qualifying, after a dotted degree, in Turkish",
        arguments: [
            ("A full UK licence and 3 years since qualifying.", 3),
            ("A Texas LCSW and 4 years post-licensure.", 4),
            ("B.Sc or M.Sc Biology with 2–4 years in fermentation.", 2),
            ("En az 5 yıl satın alma deneyimi.", 5),
        ])
    func yearsAsked(_ text: String, _ years: Int) {
        #expect(YearsOfExperience.minimum(in: text) == years, "\(text)")
    }

    @Test("what did not move: 'sur 13 mois', a Nordic month, a sign-on bonus")
    func unmoved() {
        #expect(Self.decide("Månadslön 36 000 kr.", country: "SE").salary == Self.pay(432_000, 432_000, "SEK"))
        #expect(Self.decide("Salary: $1,500 sign-on bonus.", country: "US").salary == nil)
        let spanish = "Salario bruto mensual de 1.600 € en 14 pagas según convenio."
        #expect(Self.decide(spanish, country: "ES").salary == Self.pay(22_400, 22_400, "EUR"))
        #expect(YearsOfExperience.minimum(in: "Founded 12 years ago in Izmir.") == nil)
        #expect(YearsOfExperience.minimum(in: "A driving licence held for 2 years.") == nil)
    }
}

// The salary classes of failure fresh10's first run showed (Tests/Eval/discover/fresh10, issue 18),
// one test per class, each on sentences that are in no eval set: an Austrian monthly figure whose
// fourteen payments stand a dozen words on or in a bare "(14 x)", a collective agreement's name
// between "Mindestentgelt" and the figure, a label's "Monthly" outranked by a perk's "annual" after
// the figures, Singapore's AWS beside a monthly range; and years a licence has been held or a
// bonus asks for, read as years of experience; and the pay "our senior vets earn" in a manager's post.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh10's failure classes")
struct RealDataTwelfthPassTests: SalarySentenceChecks {
    @Test(
        "fourteen payments a year: after the hours the figure is based on, or a bare '(14 x)'",
        arguments: [
            ("Das Gehalt beträgt € 2.900 brutto monatlich auf Basis Vollzeit (38,5 Std.), 14 x jährlich.", 40_600),
            ("Lohn: € 1.980 brutto monatlich (14 x), Überzahlung möglich.", 27_720),
        ])
    func fourteenPayments(_ text: String, _ yearly: Int) {
        #expect(Self.decide(text, country: "AT").salary == Self.pay(yearly, yearly, "EUR"), "\(text)")
    }

    @Test("a minimum named before the agreement's name is still the floor")
    func minimumBeforeAgreement() {
        let text = "Das Mindestentgelt laut KV Handel für Angestellte beträgt € 2.300 brutto monatlich."
        #expect(Self.decide(text, country: "AT").salary == Self.pay(27_600, nil, "EUR"))
    }

    @Test("a label's period outranks one a few words after the figures, which may be a perk's")
    func labelPeriod() {
        let text = "Monthly package: AED 18,000 – 22,000 (basic + allowances), annual flight home."
        #expect(Self.decide(text, country: "AE").salary == Self.pay(216_000, 264_000, "AED"))
        // Without a colon the label is no label: the period after the figures decides, as before.
        #expect(
            Self.decide("Base salary of AED 240,000 per year, monthly paid.", country: "AE").salary?.minimum == 240_000)
    }

    @Test("years a licence has been held, or a bonus's condition, are no experience asked for")
    func yearsThatAreNotExperience() {
        #expect(YearsOfExperience.minimum(in: "You hold a full car licence for 3+ years.") == nil)
        #expect(YearsOfExperience.minimum(in: "A $2,500 joining bonus for technicians with 4+ years.") == nil)
        // The licence in the list's previous item leaves this item's ask alone.
        #expect(YearsOfExperience.minimum(in: "<li>HGV licence</li><li>3+ years of multi-drop experience</li>") == 3)
        #expect(YearsOfExperience.minimum(in: "Licence held. 5 years of experience in logistics.") == 5)
    }

    @Test("what 'our X earn' is another role's pay unless X is this job or everyone")
    func otherRolePay() {
        #expect(OtherRolePay.names("Our senior engineers earn $160,000+ after two years.", title: "Office Manager"))
        #expect(OtherRolePay.names("Our top performers make $150k.", title: "Sales Development Representative"))
        #expect(!OtherRolePay.names("Our drivers earn $1,500 a week on average.", title: "Delivery Driver"))
        #expect(!OtherRolePay.names("Our team members earn $19 an hour.", title: "Barista"))
        #expect(!OtherRolePay.names("Salary: $52,000 a year.", title: "Office Manager"))
        var raw = RawPosting(sourcePlatform: "file", url: "https://x.example/2", title: "Office Manager")
        let text = "Salary negotiable. Our senior engineers earn $160,000+ after two years."
        #expect(SalaryRule.decide(raw: raw, text: text, country: "US").salary == nil)
        raw.title = "Senior Engineer"
        #expect(SalaryRule.decide(raw: raw, text: text, country: "US").salary?.minimum == 160_000)
    }

    @Test("Singapore's AWS beside a monthly range is a thirteenth payment")
    func annualWageSupplement() {
        let text = "Salary: S$4,800 – S$5,600 per month + AWS + variable bonus."
        #expect(Self.decide(text, country: "SG").salary == Self.pay(62_400, 72_800, "SGD"))
    }
}

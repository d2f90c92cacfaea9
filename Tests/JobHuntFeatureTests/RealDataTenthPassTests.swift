// The classes fresh9's untouched run showed after the ninth pass (Tests/Eval/discover/fresh9,
// issue 18): a hybrid week stated only in the description, and a starting salary or a
// collective minimum wage read as a fixed figure. Every sentence here is in no eval set.
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: fresh9's failure classes")
struct RealDataTenthPassTests: SalarySentenceChecks {
    static let leeds = LocationRule.places(addresses: [], locations: ["Leeds, England, United Kingdom"])

    static func arrangement(_ source: String, _ text: String, workplace: String? = nil, remote: Bool? = nil)
        -> WorkArrangement?
    {
        var raw = RawPosting(sourcePlatform: source, url: "https://x.example/1", title: "Payroll Officer")
        raw.workplace = workplace
        raw.isRemote = remote
        return WorkplaceRule.arrangement(for: raw, places: leeds, text: text)
    }

    @Test(
        "a hybrid week stated in the text makes an office address or a board's 'not remote' hybrid",
        arguments: [
            "Hybrid – two days in our Leeds office, the rest from home.",
            "We offer hybrid working and a 35-hour week.",
            "Flexible: 2 days a week from home after probation.",
            "Hybrid: 3 days per week on site.",
            "Travail hybride possible après la période d'essai.",
        ])
    func hybridInText(_ text: String) {
        #expect(Self.arrangement("smartrecruiters", text) == .hybrid, "\(text)")
        #expect(Self.arrangement("linkedin", text, remote: false) == .hybrid, "\(text)")
    }

    @Test(
        "'hybrid' as a subject, a five-day office week, or a source's own workplace field is not overridden",
        arguments: [
            "Experience with hybrid cloud (AWS and on-prem) is a plus.",
            "Five days in the office, Monday to Friday.",
            "You will service hybrid and electric vehicles.",
            "5 days in office; parking on site.",
        ])
    func notHybrid(_ text: String) {
        #expect(Self.arrangement("smartrecruiters", text) == .onsite, "\(text)")
    }

    @Test("the source's own workplace field and remote boards keep their word")
    func fieldWins() {
        #expect(Self.arrangement("lever", "Hybrid – 3 days in office.", workplace: "on-site") == .onsite)
        #expect(Self.arrangement("remoteok", "Hybrid – 3 days in office.") == .remote)
    }

    @Test(
        "a starting salary and a collective minimum wage fill only the minimum",
        arguments: [
            ("Starting salary £24,750 with study support.", 24_750, "GBP"),
            ("Starting pay: $19.50/hour, reviewed after six months.", 40_560, "USD"),
            ("Der tarifliche Mindestlohn für diese Stelle liegt bei € 2.900 brutto monatlich.", 34_800, "EUR"),
        ] as [(String, Int, String)])
    func floors(_ text: String, _ low: Int, _ currency: String) {
        #expect(Self.decide(text).salary == Self.pay(low, nil, currency), "\(text)")
    }

    @Test("'mindestens' a few words back belongs to the experience, not the pay")
    func mindestensIsNotAFloor() {
        let text = "Mindestens 3 Jahre Erfahrung in der Lohnbuchhaltung, Gehalt 48.000 € brutto im Jahr."
        #expect(Self.decide(text).salary == Self.pay(48_000, 48_000, "EUR"))
    }
}

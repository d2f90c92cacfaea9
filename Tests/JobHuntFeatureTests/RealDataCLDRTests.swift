// Salaries read with CLDR's tables (scripts/gen-cldr-salary, issue 18): currency symbols by the
// posting's country, "per month" in every locale, native digits. Every sentence here is in a
// language or currency no eval set has (Swahili, Nepali, Macedonian, Egyptian Arabic, Persian,
// Angolan Portuguese, Nicaraguan and Dominican Spanish, Mongolian), written from CLDR's words.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: salaries read with CLDR's tables")
struct RealDataCLDRTests: SalarySentenceChecks {
    @Test(
        "'per month' and 'per hour' as every CLDR locale writes them",
        arguments: [
            ("Salary: TSh 1,500,000 kwa mwezi.", "TZ", 18_000_000, 18_000_000, "TZS"),
            ("Salary: 45.000 – 55.000 ден. месечно.", "MK", 540_000, 660_000, "MKD"),
            ("Salary: RD$ 45,000 per month.", "DO", 540_000, 540_000, "DOP"),
            ("Salary: ₱35,000 kada buwan.", "PH", 420_000, 420_000, "PHP"),
            ("Salary: ₮2,400,000/сар.", "MN", 28_800_000, 28_800_000, "MNT"),
            ("Salary: 1 800 € na mesec.", "SI", 21_600, 21_600, "EUR"),
            ("Salary: 12 € na uro.", "SI", 24_960, 24_960, "EUR"),
        ] as [(String, String, Int, Int, String)])
    func cldrPeriods(_ text: String, _ country: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text, country: country).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test(
        "native digits and signs are read as ASCII",
        arguments: [
            // Devanagari digits, Nepali "per month", the Nepalese rupee's CLDR symbol.
            ("Salary: नेरू ८५,००० प्रति महिना", "NP", 1_020_000, 1_020_000, "NPR"),
            // Arabic-Indic digits with the Arabic grouping sign, "per month" in Arabic.
            ("Salary: ٣٥٬٠٠٠ ج.م. في الشهر", "EG", 420_000, 420_000, "EGP"),
            // Extended Arabic-Indic (Persian) digits and "per month" in Persian.
            ("Salary: ۱۲۰٬۰۰۰٬۰۰۰ ریال در ماه", "IR", 1_440_000_000, 1_440_000_000, "IRR"),
            // Thai digits.
            ("เงินเดือน ๔๐,๐๐๐ - ๕๕,๐๐๐ บาท/เดือน", "TH", 480_000, 660_000, "THB"),
        ] as [(String, String, Int, Int, String)])
    func nativeDigits(_ text: String, _ country: String, _ low: Int, _ high: Int, _ currency: String) {
        #expect(Self.decide(text, country: country).salary == Self.pay(low, high, currency), "\(text)")
    }

    @Test("native digits, or a currency known only from CLDR, without their period store nothing")
    func noPeriodNoGuess() {
        #expect(Self.decide("Salary: ৳৮০,০০০ প্রতি মাস", country: "BD").salary == Self.pay(960_000, 960_000, "BDT"))
        #expect(Self.decide("Salary: ৳৮০,০০০", country: "BD").salary == nil)
        #expect(Self.decide("Salary: ₮2,400,000", country: "MN").salary == nil)
    }

    @Test(
        "a symbol several currencies share is read by the posting's country",
        arguments: [
            ("Salary: C$ 25,000 al mes.", "NI", "NIO"),
            ("Salary: C$ 5,000 al mes.", "CA", "CAD"),
            ("Salary: Rs 150,000 per month.", "PK", "PKR"),
            ("Salary: Rs 150,000 per month.", "IN", "INR"),
            ("Salary: Br 30,000 per month.", "ET", "ETB"),
            ("Salary: Br 3,000 per month.", "BY", "BYN"),
            ("Salario: $ 60.000 por mes.", "UY", "UYU"),
            ("Salário: Kz 350.000 por mês.", "AO", "AOA"),
        ] as [(String, String, String)])
    func sharedSymbolByCountry(_ text: String, _ country: String, _ currency: String) {
        #expect(Self.decide(text, country: country).salary?.currency == currency, "\(text) in \(country)")
    }

    @Test("a shared symbol or a symbol of letters with no country to decide it stores nothing")
    func ambiguousSymbolStoresNothing() {
        // "Br" is Belarus's rouble and Ethiopia's birr.
        #expect(Self.decide("Salary: Br 30,000 per month.").salary == nil)
        #expect(Self.decide("Salary: Br 30,000 per month.", country: "DE").salary == nil)
        // "Kz" is a word of letters: only a posting from Angola makes it the kwanza.
        #expect(Self.decide("Salário: Kz 350.000 por mês.", country: "BR").salary == nil)
        #expect(Self.decide("Salário: Kz 350.000 por mês.").salary == nil)
        // A symbol of letters needs a pay-sized figure and a sentence about pay.
        #expect(Self.decide("Le 15 mai, notre équipe part en séminaire.", country: "SL").evidence == nil)
        // One letter ("K" is Myanmar's kyat, Zambia's kwacha and "K-12") is never a symbol.
        #expect(Self.decide("Salary: K 350,000 per month.", country: "MM").salary == nil)
    }

    @Test("hand rules where CLDR lacks the spelling: Uruguay's '$U', Morocco's 'DH' (by country only)")
    func handSpellings() {
        #expect(
            Self.decide("Salario: $U 95.000 líquidos por mes.", country: "UY").salary
                == Self.pay(1_140_000, 1_140_000, "UYU"))
        #expect(
            Self.decide("Rémunération : 15 000 DH brut par mois.", country: "MA").salary
                == Self.pay(180_000, 180_000, "MAD"))
        #expect(Self.decide("Rémunération : 15 000 DH brut par mois.").salary == nil)
    }

    @Test("a phrase CLDR gives to two units, or that is prose in English, is no period")
    func ambiguousPhrases() {
        // "/m" is a month in English's short units and a metre everywhere: no period, and a figure
        // between 300 and 10,000 without one stores nothing.
        #expect(Self.decide("Salary: €5.000/m.").salary == nil)
        // Norwegian "per time" is per hour; English "per time" is per occasion.
        #expect(Self.decide("Salary: £40,000 per time.").salary == Self.pay(40_000, 40_000, "GBP"))
    }

    @Test("the generated tables read as the generator wrote them")
    func generatedTables() {
        #expect(CLDRCurrencySymbols.local(symbol: "kr", country: "IS") == "ISK")
        #expect(CLDRCurrencySymbols.local(symbol: "kr.", country: "DK") == "DKK")
        #expect(CLDRCurrencySymbols.local(symbol: "$", country: "DE") == nil)
        #expect(CLDRCurrencySymbols.unambiguousSign("NT$") == "TWD")
        #expect(CLDRCurrencySymbols.unambiguousSign("C$") == nil)
        #expect(CLDRCurrencySymbols.unambiguousSign("den") == nil)
        #expect(SalaryDigits.folded(Array("৮০,০০০".unicodeScalars)) == Array("80,000".unicodeScalars))
        #expect(SalaryDigits.folded(Array("٣٥٬٠٠٠٫٥".unicodeScalars)) == Array("35,000.5".unicodeScalars))
    }
}

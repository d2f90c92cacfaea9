// Decides salary_min, salary_max and salary_currency: structured pay first,
// then pay written in the text, annualised and bounded.
import Foundation
import JobHuntKernel

/// A yearly pay range in its original currency, ready for the salary columns.
package struct YearlySalary: Sendable, Equatable {
    package var minimum: Int?
    package var maximum: Int?
    package var currency: String?

    package init(minimum: Int?, maximum: Int?, currency: String?) {
        self.minimum = minimum
        self.maximum = maximum
        self.currency = currency
    }
}

/// Where a stored salary came from: the source's own pay fields, or a sentence of the text.
package enum SalarySource: String, Sendable, Equatable, CaseIterable {
    case structured, text
}

/// The salary columns decided for one posting, where they came from, the sentence that
/// supports (or, when nothing was stored, raised doubt about) them, and what looked wrong.
package struct SalaryDecision: Sendable, Equatable {
    package var salary: YearlySalary?
    package var source: SalarySource?
    /// The text's sentence the salary was read from, or the doubtful sentence when none was stored.
    package var evidence: String?
    /// One line per doubtful value: a negative figure, a minimum above the maximum, an absurd amount.
    package var warnings: [String] = []

    package init(
        salary: YearlySalary? = nil, source: SalarySource? = nil, evidence: String? = nil, warnings: [String] = []
    ) {
        self.salary = salary
        self.source = source
        self.evidence = evidence
        self.warnings = warnings
    }
}

/// Salary decisions:
/// - Structured pay first; withheld pay (Ashby's `shouldDisplayCompensationOnJobPostings: false`)
///   is nil and the text is not searched either, since the employer chose not to publish it.
/// - A structured 0 means "not given" (Remote OK `0/0`); a negative figure is dropped with a warning.
/// - Otherwise the first pay mention of the text (`SalaryText`), read only from a sentence about
///   this role's pay; doubtful money stores nothing and is kept as evidence.
/// - Yearly = amount × the period's factor, rounded; no currency conversion.
/// - A single figure fills both bounds; "up to" fills only the maximum.
/// - min > max is swapped with a warning (a source typo, not two facts); an annual value outside
///   1,000…5,000,000 (×1,000 for large-unit currencies such as JPY, INR) is dropped as absurd.
package enum SalaryRule {
    package static func salary(raw: RawPosting, text: String, country: String?) -> YearlySalary? {
        decide(raw: raw, text: text, country: country).salary
    }

    /// The salary with its source, evidence and warnings.
    ///
    /// `internship`: the posting is an internship, so a stipend or allowance named as the
    /// intern's pay ("Gratification : 700 € par mois", "Stipend: $2,000/month") is the pay.
    package static func decide(
        raw: RawPosting, text: String, country: String?, internship: Bool = false
    ) -> SalaryDecision {
        var warnings: [String] = []
        if let structured = raw.salary {
            if structured.isWithheld { return SalaryDecision() }
            if [structured.minimum, structured.maximum].contains(where: { ($0 ?? 0) < 0 }) {
                warnings.append("negative salary in the source's pay fields was dropped")
            }
            if let salary = fromStructured(
                paidAsStated(structured, text: text), source: raw.sourcePlatform, country: country,
                warnings: &warnings)
            {
                return SalaryDecision(salary: salary, source: .structured, warnings: warnings)
            }
        }
        let reading = SalaryText.read(text, internship: internship)
        var otherRole: String?
        for mention in reading.mentions {
            // "Our senior vets earn $130,000+" in a practice manager's post: another role's pay.
            if OtherRolePay.names(mention.sentence, title: raw.title) {
                otherRole = otherRole ?? mention.sentence
                continue
            }
            // A mention dropped as absurd says so, whether or not a later one is kept.
            if let salary = fromMention(mention, country: country, warnings: &warnings) {
                return SalaryDecision(salary: salary, source: .text, evidence: mention.sentence, warnings: warnings)
            }
        }
        let evidence = reading.doubtful ?? otherRole ?? reading.mentions.first?.sentence
        return SalaryDecision(evidence: evidence, warnings: warnings)
    }

    /// A source's monthly pay field whose text says how many times a year the month's pay is paid
    /// ("Das monatliche Gehalt wird 14-mal im Jahr ausbezahlt", "14 pagas", "13th month pay"): the
    /// months paid, as a monthly figure written in the text with its count already is
    /// (`SalaryPeriodWords.paymentsStated`). Any other field is as the source gave it.
    ///
    /// The text may also restate the field's own figures with their count ("salario de 1.850 € a
    /// 2.100 € brutos al mes en 14 pagas" beside a JSON-LD MONTH baseSalary of 1850–2100): the
    /// field is the same pay, so it is paid as many times as the sentence says. Only a sentence
    /// whose figures are the field's counts, since a count beside other money is that money's, and
    /// only a count of payments ("en 14 pagas", "× 14"): a "13e mois" listed among the bonuses
    /// after the field's figures is an extra the field does not hold.
    static func paidAsStated(_ raw: RawSalary, text: String) -> RawSalary {
        guard raw.period.flatMap(SalaryPeriod.init(named:)) == .month,
            let count = SalaryPeriodWords.paymentsStated(in: text) ?? restatedPayments(raw, text: text), count != 12
        else { return raw }
        var paid = raw
        paid.minimum = raw.minimum.map { $0 * Decimal(count) }
        paid.maximum = raw.maximum.map { $0 * Decimal(count) }
        paid.period = "year"
        return paid
    }

    /// The payments a year of a text mention whose figures are the monthly field's own.
    private static func restatedPayments(_ raw: RawSalary, text: String) -> Int? {
        let low = raw.minimum.flatMap { $0 > 0 ? $0 : nil }
        let high = raw.maximum.flatMap { $0 > 0 ? $0 : nil }
        guard low != nil || high != nil else { return nil }
        return SalaryText.read(text).mentions.first { mention in
            mention.paymentsPerYear != nil && SalaryPeriodWords.namesPaymentCount(mention.sentence)
                && (mention.minimum ?? mention.maximum) == (low ?? high)
                && (mention.maximum ?? mention.minimum) == (high ?? low)
        }?.paymentsPerYear
    }

    /// Structured pay annualised. A missing period is yearly, unless the figure is under 300,
    /// which no one earns a year: then hourly.
    package static func fromStructured(_ raw: RawSalary, source: String = "", country: String?) -> YearlySalary? {
        var warnings: [String] = []
        return fromStructured(raw, source: source, country: country, warnings: &warnings)
    }

    static func fromStructured(
        _ raw: RawSalary, source: String = "", country: String?, warnings: inout [String]
    ) -> YearlySalary? {
        var low = raw.minimum.flatMap { $0 > 0 ? $0 : nil }
        var high = raw.maximum.flatMap { $0 > 0 ? $0 : nil }
        guard low != nil || high != nil else { return nil }
        let period = raw.period.flatMap(SalaryPeriod.init(named:)) ?? ((high ?? low)! < 300 ? .hour : .year)
        // A bare "$" (Breezy's pay phrase, a Hacker News first line) is the country's dollar, else USD.
        let currency =
            CurrencyRule.code(raw.currency)
            ?? raw.currency.flatMap { CurrencyRule.currency(symbol: $0, country: country) }
            ?? country.flatMap { CurrencyRule.dollarCountries[$0] }
        // Greenhouse pay_input_ranges are cents; an adapter that passed them through unconverted
        // gives a yearly figure 100 times too big, which is undone here rather than dropped.
        if source == "greenhouse", period == .year, let value = high ?? low,
            value > Decimal(upperBound(currency)), value / 100 <= Decimal(upperBound(currency))
        {
            low = low.map { $0 / 100 }
            high = high.map { $0 / 100 }
        }
        return bounded(low: low, high: high, period: period, currency: currency, warnings: &warnings)
    }

    static func fromMention(_ mention: SalaryMention, country: String?, warnings: inout [String]) -> YearlySalary? {
        // "55 000 kr" in a posting of another country: whose crown is unknown, so nothing. In a posting
        // with no country, the sentence's pay word may say ("Månadslön 65 000 kr" is Swedish).
        var country = country
        if mention.currency?.lowercased() == "kr", country == nil {
            country = CurrencyWords.crownCountry(of: mention.sentence)
        }
        guard let currency = mention.currency.flatMap({ CurrencyRule.currency(symbol: $0, country: country) })
        else { return nil }
        var period = mention.period
        // "৳৮০,০০০", "₮2,400,000", "35 000 ج.م." without a period: native digits, or a currency read
        // only through CLDR's symbols, are pay from places whose custom (a month's pay or a year's)
        // these rules have not learnt, so the period is not guessed.
        if period == nil, mention.paymentsPerYear == nil,
            mention.nativeDigits || !CurrencyRule.isHandMark(mention.currency ?? "")
        {
            return nil
        }
        if period == nil, mention.paymentsPerYear == nil {
            let value = mention.maximum ?? mention.minimum ?? 0
            if monthlyCustom.contains(currency) || (monthlyCustomCountries.contains(country ?? "") && value < 10_000) {
                // "Salário: R$ 12.000", "15 000 - 20 000 PLN", Lithuania's "2 400 – 3 000 EUR
                // neatskaičius mokesčių": pay there is quoted by the month, and a recruiter there reads a
                // figure without its period as a month's (the labelled sets record it so, fresh3, fresh5,
                // fresh7 and fresh11 alike). In a euro country a five-figure sum is still a year's.
                period = .month
            } else if currency == "JPY", value >= 100_000, value < 1_000_000 {
                // "基本給 198,000円～235,000円": a year's pay in yen runs to seven figures and an hour's or
                // a day's to four or five, so a six-figure sum without its period is a month's (the
                // monthly 基本給 or 月給 of a full-time post).
                period = .month
            } else if CurrencyRule.crownCountries.values.contains(currency), value < 100_000 {
                // "DKK 55.000 - 62.000" with its period missed: Nordic pay is quoted by the month, and
                // a year's pay in crowns runs to six figures, so a smaller figure is a doubt.
                return nil
            } else if value >= 10_000 {
                period = .year  // a bare "€1,500" is a perk or a month, not a year's pay
            } else if value >= 7, value <= 300 {
                period = .hour
            } else {
                return nil  // "$500": a day rate or a bonus; too ambiguous to store.
            }
        }
        if let payments = mention.paymentsPerYear {
            let factor = Decimal(payments)
            return bounded(
                low: mention.minimum.map { $0 * factor }, high: mention.maximum.map { $0 * factor }, period: .year,
                currency: currency, warnings: &warnings, wholeOrNothing: true)
        }
        return bounded(
            low: mention.minimum, high: mention.maximum, period: period!, currency: currency, warnings: &warnings,
            wholeOrNothing: true)
    }

    /// Currencies in which pay is usually quoted by the month (Brazil, Poland, Central and Eastern
    /// Europe, Latin America, Türkiye, South-East Asia).
    static let monthlyCustom: Set<String> = [
        "BRL", "PLN", "CZK", "RON", "UAH", "HUF", "ARS", "MXN", "CLP", "COP", "PEN", "UYU", "TRY", "PHP", "IDR",
        "VND", "THB", "MYR", "BGN", "RSD",
    ]

    /// Countries paying in a currency quoted both ways elsewhere (the euro) where pay is quoted by the
    /// month: the Baltic states, Slovakia, Slovenia and Croatia.
    static let monthlyCustomCountries: Set<String> = ["LT", "LV", "EE", "SK", "SI", "HR"]

    /// Annualised, ordered and sanity-checked.
    ///
    /// `wholeOrNothing` (text): a range with one absurd end was misread, so nothing is kept; a
    /// source's structured pay keeps its sensible end.
    static func bounded(
        low: Decimal?, high: Decimal?, period: SalaryPeriod, currency: String?, warnings: inout [String],
        wholeOrNothing: Bool = false
    ) -> YearlySalary? {
        let factor = Decimal(period.yearlyFactor)
        var minimum = low.flatMap { yearly($0 * factor, currency: currency) }
        var maximum = high.flatMap { yearly($0 * factor, currency: currency) }
        if wholeOrNothing, (low != nil && minimum == nil) || (high != nil && maximum == nil) {
            warnings.append("salary outside \(lowerBound(currency))…\(upperBound(currency)) a year was dropped")
            return nil
        }
        if let lower = minimum, let upper = maximum, lower > upper {
            warnings.append("salary minimum \(lower) was above the maximum \(upper); the two were swapped")
            (minimum, maximum) = (upper, lower)
        }
        guard minimum != nil || maximum != nil else {
            if low != nil || high != nil {
                warnings.append("salary outside \(lowerBound(currency))…\(upperBound(currency)) a year was dropped")
            }
            return nil
        }
        return YearlySalary(minimum: minimum, maximum: maximum, currency: currency)
    }

    private static func yearly(_ value: Decimal, currency: String?) -> Int? {
        var rounded = Decimal()
        var input = value
        NSDecimalRound(&rounded, &input, 0, .plain)
        let number = NSDecimalNumber(decimal: rounded).int64Value
        guard number >= lowerBound(currency), number <= upperBound(currency) else { return nil }
        return Int(number)
    }

    static func lowerBound(_ currency: String?) -> Int64 {
        // Rupees: an entry salary of 3 LPA is 300,000, under the other large units' million.
        if let currency, ["INR", "PKR", "LKR", "NGN", "KES"].contains(currency) { return 100_000 }
        return currency.map { CurrencyRule.largeUnit.contains($0) } == true ? 1_000_000 : 1_000
    }

    static func upperBound(_ currency: String?) -> Int64 {
        currency.map { CurrencyRule.largeUnit.contains($0) } == true ? 2_000_000_000 : 5_000_000
    }
}

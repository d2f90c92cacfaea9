// Pay written as a short phrase in a field of its own (Breezy's `salary`, the salary part of a
// Hacker News first line), read by the normaliser's salary reader into structured form.
import Foundation
import JobHuntKernel

enum PayText {
    /// "$120,000 - $150,000", "€60k–75k + equity", "£500/day": the first pay mention as a `RawSalary`,
    /// or nil when the phrase holds none, or only a bare figure that could be a month as well as a year.
    ///
    /// The currency becomes a code when the mark says which (`€`, `£`, `US$`, `EUR`); a bare `$`
    /// is left for the normaliser, which reads it by the posting's country.
    ///
    /// `payField`: the phrase is a field that holds only pay (Breezy's `salary`), so money a
    /// sentence would only doubt is pay there ("$32.50/hr casual loading included"). A Hacker News
    /// line's parts are tried one by one to find the pay, so they are read as sentences.
    static func salary(_ text: String?, payField: Bool = false) -> RawSalary? {
        guard let text, let mention = SalaryText.read(text, payField: payField).mentions.first else { return nil }
        let value = mention.maximum ?? mention.minimum ?? 0
        if mention.period == nil, mention.paymentsPerYear == nil, value >= 300, value < 10_000 { return nil }
        let currency = mention.currency.flatMap { CurrencyRule.code($0) ?? CurrencyRule.symbols[$0.uppercased()] ?? $0 }
        if let payments = mention.paymentsPerYear {
            let factor = Decimal(payments)
            return RawSalary(
                minimum: mention.minimum.map { $0 * factor }, maximum: mention.maximum.map { $0 * factor },
                currency: currency, period: SalaryPeriod.year.rawValue)
        }
        return RawSalary(
            minimum: mention.minimum, maximum: mention.maximum, currency: currency, period: mention.period?.rawValue)
    }
}

// The currency people are paid in where they live, so a salary floor typed as a
// bare number ("80000") can be compared only with pay in the same currency.

/// ISO 4217 currency of each country ``CountryCodes`` knows.
///
/// jobhunt never converts between currencies (rates change daily and nothing
/// here may fetch them), so matching needs to know which currency a person's
/// floor is in: the one a person sets (`target_salary_currency`), else the one
/// of the country they live in, from this table.
package enum CountryCurrency {
    /// The currency of a country given by name, alias or code ("Germany", "UK",
    /// "DE"); nil for a country we do not know.
    ///
    ///     CountryCurrency.currency(of: "United Kingdom")  // "GBP"
    package static func currency(of country: some StringProtocol) -> String? {
        CountryCodes.code(for: country).flatMap { byCode[$0] }
    }

    /// Euro members as of 2026 (Bulgaria joined on 1 January 2026).
    static let euro: Set<String> = [
        "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL",
        "PT", "SI", "SK",
    ]

    static let others: [String: String] = [
        "BR": "BRL", "PE": "PEN", "UY": "UYU", "CR": "CRC", "GB": "GBP", "CH": "CHF", "DK": "DKK", "SE": "SEK",
        "NO": "NOK", "IS": "ISK", "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "RS": "RSD", "UA": "UAH",
        "TR": "TRY", "IL": "ILS", "AE": "AED", "SA": "SAR", "EG": "EGP", "ZA": "ZAR", "NG": "NGN", "KE": "KES",
        "MA": "MAD", "IN": "INR", "PK": "PKR", "BD": "BDT", "LK": "LKR", "CN": "CNY", "JP": "JPY", "KR": "KRW",
        "MY": "MYR", "TH": "THB", "VN": "VND", "PH": "PHP", "ID": "IDR", "PR": "USD",
    ]

    static let byCode: [String: String] = {
        var table = CurrencyRule.dollarCountries.merging(others) { dollar, _ in dollar }
        for code in euro { table[code] = "EUR" }
        return table
    }()
}

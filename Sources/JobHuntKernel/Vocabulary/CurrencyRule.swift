// Names the ISO 4217 currency of a salary from a code or a symbol, reading a
// bare "$" by the posting's country.

/// Currency detection: codes as given; symbols by table; a bare `$` is the dollar of the
/// posting's country (CAD in Canada, AUD in Australia, …) and USD anywhere else or when unknown.
package enum CurrencyRule {
    /// A 3-letter code as given, upper-cased, when it is one we know.
    package static func code(_ text: String?) -> String? {
        guard let text else { return nil }
        let upper = ColumnText.collapsed(text).uppercased()
        return known.contains(upper) ? upper : nil
    }

    /// The currency a symbol or prefixed symbol means: `US$`, `C$`, `A$`, `£`, `€`, `¥`, `₹`, `CHF`.
    /// `$` alone is read by `country` (ISO alpha-2).
    package static func currency(symbol: String, country: String?) -> String? {
        let key = symbol.uppercased()
        if key == "$" { return country.flatMap { dollarCountries[$0] } ?? "USD" }
        // "55 000 kr": the crown of the posting's country, and none elsewhere.
        if key == "KR" || key == "KR." { return country.flatMap { crownCountries[$0] } }
        // "R450 000": the rand, but only in a South African posting ("R2" is too many other things).
        if key == "R" { return country == "ZA" ? "ZAR" : nil }
        return symbols[key] ?? code(key)
    }

    package static let symbols: [String: String] = [
        "US$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "A$": "AUD", "AU$": "AUD",
        "NZ$": "NZD", "S$": "SGD", "SG$": "SGD", "HK$": "HKD", "MX$": "MXN", "R$": "BRL", "£": "GBP",
        "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₪": "ILS", "ZŁ": "PLN", "FR.": "CHF", "₺": "TRY",
        "₱": "PHP", "S/": "PEN", "S/.": "PEN",
    ]

    /// Countries whose currency is written "kr".
    package static let crownCountries: [String: String] = ["SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"]

    /// Countries whose own currency is called a dollar (or uses `$`).
    package static let dollarCountries: [String: String] = [
        "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN",
        "TW": "TWD", "AR": "ARS", "CL": "CLP", "CO": "COP",
    ]

    package static let known: Set<String> = [
        "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "UYU", "CRC", "GBP", "EUR",
        "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RSD", "UAH", "TRY", "ILS",
        "AED", "SAR", "EGP", "ZAR", "NGN", "KES", "MAD", "INR", "PKR", "BDT", "LKR", "CNY", "TWD", "JPY",
        "KRW", "MYR", "THB", "VND", "PHP", "IDR",
    ]

    /// Currencies whose yearly pay runs into millions of units, which widens the sanity bound.
    package static let largeUnit: Set<String> = [
        "JPY", "KRW", "INR", "IDR", "VND", "HUF", "CLP", "COP", "PKR", "LKR", "NGN", "ISK", "ARS", "KES",
    ]
}

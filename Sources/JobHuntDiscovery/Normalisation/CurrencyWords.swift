// Currencies written as words after a figure, in the sources' languages:
// "24.000 y 27.000 euros", "8 000 zł brutto", "50,000 US dollars", "R$ 7 mil reais".
import JobHuntKernel

/// The currency a word (or two) after a figure names: an ISO code, or `$` for a dollar whose
/// country the posting decides. Words that are also units of something else ("pounds" of weight)
/// are only read as money in a sentence about pay, which `SalaryText` checks.
enum CurrencyWords {
    /// The code (or `$`) and where the word ends, or nil when the next word names no currency.
    static func after(_ scalars: [Unicode.Scalar], _ start: Int) -> (String, Int)? {
        let (first, firstEnd) = word(scalars, start)
        guard !first.isEmpty else { return nil }
        if let currency = single[first] { return (currency, firstEnd) }
        guard let qualified = qualifiers[first] else { return nil }
        let (second, secondEnd) = word(scalars, SalaryText.skipBlanks(scalars, firstEnd))
        return dollarWords.contains(second) ? (qualified, secondEnd) : nil
    }

    /// Cheap test for the text pass that skips postings without money: whether a currency word
    /// occurs at all.
    static func occur(in text: String) -> Bool {
        let lowered = text.lowercased()
        return stems.contains { lowered.contains($0) }
    }

    private static let stems = [
        "euro", "dollar", "dólar", "pound", "sterling", "zł", "zloty", "złot", "reais", "rupee", "franc", "franken",
        "yen", "rs.", "rs ", "lpa", "lakh", "crore", "kr", "kč", " tl",
    ]

    private static func word(_ scalars: [Unicode.Scalar], _ start: Int) -> (String, Int) {
        var index = start
        var text = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].properties.isAlphabetic, text.count < 12 {
            text.append(scalars[index])
            index += 1
        }
        if index < scalars.count, scalars[index].properties.isAlphabetic { return ("", start) }
        return (String(text).lowercased(), index)
    }

    private static let dollarWords: Set<String> = ["dollars", "dollar", "dólares", "dolares", "dólar"]

    private static let single: [String: String] = {
        var table: [String: String] = [:]
        let lists: [(String, [String])] = [
            ("EUR", ["euro", "euros", "eur"]),
            ("$", ["dollars", "dollar", "dólares", "dolares", "dólar"]),
            ("GBP", ["pounds", "pound", "sterling", "gbp"]),
            ("PLN", ["zł", "zl", "złotych", "zlotych", "złoty", "zloty", "zlotys", "pln"]),
            ("BRL", ["reais", "brl"]),
            ("INR", ["rupees", "rupee", "inr"]),
            ("CHF", ["francs", "franken", "chf"]),
            ("JPY", ["yen"]),
            // Swedish, Norwegian, Danish and Icelandic crowns: whose the posting's country says.
            ("kr", ["kr", "kronor", "kroner", "kronur"]),
            ("USD", ["usd"]), ("CAD", ["cad"]), ("AUD", ["aud"]),
            // "42 000 Kč", "85.000 TL": the Czech crown and the Turkish lira as written locally.
            ("CZK", ["kč", "czk"]), ("TRY", ["tl"]),
        ]
        for (code, words) in lists { for word in words { table[word] = code } }
        return table
    }()

    /// "US dollars", "Canadian dollars": the word before "dollars" names whose.
    private static let qualifiers: [String: String] = [
        "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD", "nz": "NZD",
    ]
}

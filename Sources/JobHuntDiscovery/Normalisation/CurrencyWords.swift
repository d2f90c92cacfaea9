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
        // "650 000 Ft/hó": the forint as Hungarians write it, with its capital, so "10 ft" of
        // length stays a unit.
        if first == "ft", scalars[safe: start] == "F", scalars[safe: start + 1] == "t" { return ("HUF", firstEnd) }
        guard let nouns = qualifiers[first] else { return nil }
        let (second, secondEnd) = word(scalars, SalaryText.skipBlanks(scalars, firstEnd))
        return nouns[second].map { ($0, secondEnd) }
    }

    /// Whether a word's currency is whose the posting's country says (`$`, `kr`, "dirham", "peso",
    /// …), read by ``CurrencyRule/currency(symbol:country:)``, rather than a code.
    static func isCountryMark(_ word: String) -> Bool {
        word == "$" || word == "kr" || CurrencyRule.countryMarks[word.uppercased()] != nil
    }

    /// "Månadslön 65 000 – 75 000 kr" in a posting with no country: the crown of the language the
    /// sentence's pay word is in (Swedish "lön", Norwegian "lønn", Danish "løn", Icelandic "laun").
    static func crownCountry(of sentence: String) -> String? {
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { $0.hasSuffix("lön") || $0.hasPrefix("lön") }) { return "SE" }
        if words.contains(where: { $0.hasSuffix("lønn") || $0.hasPrefix("lønn") }) { return "NO" }
        if words.contains(where: { $0.hasSuffix("løn") || $0.hasPrefix("løn") }) { return "DK" }
        if words.contains(where: { $0.hasSuffix("laun") || $0 == "launin" }) { return "IS" }
        return nil
    }

    /// Cheap test for the text pass that skips postings without money: whether a currency word
    /// occurs at all.
    ///
    /// Asked of every sentence without a currency sign, so an ASCII text (most of them) is
    /// searched as bytes: there lower-casing is byte by byte and a stem occurs exactly where
    /// its bytes do. Any other text is lower-cased and searched by Foundation as before
    /// (`contains` is Foundation's `range(of:)` here, which bridged every sentence to UTF-16
    /// and was almost half of normalising a posting).
    static func occur(in text: String) -> Bool {
        occurInASCII(text.utf8) ?? occurLowercased(text)
    }

    /// The search for any text: lower-cased, then each stem looked for.
    static func occurLowercased(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return stems.contains { lowered.contains($0) }
    }

    /// Whether an ASCII stem occurs in `utf8` lower-cased, or nil when `utf8` is not all ASCII.
    static func occurInASCII(_ utf8: String.UTF8View) -> Bool? {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(utf8.count)
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        guard lowered.count > 1 else { return false }
        for start in 0..<(lowered.count - 1) {
            // Every stem is at least two bytes long; a cheap look at the first two skips most positions.
            let pair = UInt16(lowered[start]) << 8 | UInt16(lowered[start + 1])
            guard asciiPairs.contains(pair) else { continue }
            for stem in asciiStems where stem.count <= lowered.count - start {
                if lowered[start..<(start + stem.count)].elementsEqual(stem) { return true }
            }
        }
        return false
    }

    /// The stems that are ASCII, as bytes: only they can occur in an ASCII text.
    private static let asciiStems: [[UInt8]] = stems.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    private static let asciiPairs: Set<UInt16> = Set(asciiStems.map { UInt16($0[0]) << 8 | UInt16($0[1]) })

    private static let stems = [
        "euro", "dollar", "dólar", "pound", "sterling", "zł", "zloty", "złot", "reais", "rupee", "franc", "franken",
        "yen", "rs.", "rs ", "lpa", "lakh", "crore", "kr", "kč", " tl",
        // Local currencies as words and letters, and the signs the byte pass does not see.
        "naira", "cedi", "rand", "forint", "lei", "koruna", "korun", "lira", "ringgit", "baht", "rupiah", "yuan",
        "rmb", "shekel", "nis ", "hryvn", "dong", "đồng", "vnđ", "đ", "円", "원", "元", "৳", "฿", "dirham", "riyal",
        "dinar", "peso", "shilling", "ksh", "rp ", "rp.", "rm ", "dhs", "juta", "triệu", "د.إ", "ر.س", "fr.",
        // The colón sign, the Thai baht as written in Thai, and the Hungarian forint's "Ft" (read only
        // with its capital, see `after`).
        "₡", "บาท", " ft",
        // Morocco's "DH" after a figure.
        " dh",
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
            ("CZK", ["kč", "czk"]), ("TRY", ["tl", "lira", "liras", "lirası"]),
            // Other local currencies by their own names.
            ("NGN", ["naira"]), ("GHS", ["cedi", "cedis"]), ("ZAR", ["rand"]), ("HUF", ["forint", "forints"]),
            ("RON", ["lei"]), ("CZK", ["koruna", "korun"]), ("MYR", ["ringgit"]), ("THB", ["baht", "บาท"]),
            ("IDR", ["rupiah"]), ("CNY", ["yuan", "rmb", "renminbi"]), ("ILS", ["shekel", "shekels", "nis"]),
            ("UAH", ["hryvnia", "hryvnias", "hryven", "uah"]), ("VND", ["đồng", "vnđ", "đ", "vnd"]),
            ("BGN", ["leva", "lev"]), ("KES", ["ksh", "kshs"]),
            // Whose the posting's country says (`CurrencyRule.countryMarks`).
            ("DIRHAM", ["dirham", "dirhams"]), ("RIYAL", ["riyal", "riyals"]), ("DINAR", ["dinar", "dinars"]),
            ("PESO", ["peso", "pesos"]), ("SHILLING", ["shilling", "shillings"]),
            // "12 000 DH": Morocco's dirham as written there (not in CLDR), by the posting's country.
            ("DH", ["dh"]),
        ]
        for (code, words) in lists { for word in words { table[word] = code } }
        return table
    }()

    /// "US dollars", "Kenyan shillings", "UAE dirhams": the word before the currency's name names whose.
    private static let qualifiers: [String: [String: String]] = {
        let dollars = ["dollars", "dollar", "dólares", "dolares", "dólar"]
        let lists: [(String, String, [String])] = [
            ("us", "USD", dollars), ("american", "USD", dollars), ("canadian", "CAD", dollars),
            ("australian", "AUD", dollars), ("singapore", "SGD", dollars), ("nz", "NZD", dollars),
            ("kenyan", "KES", ["shillings", "shilling"]), ("ugandan", "UGX", ["shillings", "shilling"]),
            ("tanzanian", "TZS", ["shillings", "shilling"]), ("uae", "AED", ["dirhams", "dirham"]),
            ("emirati", "AED", ["dirhams", "dirham"]), ("moroccan", "MAD", ["dirhams", "dirham"]),
            ("saudi", "SAR", ["riyals", "riyal"]), ("qatari", "QAR", ["riyals", "riyal"]),
            ("mexican", "MXN", ["pesos", "peso"]), ("philippine", "PHP", ["pesos", "peso"]),
            ("chilean", "CLP", ["pesos", "peso"]), ("colombian", "COP", ["pesos", "peso"]),
            ("argentine", "ARS", ["pesos", "peso"]), ("egyptian", "EGP", ["pounds", "pound"]),
            ("kuwaiti", "KWD", ["dinars", "dinar"]), ("jordanian", "JOD", ["dinars", "dinar"]),
        ]
        var table: [String: [String: String]] = [:]
        for (qualifier, code, nouns) in lists { for noun in nouns { table[qualifier, default: [:]][noun] = code } }
        return table
    }()
}

extension Array where Element == Unicode.Scalar {
    fileprivate subscript(safe index: Int) -> Unicode.Scalar? { indices.contains(index) ? self[index] : nil }
}

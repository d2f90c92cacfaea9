// Currencies written as words after a figure, in the sources' languages:
// "24.000 y 27.000 euros", "8 000 zł brutto", "50,000 US dollars", "R$ 7 mil reais".
import Foundation
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
    /// Asked of every line and sentence without a currency sign, so a text that is ASCII but for
    /// common punctuation (most of them) is searched as bytes: there lower-casing is byte by
    /// byte and a stem occurs exactly where its bytes do. Any other text is lower-cased and
    /// searched by Foundation as before (`contains` is Foundation's `range(of:)` here, which
    /// bridges the text to UTF-16; on every sentence it was almost half of normalising a
    /// posting, and on the whole text of postings with a curly quote a tenth).
    static func occur(in text: String) -> Bool {
        occurInBytes(text.unicodeScalars, capacity: text.utf8.count) ?? occurLowercased(text)
    }

    /// The same for a line or sentence of a text.
    static func occur(in text: Substring) -> Bool {
        occurInBytes(text.unicodeScalars, capacity: text.utf8.count) ?? occurLowercased(String(text))
    }

    /// The search for any text: lower-cased, then each stem looked for.
    static func occurLowercased(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return stems.contains { lowered.contains($0) }
    }

    /// Whether an ASCII stem occurs in the text lower-cased, or nil when the text holds a scalar
    /// that is neither ASCII nor ``isInert(_:)``.
    ///
    /// Why that equals Foundation's answer: Foundation matches whole grapheme clusters by
    /// canonical equivalence ("cafe" is not in "café", whichever way the é is written). An inert
    /// scalar is a cluster of its own that lower-cases to one scalar in no stem, so it matches
    /// nothing a stem holds, and no ASCII letter next to it joins its cluster; each one stands
    /// here as a byte that is in no stem. `NormalisationASCIIPathTests` checks that both searches
    /// agree on texts built from stems, ASCII, accented letters and punctuation.
    ///
    /// `capacity`: at least the number of scalars (a text's UTF-8 count, which a `String` knows
    /// without walking it; a scalar view's `count` decodes the whole text once more).
    static func occurInBytes<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars, capacity: Int) -> Bool? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { lowered -> Bool? in
            var length = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    let byte = UInt8(truncatingIfNeeded: value)
                    lowered[length] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                } else if isInert(value) {
                    lowered[length] = 0xFF
                } else {
                    return nil
                }
                length += 1
            }
            // One scalar is shorter than every stem.
            guard length > 1 else { return false }
            for start in 0..<(length - 1) {
                // Every stem is at least two bytes long; a look at the first two skips most positions.
                let first = lowered[start]
                let second = lowered[start + 1]
                guard first < 0x80, second < 0x80, asciiPairs[Int(first) << 7 | Int(second)] else { continue }
                for stem in asciiStems where stem.count <= length - start {
                    if stem.indices.allSatisfy({ lowered[start + $0] == stem[$0] }) { return true }
                }
            }
            return false
        }
    }

    /// The stems that are ASCII, as bytes: only they can occur in a text of ASCII and inert scalars.
    private static let asciiStems: [[UInt8]] = stems.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Whether an ASCII stem starts with these two bytes, indexed by `first << 7 | second`.
    private static let asciiPairs: [Bool] = {
        var table = [Bool](repeating: false, count: 128 * 128)
        for stem in asciiStems { table[Int(stem[0]) << 7 | Int(stem[1])] = true }
        return table
    }()

    /// Whether the byte search may step over this non-ASCII scalar: an accented Latin letter
    /// (U+00C0–U+017F) or common punctuation (no-break space, curly quotes, dashes, bullets,
    /// the ellipsis, ™), none of which joins a neighbour's grapheme cluster, that lower-cases to
    /// one scalar that no stem holds, composed or decomposed ("ó" of "dólar", "ł" of "zł" and
    /// their capitals are not inert, so a stem added later cannot be missed).
    static func isInert(_ value: UInt32) -> Bool {
        if value >= 0xC0, value <= 0x17F { return inertLatin[Int(value - 0xC0)] }
        return inertMarks.contains(value)
    }

    private static let stemScalars: Set<UInt32> = Set(
        stems.flatMap {
            $0.decomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
                + $0.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
        })

    private static func inertCandidate(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 && !stemScalars.contains(value) && !stemScalars.contains(lowered.first!.value)
            && scalar.properties.canonicalCombiningClass == .notReordered && !scalar.properties.isGraphemeExtend
    }

    private static let inertLatin: [Bool] = (UInt32(0xC0)...0x17F).map(inertCandidate)

    private static let inertMarks: Set<UInt32> = Set(
        ([0x00A0, 0x00A9, 0x00AB, 0x00AE, 0x00B0, 0x00B7, 0x00BB, 0x2022, 0x2026, 0x2122] + Array(0x2010...0x2015)
            + Array(0x2018...0x201F)).filter(inertCandidate))

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
        while index < scalars.count, scalars[index].isAlphabeticScalar, text.count < 12 {
            text.append(scalars[index])
            index += 1
        }
        if index < scalars.count, scalars[index].isAlphabeticScalar { return ("", start) }
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

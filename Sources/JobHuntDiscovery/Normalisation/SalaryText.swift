// Finds the first pay range written in a posting's text ("$120k–$150k",
// "€60.000 - €75.000", "$32–$41 per hour", "up to $90k") by scanning scalars.
import Foundation
import JobHuntKernel

/// Pay as the text wrote it, before annualising.
struct SalaryMention: Equatable {
    var minimum: Decimal?
    var maximum: Decimal?
    /// The symbol or code as written (`$`, `US$`, `£`, `EUR`); a code wins over a symbol.
    var currency: String?
    var period: SalaryPeriod?
}

/// The text fallback for salary. A figure counts only with a currency mark on it or on the other
/// end of its range, so "5-7 years" and "401(k)" are never pay.
enum SalaryText {
    /// The first of the text's first `limit` money mentions that `accept` turns into a value;
    /// scanning stops there, so the rest of a long posting is never read.
    static func first<T>(in text: String, limit: Int = 4, _ accept: (SalaryMention) -> T?) -> T? {
        guard let start = moneyStart(text.utf8) else { return nil }
        let scalars = Array(text.unicodeScalars[start...])
        var index = 0
        var seen = 0
        while seen < limit, let (mention, end) = nextMention(scalars, from: index) {
            if let value = accept(mention) { return value }
            seen += 1
            index = end
        }
        return nil
    }

    private static func nextMention(_ scalars: [Unicode.Scalar], from start: Int) -> (SalaryMention, Int)? {
        var index = start
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isNumberPart(scalars[index - 1]) else {
                index += 1
                continue
            }
            guard let first = MoneyToken.read(scalars, at: index) else {
                index += 1
                continue
            }
            var mention = SalaryMention()
            var end = first.end
            var second: MoneyToken?
            if let next = rangeSeparatorEnd(scalars, first.end), let digit = digitAfterMark(scalars, next),
                let token = MoneyToken.read(scalars, at: digit)
            {
                second = token
                end = token.end
            }
            guard let currency = second?.code ?? first.code ?? first.symbol ?? second?.symbol else {
                index = end
                continue
            }
            mention.currency = currency
            var low = first.value
            var high = second?.value
            if let upper = second {
                if upper.hasMultiplier, !first.hasMultiplier, low < 1000 { low *= upper.multiplier }
                if first.hasMultiplier, !upper.hasMultiplier, high! < 1000 { high = high! * first.multiplier }
                mention.minimum = low
                mention.maximum = high
            } else {
                switch qualifier(scalars, before: first.start) {
                case .upTo: mention.maximum = low
                case .from: mention.minimum = low
                case nil: (mention.minimum, mention.maximum) = (low, low)
                }
            }
            if isPerk(scalars, after: end) {
                index = max(end, index + 1)
                continue
            }
            mention.period = period(scalars, after: end)
            return (mention, max(end, index + 1))
        }
        return nil
    }

    /// The first digit after an optional currency mark ("$150k", "US$ 150k", "EUR 75.000").
    private static func digitAfterMark(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        while index < scalars.count, index - start < 5, !isDigit(scalars[index]) {
            let scalar = scalars[index]
            guard MoneyToken.isCodeLetter(scalar) || scalar == " " || "$£€¥₹₩₪₺".unicodeScalars.contains(scalar)
            else { return nil }
            index += 1
        }
        return index < scalars.count && isDigit(scalars[index]) ? index : nil
    }

    /// Where money may start, by a cheap byte pass: the first `$`, two- or three-byte currency
    /// sign (£ ¥ € ₹ ₩ ₪ ₺) or known ISO code, backed up 40 bytes (to a scalar boundary) so a
    /// figure written before its sign ("60.000 €") or an "up to" is still seen. nil: no money.
    private static func moneyStart(_ utf8: String.UTF8View) -> String.Index? {
        var offset = 0
        var recent: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var found: Int?
        for byte in utf8 {
            recent = (recent.1, recent.2, byte)
            if byte == 0x24 || (recent.1 == 0xC2 && (byte == 0xA3 || byte == 0xA5))
                || (recent.1 == 0xE2 && byte == 0x82)
            {
                found = offset
                break
            }
            if isCapital(recent.0), isCapital(recent.1), isCapital(byte),
                CurrencyRule.known.contains(String(decoding: [recent.0, recent.1, byte], as: UTF8.self))
            {
                found = offset
                break
            }
            offset += 1
        }
        guard var start = found.map({ max(0, $0 - 40) }) else { return nil }
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        while start > 0, utf8[index] & 0xC0 == 0x80 {
            start -= 1
            index = utf8.index(before: index)
        }
        return index
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// A digit, letter or separator right before a digit means it continues something else ("H1B", "1.5").
    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "." || scalar == "," || scalar == "'"
            || (scalar.properties.isAlphabetic && !MoneyToken.isCodeLetter(scalar))
    }

    /// Past " - ", "–", " — ", " to " between two figures, or nil when none.
    private static func rangeSeparatorEnd(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = skipBlanks(scalars, start)
        guard index < scalars.count else { return nil }
        switch scalars[index] {
        case "-", "\u{2013}", "\u{2014}", "\u{2212}", "~":
            index += 1
        case "t" where index + 1 < scalars.count && scalars[index + 1] == "o":
            index += 2
        case "a" where index + 2 < scalars.count && scalars[index + 1] == "n" && scalars[index + 2] == "d":
            index += 3
        default:
            return nil
        }
        return skipBlanks(scalars, index)
    }

    static func skipBlanks(_ scalars: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{00A0}" { index += 1 }
        return index
    }

    private enum Qualifier { case upTo, from }

    private static func qualifier(_ scalars: [Unicode.Scalar], before start: Int) -> Qualifier? {
        let window = String(String.UnicodeScalarView(scalars[max(0, start - 16)..<start])).lowercased()
        let words = window.split(whereSeparator: { !$0.isLetter }).suffix(2).joined(separator: " ")
        if words.hasSuffix("up to") || words.hasSuffix("upto") || words.hasSuffix("maximum")
            || words.hasSuffix("max") || words.hasSuffix("exceed")
        {
            return .upTo
        }
        if words.hasSuffix("from") || words.hasSuffix("at least") || words.hasSuffix("starting at")
            || words.hasSuffix("minimum") || words.hasSuffix("min")
        {
            return .from
        }
        return nil
    }

    /// "€1,500 learning budget", "$10k signing bonus", "$50M Series B": money that is not pay.
    private static func isPerk(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let stop = min(scalars.count, end + 32)
        let window = String(String.UnicodeScalarView(scalars[end..<stop])).lowercased()
        // Only the next word: "$120k–$150k plus bonus" is pay, "$10k signing bonus" is not.
        return window.split(whereSeparator: { !$0.isLetter }).first.map { perkWords.contains(String($0)) } ?? false
    }

    private static let perkWords: Set<String> = [
        "budget", "stipend", "allowance", "bonus", "signing", "sign", "relocation", "referral", "funding",
        "series", "raised", "revenue", "arr", "valuation", "learning", "education", "wellness", "equipment",
        "home", "gym", "credits", "grant", "seed",
    ]

    /// The period named within the few words after the figures ("per hour", "/yr", "per annum").
    private static func period(_ scalars: [Unicode.Scalar], after end: Int) -> SalaryPeriod? {
        let stop = min(scalars.count, end + 28)
        let window = Array(String(String.UnicodeScalarView(scalars[end..<stop])).lowercased().utf8)
        for (needles, period) in periodNeedles {
            for needle in needles where contains(window, needle) { return period }
        }
        return nil
    }

    /// Byte search: `String.contains(String)` is generic and slow, and this runs per mention.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    private static let periodNeedles = periodWords.map { words, period in (words.map { Array($0.utf8) }, period) }

    private static let periodWords: [([String], SalaryPeriod)] = [
        (["per hour", "/hour", "/hr", "an hour", "hourly", " ph", "/h "], .hour),
        (["per day", "/day", "a day", "daily", "day rate"], .day),
        (["per week", "/week", "/wk", "a week", "weekly"], .week),
        (["per month", "/month", "/mo", "a month", "monthly", "pro monat", "par mois", "brutto/monat"], .month),
        (["per year", "per annum", "/year", "/yr", "a year", "annual", "yearly", "p.a.", "pro jahr"], .year),
    ]
}

// Finds the pay for this role written in a posting's text ("$120k–$150k",
// "€60.000 - €75.000", "4 000 - 6 000 USD per month", "up to $90k"), one
// sentence at a time, so money that is not pay (a stipend, a perk, a funding
// round) is never read as salary.
import Foundation
import JobHuntKernel

/// Pay as the text wrote it, before annualising.
struct SalaryMention: Equatable {
    var minimum: Decimal?
    var maximum: Decimal?
    /// The symbol or code as written (`$`, `US$`, `£`, `EUR`); a code wins over a symbol.
    var currency: String?
    var period: SalaryPeriod?
    /// "1.600 € x 14 meses": payments a year when the text says so; the period is then a month.
    var paymentsPerYear: Int?
    /// The currency was written as a word ("euros", "pounds"): pay only in a sentence about pay.
    var currencyWord = false
    /// The figures were written in another script's digits ("৳৮০,০০০"), folded to ASCII to be read.
    var nativeDigits = false
    /// The sentence the figures were read from, as evidence.
    var sentence: String = ""
}

/// What the text says about pay: a mention read from a sentence about this role's pay, or,
/// when the only money seen was doubtful, that sentence alone as evidence.
struct SalaryReading {
    var mentions: [SalaryMention] = []
    /// The first sentence with money that was neither clearly pay nor clearly something else.
    var doubtful: String?
}

/// The text fallback for salary. A figure counts only with a currency mark on it or on the other
/// end of its range, so "5-7 years" and "401(k)" are never pay; and only in a sentence about pay
/// (`SalaryContext`): one naming salary, compensation, pay, base, OTE, a range or a rate in one
/// of the sources' languages, or one that is nothing but the figures ("$120k–$150k plus bonus").
enum SalaryText {
    /// The first of the pay mentions that `accept` turns into a value, or nil.
    static func first<T>(in text: String, limit: Int = 12, _ accept: (SalaryMention) -> T?) -> T? {
        for mention in read(text, limit: limit).mentions {
            if let value = accept(mention) { return value }
        }
        return nil
    }

    /// Every pay mention of the text's first `limit` money mentions, in order, and the first
    /// doubtful sentence.
    ///
    /// `payField`: the text is a source's pay field (Breezy's `salary`, a Hacker News line's pay
    /// part), which holds nothing but pay, so money that is neither clearly pay nor clearly
    /// something else there is pay ("$32.50/hr casual loading included"); a perk next to it
    /// ("+ $5,000 sign-on bonus") still is not.
    ///
    /// `internship`: an intern's stipend or allowance named as a sentence's subject is the pay
    /// (``SalaryContext/internPay``).
    static func read(_ text: String, limit: Int = 12, payField: Bool = false, internship: Bool = false)
        -> SalaryReading
    {
        var reading = SalaryReading()
        // CLDR's symbols (a scan at every digit) are asked at most once of any piece of text:
        // of the whole text when it has no other mark (then every line is read, or none), else of
        // each line without a mark, whose sentences are then all read.
        let hasMark = hasMoneyMark(text.utf8) || CurrencyWords.occur(in: text)
        let symbolsOnly = !hasMark && SalaryDigits.hasCLDRSymbol(text[...])
        guard hasMark || symbolsOnly else { return reading }
        var symbolLines: [Range<String.Index>] = []
        // A line without money holds no sentence with money (each sentence is a piece of one
        // line), so such lines are not split at all: most lines of a long description.
        let lineMayHold = { (line: Substring) -> Bool in
            if symbolsOnly || hasMoneyMark(line.utf8) { return true }
            let words = CurrencyWords.occurInBytes(line.unicodeScalars, capacity: line.utf8.count)
            if words == true { return true }
            if SalaryDigits.hasCLDRSymbol(line) {
                symbolLines.append(line.startIndex..<line.endIndex)
                return true
            }
            // A line the byte search cannot answer: its sentences are asked one by one.
            return words == nil
        }
        var seen = 0
        var marked = 0
        let headed = SalaryContext.linesUnderPayHeading(text)
        for sentence in SalaryContext.sentences(of: text, linesWhere: lineMayHold) where seen < limit {
            guard
                symbolsOnly || mayHoldMoney(sentence)
                    || symbolLines.contains(where: { $0.contains(sentence.startIndex) })
            else { continue }
            // "৳৮০,০০০", "٣٥٬٠٠٠": native digits and signs read as ASCII, position for position.
            let written = Array(sentence.unicodeScalars)
            let scalars = SalaryDigits.folded(written)
            let folded = scalars != written
            let context = SalaryContext(
                scalars, internship: internship,
                underPayHeading: headed.contains { $0.contains(sentence.startIndex) })
            var index = 0
            while seen < limit, let (mention, range) = nextMention(scalars, from: index) {
                seen += 1
                index = range.upperBound
                var found = mention
                found.sentence = ColumnText.collapsed(sentence)
                found.nativeDigits = folded && range.contains { scalars[$0] != written[$0] }
                let verdict = context.verdict(for: range)
                // "$35 per visit", "Per-visit pay of $35", "0,10 € par mot": paid by a unit that is not
                // time, of which no yearly figure can be made, even in a pay field.
                if verdict != .notPay, SalaryUnitWords.perOtherUnit(scalars, around: range) {
                    if reading.doubtful == nil { reading.doubtful = found.sentence }
                    continue
                }
                // "2nd shift (this posting) $21.00 - $23.50 per hour": a pay table's row for this job.
                // It goes before the rows read so far: "Day shift $19 - $21 per hour" above it is
                // another shift's pay, however plain its line.
                if verdict != .notPay, !found.currencyWord, found.period != nil,
                    context.marksThisRole(besides: range)
                {
                    reading.mentions.insert(found, at: marked)
                    marked += 1
                    continue
                }
                switch verdict {
                case .pay where found.currencyWord && !context.aboutPay:
                    // "lift up to 50 pounds": a currency word alone does not make a figure pay.
                    if reading.doubtful == nil { reading.doubtful = found.sentence }
                case .pay: reading.mentions.append(found)
                case .notPay:
                    // "Budget: €500-€600/day": a contractor's rate, not a perk's budget.
                    if SalaryContext.isRateBudget(sentence), found.period == .hour || found.period == .day {
                        reading.mentions.append(found)
                    }
                case .doubtful where payField: reading.mentions.append(found)
                case .doubtful: if reading.doubtful == nil { reading.doubtful = found.sentence }
                }
            }
        }
        return reading
    }

    /// Whether a sentence has a currency sign, code or word (CLDR's symbols are asked of the
    /// whole text, once, by `read`).
    static func mayHoldMoney(_ text: Substring) -> Bool {
        hasMoneyMark(text.utf8) || CurrencyWords.occur(in: text)
    }

    /// `mayHoldMoney` for a whole line, before it is split: true when unsure (a line the byte
    /// search cannot answer), so its sentences are asked one by one as before, never twice.
    static func lineMayHoldMoney(_ line: Substring) -> Bool {
        hasMoneyMark(line.utf8) || (CurrencyWords.occurInBytes(line.unicodeScalars, capacity: line.utf8.count) ?? true)
    }

    /// The next figure (or range) with a currency mark, and the scalars it spans.
    private static func nextMention(_ scalars: [Unicode.Scalar], from start: Int) -> (SalaryMention, Range<Int>)? {
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
            // "$130,000/year - $150,000/year": a period may sit between the two ends.
            let firstPeriod = SalaryPeriodWords.suffix(scalars, at: first.end)
            let afterFirst = firstPeriod?.end ?? first.end
            if let next = rangeSeparatorEnd(scalars, afterFirst) ?? laterProgression(scalars, afterFirst),
                let digit = digitAfterMark(scalars, next),
                let token = MoneyToken.read(scalars, at: digit),
                !SalaryPeriodWords.countsPayments(scalars, token)
            {
                second = token
                end = token.end
            }
            guard let currency = second?.code ?? first.code ?? first.symbol ?? second?.symbol,
                plausibleCode(first, second)
            else {
                index = max(end, index + 1)
                continue
            }
            mention.currency = currency
            mention.currencyWord = [first, second].contains { $0?.currencyWord == true }
            var low = first.value
            var high = second?.value
            if let upper = second {
                if upper.hasMultiplier, !first.hasMultiplier, low < 1000 { low *= upper.multiplier }
                if first.hasMultiplier, !upper.hasMultiplier, high! < 1000 { high = high! * first.multiplier }
                mention.minimum = low
                mention.maximum = high
            } else if first.orMore {
                mention.minimum = low
            } else if let years = trainingYearRange(scalars, first: first) {
                // "CHF 750 (1. Lehrjahr), CHF 1'000 (2. Lehrjahr), CHF 1'350 (3. Lehrjahr)".
                (mention.minimum, mention.maximum) = (years.minimum, years.maximum)
                end = years.end
            } else {
                let afterPeriod = SalaryPeriodWords.suffix(scalars, at: end)?.end ?? end
                switch qualifier(scalars, before: first.start) ?? qualifier(scalars, after: afterPeriod) {
                case .upTo: mention.maximum = low
                case .from: mention.minimum = low
                case nil: (mention.minimum, mention.maximum) = (low, low)
                }
            }
            if let count = SalaryPeriodWords.payments(scalars, after: end) {
                mention.period = .month
                mention.paymentsPerYear = count
                return (mention, first.start..<max(end, index + 1))
            }
            let after = SalaryPeriodWords.suffix(scalars, at: end)
            mention.period =
                after?.period ?? firstPeriod?.period ?? SalaryPeriodWords.label(scalars, first.start)
                ?? SalaryPeriodWords.after(scalars, end) ?? SalaryPeriodWords.before(scalars, first.start)
            // "1.900 €/mês (14 meses)", "2 200 € brut mensuel sur 13 mois", "per maand, 13e maand": a
            // monthly figure the sentence says is paid N times a year.
            if mention.period == .month,
                let count = SalaryPeriodWords.paymentsNamed(in: scalars, after: end)
            {
                mention.paymentsPerYear = count
            }
            return (mention, first.start..<max(after?.end ?? end, index + 1))
        }
        return nil
    }

    /// "PHP 7/8" is the language, "ALL 3" a word: a code read as currency needs a figure that
    /// looks like pay (1,000 or more, or with a k/M) unless the other end of the range has a mark.
    private static func plausibleCode(_ first: MoneyToken, _ second: MoneyToken?) -> Bool {
        let tokens = [first] + (second.map { [$0] } ?? [])
        // "Le 5 mai", "den 3": a CLDR symbol of letters needs a pay-sized figure too.
        if let symbol = tokens.compactMap(\.symbol).first, CLDRCurrencySymbols.isLetters(symbol),
            CurrencyRule.symbols[symbol.uppercased()] == nil, symbol != "kr", symbol != "Rs", symbol != "Rs."
        {
            return tokens.contains { $0.value >= 100 || $0.hasMultiplier }
        }
        if tokens.contains(where: { $0.symbol != nil }) { return true }
        guard let code = tokens.compactMap(\.code).first else { return true }
        guard ambiguousCodes.contains(code) else { return true }
        return tokens.contains { $0.value >= 1000 || $0.hasMultiplier }
    }

    /// ISO codes that are also common words, acronyms or technology names in postings ("AMD", "NIO",
    /// "CVE", "MNT", "BTN", "IRR", "SDG", "BSD", …).
    private static let ambiguousCodes: Set<String> = [
        "PHP", "ALL", "TOP", "CUP", "MOP", "BOB", "SOS", "TRY", "AMD", "NIO", "CVE", "GEL", "BAM", "NAD", "SVC",
        "BTN", "CDF", "IRR", "MGA", "MKD", "MNT", "MVR", "SDG", "BSD", "ANG", "MDL", "SCR", "KGS", "ERN", "LAK",
        "TMT", "SHP", "SRD", "STN", "MRU", "LSL", "AOA", "BND", "PAB", "PGK", "SBD", "WST", "VES", "VED", "ZMW",
    ]

    /// The first digit after an optional currency mark ("$150k", "US$ 150k", "EUR 75.000").
    private static func digitAfterMark(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        while index < scalars.count, index - start < 5, !isDigit(scalars[index]) {
            let scalar = scalars[index]
            // "KSh 180,000", "Rp 10 juta", "₦1,200,000": letters and signs of a mark.
            guard
                scalar.isAlphabeticScalar || scalar == " " || scalar == "."
                    || "$£€¥₹₩₪₺₱₦₫₴₸₽₼₾৳฿₵₡₨/".unicodeScalars.contains(scalar)
            else { return nil }
            index += 1
        }
        return index < scalars.count && isDigit(scalars[index]) ? index : nil
    }

    /// True when the text has a `$`, a two- or three-byte currency sign (£ ¥ € ₹ ₩ ₪ ₺) or a
    /// known ISO code: a cheap byte pass that skips postings without money.
    private static func hasMoneyMark(_ utf8: some Sequence<UInt8>) -> Bool {
        var recent: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var earlier: UInt8 = 0
        for byte in utf8 {
            earlier = recent.0
            recent = (recent.1, recent.2, byte)
            // "R 14 500": the rand's R, a blank, a digit.
            if recent.0 == 0x52, recent.1 == 0x20, byte >= 0x30, byte <= 0x39, !isLetter(earlier) { return true }
            // "$", "£", "¥", the E2 82 signs (€ ₹ ₱ …) and Peru's "S/".
            if byte == 0x24 || (recent.1 == 0xC2 && (byte == 0xA3 || byte == 0xA5))
                || (recent.1 == 0xE2 && byte == 0x82) || (recent.1 == 0x53 && byte == 0x2F)
            {
                return true
            }
            // "R450 000": the rand's R on a figure, not ending a word.
            if recent.1 == 0x52, byte >= 0x30, byte <= 0x39, !isLetter(recent.0) { return true }
            if isCapital(recent.0), isCapital(recent.1), isCapital(byte),
                CurrencyRule.known.contains(String(decoding: [recent.0, recent.1, byte], as: UTF8.self))
            {
                return true
            }
        }
        return false
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func isLetter(_ byte: UInt8) -> Bool { isCapital(byte) || (byte >= 0x61 && byte <= 0x7A) }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// A digit, letter or separator right before a digit means it continues something else ("H1B", "1.5").
    /// Japanese, Chinese and Korean write no blank between a word and a figure ("月給25万円",
    /// "연봉4,500만원"), so their letters do not.
    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "." || scalar == "," || scalar == "'"
            || (scalar.isAlphabeticScalar && !MoneyToken.isCodeLetter(scalar) && scalar.value < 0x1100)
    }
}

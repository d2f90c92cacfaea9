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
    static func read(_ text: String, limit: Int = 12, payField: Bool = false) -> SalaryReading {
        var reading = SalaryReading()
        guard hasMoneyMark(text.utf8) || CurrencyWords.occur(in: text) || SalaryDigits.hasCLDRSymbol(text[...]) else {
            return reading
        }
        var seen = 0
        // A line without money holds no sentence with money (each sentence is a piece of one
        // line), so such lines are not split at all: most lines of a long description.
        for sentence in SalaryContext.sentences(of: text, linesWhere: lineMayHoldMoney) where seen < limit {
            guard mayHoldMoney(sentence) else { continue }
            // "৳৮০,০০০", "٣٥٬٠٠٠": native digits and signs read as ASCII, position for position.
            let written = Array(sentence.unicodeScalars)
            let scalars = SalaryDigits.folded(written)
            let folded = scalars != written
            let context = SalaryContext(scalars)
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

    /// Whether a sentence has a currency sign, code or word: the only ones read.
    static func mayHoldMoney(_ text: Substring) -> Bool {
        hasMoneyMark(text.utf8) || CurrencyWords.occur(in: text) || SalaryDigits.hasCLDRSymbol(text)
    }

    /// `mayHoldMoney` for a whole line, before it is split: true when unsure (a line the byte
    /// search cannot answer), so its sentences are asked one by one as before, never twice.
    static func lineMayHoldMoney(_ line: Substring) -> Bool {
        hasMoneyMark(line.utf8) || (CurrencyWords.occurInBytes(line.unicodeScalars, capacity: line.utf8.count) ?? true)
            || SalaryDigits.hasCLDRSymbol(line)
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
                let token = MoneyToken.read(scalars, at: digit)
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
                after?.period ?? firstPeriod?.period ?? SalaryPeriodWords.after(scalars, end)
                ?? SalaryPeriodWords.before(scalars, first.start)
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
        for byte in utf8 {
            recent = (recent.1, recent.2, byte)
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

    private static func isLetter(_ byte: UInt8) -> Bool { isCapital(byte) || (byte >= 0x61 && byte <= 0x7A) }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// A digit, letter or separator right before a digit means it continues something else ("H1B", "1.5").
    /// Japanese, Chinese and Korean write no blank between a word and a figure ("月給25万円",
    /// "연봉4,500만원"), so their letters do not.
    private static func isNumberPart(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || scalar == "." || scalar == "," || scalar == "'"
            || (scalar.isAlphabeticScalar && !MoneyToken.isCodeLetter(scalar) && scalar.value < 0x1100)
    }

    /// Past " - ", "–", " — ", " to ", " bis ", " à ", " a ", " tot ", " até " between two
    /// figures, or nil when none.
    private static func rangeSeparatorEnd(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = skipBlanks(scalars, start)
        guard index < scalars.count else { return nil }
        if let end = progressionEnd(scalars, index) { return end }
        switch scalars[index] {
        // "28万円～35万円", "6,000만원 ~ 8,000만원": the wave dashes of Japanese and Korean too.
        case "-", "\u{2013}", "\u{2014}", "\u{2212}", "~", "\u{FF5E}", "\u{301C}":
            return skipBlanks(scalars, index + 1)
        default:
            break
        }
        guard index > start else { return nil }  // a word separator needs a blank before it
        var word = ""
        while index < scalars.count, scalars[index].isAlphabeticScalar, word.unicodeScalars.count < 6 {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard rangeWords.contains(word.lowercased()), index < scalars.count,
            scalars[index] == " " || scalars[index] == "\u{00A0}"
        else { return nil }
        return skipBlanks(scalars, index)
    }

    /// ", rising to £34,000", "increasing to", "steigend auf": pay that grows with time is a range
    /// from the first figure to the last.
    private static func progressionEnd(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        if index < scalars.count, scalars[index] == "," { index = skipBlanks(scalars, index + 1) }
        // Asked at every comma and word of a sentence with money: a window whose first letter
        // starts no phrase is answered without building it.
        guard index < scalars.count else { return nil }
        if scalars[index].value < 0x80, !progressionInitials.contains(scalars[index].value | 0x20) { return nil }
        let window = ScalarText.lowered(scalars[index..<min(scalars.count, index + 24)])
        for phrase in progressionPhrases where window.hasPrefix(phrase + " ") {
            return skipBlanks(scalars, index + phrase.unicodeScalars.count + 1)
        }
        return nil
    }

    /// "$22.75/hour during training, rising to $26.40/hour": a progression a few words after the
    /// first figure (no other figure, mark or sentence end between), read like one right after it.
    private static func laterProgression(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        var words = 0
        while index < scalars.count, words < 8 {
            let scalar = scalars[index]
            if isDigit(scalar) || "$€£¥₹.;!?(".unicodeScalars.contains(scalar) { return nil }
            let wordStart = scalar.isAlphabeticScalar && index > start && scalars[index - 1] == " "
            if scalar == "," || wordStart {
                if let end = progressionEnd(scalars, index) { return end }
                if wordStart { words += 1 }
            }
            index += 1
        }
        return nil
    }

    /// The ASCII letters a progression phrase can start with, lower-cased: each phrase's first
    /// scalar once decomposed ("é" is "e" and an accent), since `hasPrefix` compares characters
    /// by canonical equivalence.
    private static let progressionInitials: Set<UInt32> = Set(
        progressionPhrases.compactMap { $0.decomposedStringWithCanonicalMapping.unicodeScalars.first?.value })

    private static let progressionPhrases = [
        "rising to", "increasing to", "progressing to", "growing to", "going up to", "steigend auf",
        "évoluant à", "evoluant à", "pouvant évoluer à", "oplopend tot", "aumentando a", "subiendo a",
    ]

    private static let rangeWords: Set<String> = [
        "to", "and", "bis", "und", "à", "a", "tot", "até", "et", "y", "e", "en", "au",
        // pl, sv, no/da, vi, id, tr: "od 9 000 do 11 500 zł", "30 000 till 35 000 kr", "20 đến 30 triệu".
        "do", "till", "til", "đến", "hingga", "sampai", "ile",
    ]

    static func skipBlanks(_ scalars: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{00A0}" { index += 1 }
        return index
    }

    private enum Qualifier { case upTo, from }

    private static let minimumNouns = ["mindestlohn", "mindestgehalt", "mindestentgelt", "mindestverdienst"]

    private static let minimumWords: Set<String> = [
        "minimum", "minimal", "minimaal", "mínimo", "minimo", "plancher", "floor", "minimumsalaris",
    ]

    /// "upp till", "från", "od", "từ", "最大", "최소": the qualifiers of the other languages the sources
    /// use, matched as whole words (Latin) or at the end of a run of CJK or Hangul text.
    private static func localQualifier(_ words: String) -> Qualifier? {
        func ends(_ phrase: String) -> Bool {
            if phrase.unicodeScalars.first.map({ $0.value >= 0x1100 }) == true { return words.hasSuffix(phrase) }
            return words == phrase || words.hasSuffix(" " + phrase)
        }
        if localUpTo.contains(where: ends) { return .upTo }
        if localFrom.contains(where: ends) { return .from }
        return nil
    }

    private static let localUpTo = [
        "upp till", "opp til", "op til", "inntil", "do", "tối đa", "hingga", "sampai", "maksimal", "maks",
        "enintään", "en fazla", "azami", "最大", "最高", "최대",
    ]

    private static let localFrom = [
        "från", "fra", "od", "từ", "mulai", "mulai dari", "dari", "minimal", "vähintään", "en az", "asgari", "最低",
        "최소", "최저",
    ]

    /// "$20/hour to start", "28万円以上", "5,000만원 이상", "3 000 € alkaen": a qualifier written after
    /// the figure (and its period).
    private static func qualifier(_ scalars: [Unicode.Scalar], after end: Int) -> Qualifier? {
        let stop = min(scalars.count, end + 24)
        guard end < stop else { return nil }
        let window = ScalarText.lowered(scalars[end..<stop])
        let words = window.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(3).map(String.init)
        guard let first = words.first, Int(first) == nil else { return nil }
        let phrase = words.prefix(2).joined(separator: " ")
        if ["to start", "to begin", "or more", "and up", "and above", "or above", "or higher"].contains(phrase)
            || ["starting", "alkaen", "itibaren"].contains(first)
            || ["以上", "から", "이상", "부터"].contains(where: { first.hasPrefix($0) })
        {
            return .from
        }
        if ["or less", "at most"].contains(phrase) || ["まで", "以下", "까지", "이하"].contains(where: { first.hasPrefix($0) })
        {
            return .upTo
        }
        return nil
    }

    private static func qualifier(_ scalars: [Unicode.Scalar], before start: Int) -> Qualifier? {
        let window = ScalarText.lowered(scalars[max(0, start - 20)..<start])
        let words = window.split(whereSeparator: { !$0.isLetter }).suffix(2).joined(separator: " ")
        let upTo = [
            "up to", "upto", "maximum", "max", "exceed", "jusqu à", "bis zu", "hasta", "até", "tot", "maximaal",
            "maximal", "höchstens", "hooguit", "fino a", "massimo", "maximo", "máximo",
        ]
        // Whole words only: "admin" does not end in "min", nor "lab" in "ab".
        func ends(_ phrase: String) -> Bool { words == phrase || words.hasSuffix(" " + phrase) }
        if upTo.contains(where: ends) { return .upTo }
        if let local = localQualifier(words) { return local }
        // "Starting salary £30,500": the pay a new hire starts on, a floor the role grows from (two
        // of the three blind sets that wrote it labelled it so; the third was relabelled to match).
        let from = [
            "from", "at least", "starting at", "starts at", "start at", "starting from", "starts from", "minimum",
            "min", "à partir de", "partir de", "ab", "desde", "vanaf", "a partir de", "starting salary",
            "starting pay", "starting wage", "starting rate",
        ]
        if from.contains(where: ends) { return .from }
        // "Das kollektivvertragliche Mindestgehalt beträgt 3.900 €", "salaire minimum de …": a
        // floor named a few words before the figure fills only the minimum.
        let wider = ScalarText.lowered(scalars[max(0, start - 40)..<start])
            .split(whereSeparator: { !$0.isLetter }).suffix(4)
        if wider.contains(where: { $0.hasPrefix("mindest") || minimumWords.contains(String($0)) }) { return .from }
        // "Der Mindestlohn für diese Position beträgt € 18,40": the noun itself ("Mindestlohn",
        // "Mindestgehalt") still names a floor a few words further back; "mindestens" there
        // belongs to something else ("mindestens 3 Jahre Erfahrung").
        let wide = ScalarText.lowered(scalars[max(0, start - 64)..<start]).split(whereSeparator: { !$0.isLetter })
        if wide.suffix(6).contains(where: { word in minimumNouns.contains { word.hasPrefix($0) } }) { return .from }
        return nil
    }
}

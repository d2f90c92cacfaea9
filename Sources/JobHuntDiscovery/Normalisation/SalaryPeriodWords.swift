// The pay period written next to money, in en, fr, de, es, pt and nl:
// "/hr", "per annum", "/ month", "par mois", "pro Stunde", "por hora", "per uur".
import Foundation
import JobHuntKernel

/// Reads a pay period from the words around a money mention.
enum SalaryPeriodWords {
    /// A period written right after the figure: "/year", "/ month", " per hour", " par an",
    /// " pro Monat", " p.a.", " hourly". Returns it and where it ends.
    static func suffix(_ scalars: [Unicode.Scalar], at start: Int) -> (period: SalaryPeriod, end: Int)? {
        // Behind the hand-written words, every CLDR locale's "per month" ("á mánuði", "kwa mwezi").
        handSuffix(scalars, at: start) ?? CLDRPeriodPhrases.after(scalars, at: start)
    }

    private static func handSuffix(_ scalars: [Unicode.Scalar], at start: Int) -> (period: SalaryPeriod, end: Int)? {
        var index = SalaryText.skipBlanks(scalars, start)
        guard index < scalars.count else { return nil }
        if scalars[index] == "/" {
            index = SalaryText.skipBlanks(scalars, index + 1)
            let (word, end) = word(scalars, at: index)
            if word == "an" || word == "a" || word == "ano" || word == "j" { return (.year, end) }
            return period(of: word).map { ($0, end) }
        }
        let (first, firstEnd) = word(scalars, at: index)
        if first == "p", scalars[safe: firstEnd] == ".", scalars[safe: firstEnd + 1] == "a" {
            let end = scalars[safe: firstEnd + 2] == "." ? firstEnd + 3 : firstEnd + 2
            return (.year, end)
        }
        if let period = period(of: first) { return (period, firstEnd) }
        guard linkWords.contains(first) else { return nil }
        // "pr. måned": the Danish and Norwegian "per" is written with a dot.
        let link = first == "pr" && scalars[safe: firstEnd] == "." ? firstEnd + 1 : firstEnd
        let (second, secondEnd) = word(scalars, at: SalaryText.skipBlanks(scalars, link))
        if first == "par", second == "an" { return (.year, secondEnd) }
        return period(of: second).map { ($0, secondEnd) }
    }

    /// "1.600 € x 14 meses", "× 13 Monatsgehälter": a monthly figure paid N times a year (12…16).
    static func payments(_ scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var index = SalaryText.skipBlanks(scalars, start)
        // "€ 1.450 brutos × 14 meses": gross or net may stand between the figure and the count.
        let (between, betweenEnd) = word(scalars, at: index)
        if grossNet.contains(between) { index = SalaryText.skipBlanks(scalars, betweenEnd) }
        guard index < scalars.count, scalars[index] == "x" || scalars[index] == "×" || scalars[index] == "X" else {
            return nil
        }
        index = SalaryText.skipBlanks(scalars, index + 1)
        var count = 0
        var digits = 0
        while index < scalars.count, SalaryText.isDigit(scalars[index]), digits < 2 {
            count = count * 10 + Int(scalars[index].value - 0x30)
            digits += 1
            index += 1
        }
        return (12...16).contains(count) ? count : nil
    }

    /// "(14 meses)", "14 pagas", "13 Monatsgehälter", "sur 13 mois", "13e maand", "13th month",
    /// "13. Monatsgehalt" within the next few words: the number of monthly payments a year (12…16).
    ///
    /// A count of payments ("pagas", "salários", "Monatsgehälter") or an ordinal month (the 13th)
    /// is read wherever it stands; a bare number of months only after "sur", "x", "in", "em", "op",
    /// "over", in parentheses, or right after the figure's own month word ("por mês, 14 meses"),
    /// since "CDD de 14 mois" is a contract's length, not its payments. "mensais x 14" (a bare
    /// 13…16 after "x" or "×") is that many payments too.
    static func paymentsNamed(in scalars: [Unicode.Scalar], after start: Int) -> Int? {
        // "€ 3.450 brutto monatlich auf Basis Vollzeit (37 Std.), 14 x jährlich": the count may
        // come after the hours the figure is based on, a dozen words on.
        let stop = min(scalars.count, start + 96)
        guard start < stop else { return nil }
        let window = ScalarText.lowered(scalars[start..<stop])
        var words: [(text: String, afterParenthesis: Bool)] = []
        var current = ""
        var parenthesis = false
        var sawParenthesis = false
        for character in window {
            if character == "×" {
                if !current.isEmpty { words.append((current, parenthesis)) }
                words.append(("x", false))
                current = ""
                sawParenthesis = false
            } else if character.isLetter || character.isNumber || character == "º" || character == "°" {
                if current.isEmpty { parenthesis = sawParenthesis }
                current.append(character)
                sawParenthesis = false
            } else {
                if !current.isEmpty { words.append((current, parenthesis)) }
                current = ""
                // "13. Monatsgehalt": the dot makes the number an ordinal; keep it on the word.
                if character == ".", let last = words.last, Int(last.text) != nil {
                    words[words.count - 1].text += "."
                }
                sawParenthesis = character == "(" || (sawParenthesis && character == " ")
            }
            if words.count >= 14 { break }
        }
        if !current.isEmpty, words.count < 14 { words.append((current, parenthesis)) }
        for (offset, word) in words.enumerated() {
            // "tháng lương thứ 13", "lương tháng 13": Vietnam's thirteenth month, the number after
            // "thứ" (-th) or "tháng" (month), since a month 13 names no date.
            if offset > 0, ["thứ", "tháng"].contains(words[offset - 1].text),
                let count = Int(word.text.hasSuffix(".") ? String(word.text.dropLast()) : word.text),
                (13...16).contains(count)
            {
                return count
            }
            // "1.780 € con tredicesima e quattordicesima": Italy's thirteenth and fourteenth months
            // (CCNL Commercio, Turismo) named by their ordinal words alone; the fourteenth comes
            // with the thirteenth, so either way it makes 14.
            if word.text.hasPrefix("quattordicesim") { return 14 }
            if word.text.hasPrefix("tredicesim") {
                let rest = words[(offset + 1)...].prefix(3)
                return rest.contains { $0.text.hasPrefix("quattordicesim") } ? 14 : 13
            }
            if offset + 1 == words.count {
                // "mensais x 14" at the end of the sentence.
                if offset > 0, words[offset - 1].text == "x",
                    let count = Int(word.text.hasSuffix(".") ? String(word.text.dropLast()) : word.text),
                    (13...16).contains(count)
                {
                    return count
                }
                break
            }
            let next = words[offset + 1].text
            let third = offset + 2 < words.count ? words[offset + 2].text : ""
            // "USD 1.100 mensuales más décimo tercero": Ecuador's (and Central America's) thirteenth
            // salary by law. Ecuador's "décimo cuarto" is one basic wage whatever the pay, not a month
            // of this salary, so it adds nothing.
            if ["décimo", "decimo"].contains(word.text), ["tercero", "tercer"].contains(next) { return 13 }
            if word.text.hasPrefix("decimoterc") || word.text.hasPrefix("décimoterc") { return 13 }
            // "HK$22,000 – 28,000 + double pay": Hong Kong's and Singapore's thirteenth month, unless
            // it is an overtime rate ("double pay for Sundays", "double pay on public holidays").
            if word.text == "double", next == "pay", !overtimeLinks.contains(third) { return 13 }
            // "S$5,500 – S$6,800 + AWS": Singapore's Annual Wage Supplement, its thirteenth month.
            if word.text == "aws" || (word.text == "annual" && next == "wage" && third == "supplement") {
                return 13
            }
            // "13-month salary guaranteed": the hyphen splits the count from its month; a salary
            // word must follow, since "a 13-month contract" is a length.
            if let count = Int(word.text), (13...16).contains(count), next == "month",
                ["salary", "salaries", "pay", "wage", "wages"].contains(third)
            {
                return count
            }
            if let count = ordinal(word.text), (13...16).contains(count),
                ordinalUnits.contains(where: { next.hasPrefix($0) })
            {
                return count
            }
            guard let count = Int(word.text), (12...16).contains(count) else { continue }
            if paymentWords.contains(where: { next.hasPrefix($0) }) { return count }
            if timesWords.contains(next),
                words[(offset + 2)...].prefix(2).contains(where: { period(of: $0.text) == .year })
            {
                return count
            }
            // "€ 2.050 brutto monatlich (14 x)": a count of times set apart in parentheses after a
            // monthly figure is its payments a year, as Austrian collective agreements write them.
            if word.afterParenthesis, next == "x", (13...16).contains(count) { return count }
            let previous = offset > 0 ? words[offset - 1].text : ""
            if monthWords.contains(where: { next.hasPrefix($0) }),
                word.afterParenthesis || countLinks.contains(previous) || period(of: previous) == .month
            {
                return count
            }
            if previous == "x", (13...16).contains(count) { return count }
        }
        return nil
    }

    /// "1.450 € en 14 pagas", "2.000 € y 14 pagas": a bare 12…16 followed by a word counting
    /// payments is their count, not the end of a range (Spanish "en" and "y" also join a range's
    /// ends, so "en 14" had been read as a range from 1,450 down to 14 and dropped as absurd).
    static func countsPayments(_ scalars: [Unicode.Scalar], _ token: MoneyToken) -> Bool {
        guard token.symbol == nil, token.code == nil, !token.hasMultiplier, (12...16).contains(token.value) else {
            return false
        }
        let (next, _) = word(scalars, at: SalaryText.skipBlanks(scalars, token.end))
        return paymentWords.contains { next.hasPrefix($0) }
    }

    /// Whether a sentence counts its payments as the way the pay is paid: "en 14 pagas", "14
    /// Monatsgehälter", "× 14", not an extra listed beside the pay ("plus prime d'équipe, 13e mois
    /// et intéressement"), which is a bonus a source's monthly field does not include.
    static func namesPaymentCount(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "×" })
            .map(String.init)
        for (index, word) in words.enumerated() {
            guard let count = Int(word), (12...16).contains(count) else { continue }
            if index + 1 < words.count, paymentWords.contains(where: { words[index + 1].hasPrefix($0) }) { return true }
            if index > 0, ["x", "×"].contains(words[index - 1]) { return true }
        }
        return false
    }

    /// The payments a year a sentence about pay states without a figure of its own: "Das
    /// monatliche Gehalt wird 14-mal im Jahr ausbezahlt", "O salário é pago em 14 prestações".
    /// For a source's monthly pay field, whose text cannot write the count after the figure.
    static func paymentsStated(in text: String) -> Int? {
        for line in text.split(whereSeparator: \.isNewline) {
            for sentence in line.split(separator: ". ") where !SalaryText.mayHoldMoney(sentence) {
                let scalars = Array(sentence.unicodeScalars)
                let words = ScalarText.lowered(scalars[...]).split(whereSeparator: { !$0.isLetter })
                guard words.contains(where: { SalaryContext.isPayWord(String($0)) }) else { continue }
                if let count = paymentsNamed(in: scalars, after: 0) { return count }
            }
        }
        return nil
    }

    /// "13e", "13ème", "13th", "13.", "13º": the number of an ordinal, or nil.
    private static func ordinal(_ word: String) -> Int? {
        for suffix in ["ème", "eme", "th", "e", ".", "º", "°", "o", "de"] where word.hasSuffix(suffix) {
            if let number = Int(word.dropLast(suffix.count)) { return number }
        }
        return nil
    }

    private static let grossNet: Set<String> = [
        "gross", "net", "brutos", "brutas", "bruto", "bruta", "brutto", "brut", "brute", "netto", "neto", "netos",
        "líquido", "líquidos", "liquido", "líquida", "líquidas", "liquida",
    ]

    private static let paymentWords = [
        "pagas", "pagos", "salários", "salarios", "monatsgeh", "gehälter", "salaires", "maandsalarissen",
        "payments", "mensualités", "pagamentos", "salaries", "monatslöhne", "mensilit", "stipendi", "pagamenti",
        "wages", "paychecks",
        // "paga em 14 prestações", "en 14 prestaciones", "in 13 instalments".
        "prestaç", "prestac", "instalment", "installment", "mensualidades",
    ]

    /// "14 vezes por ano", "14 mal jährlich", "13 times a year": a count of payments when a year
    /// word follows within two words.
    private static let timesWords: Set<String> = ["vezes", "veces", "times", "mal", "fois", "keer", "volte", "x"]

    /// Month words after a bare number: payments only when the number is set apart as a count.
    private static let monthWords = ["meses", "mois", "months", "maanden", "monate", "mesi"]

    /// What an ordinal names when it is a month's pay: "13e maand", "13th month", "13. Monatsgehalt".
    private static let ordinalUnits = [
        "maand", "mois", "month", "monatsgeh", "gehalt", "salário", "salario", "salaire", "mes", "mês",
        "monatslohn", "monatslöhne", "lohn", "paga", "mensilit", "mese", "salary", "wage", "pay", "plat",
    ]

    /// Words after "double pay" that make it an overtime rate, not a thirteenth month.
    private static let overtimeLinks: Set<String> = ["for", "on", "at", "when", "during", "if", "after", "rate"]

    /// Italian "1.650 € lordi al mese su 14 mesi" sets the count apart with "su" as French does
    /// with "sur".
    private static let countLinks: Set<String> = ["sur", "su", "x", "in", "em", "en", "op", "over", "über"]

    /// A period among the next five words of the sentence ("$100k - $120k annual base").
    static func after(_ scalars: [Unicode.Scalar], _ start: Int) -> SalaryPeriod? {
        var index = start
        var previous = ""
        for _ in 0..<5 {
            while index < scalars.count, !scalars[index].isAlphabeticScalar {
                if SalaryText.isDigit(scalars[index]) {
                    // "(B2B)", "W-2": a digit inside a word is part of the word, not the next figure.
                    guard index > 0, scalars[index - 1].isAlphabeticScalar else { return nil }
                    while index < scalars.count,
                        SalaryText.isDigit(scalars[index])
                            || scalars[index].isAlphabeticScalar
                    {
                        index += 1
                    }
                    continue
                }
                index += 1
            }
            let (word, end) = word(scalars, at: index)
            guard !word.isEmpty, !itemWords.contains(word) else { return nil }
            if previous == "par", word == "an" { return .year }
            if word.count > 1 || word == "h", let period = period(of: word) {
                // "CHF 105'000 – 120'000, Geschäftsauto und ein Homeoffice-Tag pro Woche", "one day a
                // week from home": a period word followed by "per" and another period counts days of
                // something else, it is not the figure's period.
                return isFrequency(scalars, after: end) ? nil : period
            }
            previous = word
            index = end
        }
        return nil
    }

    /// Whether "pro Woche", "per week", "a week", "par semaine" follows (a link word, then a period).
    private static func isFrequency(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        let (link, linkEnd) = word(scalars, at: SalaryText.skipBlanks(scalars, end))
        guard linkWords.contains(link) else { return false }
        let (unit, _) = word(scalars, at: SalaryText.skipBlanks(scalars, linkEnd))
        return period(of: unit) != nil
    }

    /// Words that start another item of a list, whose period is that item's: "AED 38,000 – 46,000
    /// (tax free), plus annual flights". ("+" does not: "22 000 zł netto + VAT miesięcznie".)
    private static let itemWords: Set<String> = ["plus", "sowie"]

    /// A period among the four words before the figure ("hourly rate of $45", "Tagessatz 600 €").
    /// "Monthly package: SAR 30,000 – 36,000 (basic + housing), annual tickets": a period in
    /// the label right before the figure (words, a colon, at most a currency between it and
    /// the figure). It outranks a period a few words after the figure, which may be a perk's.
    static func label(_ scalars: [Unicode.Scalar], _ start: Int) -> SalaryPeriod? {
        let from = max(0, start - 40)
        guard let colon = (from..<start).last(where: { scalars[$0] == ":" }) else { return nil }
        let between = ScalarText.lowered(scalars[(colon + 1)..<start]).split(whereSeparator: { !$0.isLetter })
        guard between.count <= 1, !(colon + 1..<start).contains(where: { SalaryText.isDigit(scalars[$0]) }) else {
            return nil
        }
        // "Tagessatz (8 Std.):", "Shift rate (12 hours):": an aside in parentheses at the label's end
        // says how long the day is; the label's own words name the period.
        var labelEnd = colon
        if labelEnd > from, scalars[labelEnd - 1] == ")",
            let open = (from..<labelEnd).last(where: { scalars[$0] == "(" }),
            (open..<labelEnd).contains(where: { SalaryText.isDigit(scalars[$0]) })
        {
            labelEnd = open
        }
        let label = ScalarText.lowered(scalars[from..<labelEnd]).split(whereSeparator: { !$0.isLetter }).suffix(3)
        return label.reversed().lazy.compactMap { period(of: String($0)) }.first
    }

    /// "Monatslohn bei 100 % CHF 5'300", "Jahreslohn (80–100 %) CHF 70'000": a workload in per
    /// cent between the pay word and the figure is the basis the figure is stated on, not a figure
    /// of its own, so the period is looked for before it. Where the percentage starts, or nil when
    /// the last digit before the figure is no percentage's.
    static func workloadBefore(_ scalars: [Unicode.Scalar], digit: Int) -> Int? {
        let sign = SalaryText.skipBlanks(scalars, digit + 1)
        guard scalars[safe: sign] == "%" else { return nil }
        var index = digit
        while index > 0,
            SalaryText.isDigit(scalars[index - 1]) || " \u{00A0}-–.,(".unicodeScalars.contains(scalars[index - 1])
        {
            index -= 1
        }
        return index < digit ? index : digit
    }

    static func before(_ scalars: [Unicode.Scalar], _ start: Int) -> SalaryPeriod? {
        // "월당 300만원", "айына 250 000 ₸": CLDR's "per month" written before the figure.
        if let period = CLDRPeriodPhrases.before(scalars, start) { return period }
        // Four words back, however long: "Månadslön enligt Motorbranschavtalet, från 34 500 kr" names
        // its month five dozen scalars before the figure.
        var from = max(0, start - 64)
        let wide = ScalarText.lowered(scalars[from..<start])
        // "… per month, or 18 000 PLN": words before an earlier figure are that figure's.
        if let digit = (from..<start).last(where: { SalaryText.isDigit(scalars[$0]) }) {
            // "Day rate (8 hrs) £195.00", "Shift rate (12 hours): …": a count of hours in parentheses
            // is how long the day or shift is, not the period; the label before it names the period.
            if let open = hoursInParentheses(scalars, digit: digit, before: start) {
                return before(scalars, open)
            }
            if let basis = workloadBefore(scalars, digit: digit) {
                return before(scalars, basis)
            }
            from = digit + 1
        }
        let window = ScalarText.lowered(scalars[from..<start])
        // "1. Jahr 1.100 €", "2nd year: £34,000", "première année": the year of a training or
        // scheme names which year, not a period of pay.
        let tokens = wide.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }.filter { !$0.isEmpty }
        let words = window.split(whereSeparator: { !$0.isLetter }).suffix(4)
        for word in words.reversed() where word.count > 2 || isEastAsian(word) {
            if let period = period(of: String(word)) ?? eastAsianPeriod(word) {
                if let index = tokens.lastIndex(of: String(word)), index > 0, isOrdinal(tokens[index - 1]) {
                    return nil
                }
                return period
            }
        }
        return nil
    }

    static func period(of word: String) -> SalaryPeriod? { words[word] }

    /// Han, kana or Hangul: words of two characters there ("月給", "연봉") are whole pay words.
    private static func isEastAsian(_ word: Substring) -> Bool {
        word.unicodeScalars.first.map { $0.value >= 0x1100 } ?? false
    }

    /// "基本給月額", "給与：月給", "연봉은": Japanese and Korean run words together and add particles, so
    /// a period word is looked for inside the run.
    private static func eastAsianPeriod(_ word: Substring) -> SalaryPeriod? {
        guard isEastAsian(word) else { return nil }
        return eastAsianStems.first { word.contains($0.0) }?.1
    }

    private static let eastAsianStems: [(String, SalaryPeriod)] = [
        ("時給", .hour), ("日給", .day), ("日当", .day), ("週給", .week), ("月給", .month), ("月収", .month),
        ("月額", .month), ("年収", .year), ("年俸", .year), ("年額", .year), ("年薪", .year), ("月薪", .month),
        ("시급", .hour), ("일급", .day), ("일당", .day), ("주급", .week), ("월급", .month), ("연봉", .year),
    ]

    /// "1", "2nd", "3e", "first", "zweites", "première": which one of a sequence.
    /// Where "(" stands when the last number before a figure is a count of hours in parentheses
    /// right before it ("Day rate (8 hrs) £195.00", "Tagessatz (8 Std.): 480 €"): the length of the day or shift
    /// the label names, so the label's own period word, before the parenthesis, is the figure's.
    private static func hoursInParentheses(_ scalars: [Unicode.Scalar], digit: Int, before start: Int) -> Int? {
        var open = digit
        while open > 0, SalaryText.isDigit(scalars[open - 1]) || scalars[open - 1] == "." { open -= 1 }
        while open > 0, scalars[open - 1] == " " { open -= 1 }
        guard open > 0, scalars[open - 1] == "(" else { return nil }
        let (unit, unitEnd) = word(scalars, at: SalaryText.skipBlanks(scalars, digit + 1))
        guard period(of: unit) == .hour else { return nil }
        var close = SalaryText.skipBlanks(scalars, unitEnd)
        if close < start, scalars[close] == "." { close += 1 }  // "(8 Std.)"
        guard close < start, scalars[close] == ")" else { return nil }
        // Nothing but blanks, a colon or a currency mark between the parenthesis and the figure.
        let rest = ScalarText.lowered(scalars[(close + 1)..<start])
        guard rest.split(whereSeparator: { !$0.isLetter }).allSatisfy({ $0.count <= 3 }) else { return nil }
        return open - 1
    }

    private static func isOrdinal(_ token: String) -> Bool {
        if Int(token) != nil { return true }
        if ordinal(token) != nil { return true }
        for suffix in ["st", "nd", "rd", "ste", "er", "ère", "ème"] where token.hasSuffix(suffix) {
            if Int(token.dropLast(suffix.count)) != nil { return true }
        }
        return ordinalWords.contains(token)
    }

    private static let ordinalWords: Set<String> = [
        "first", "second", "third", "fourth", "erste", "ersten", "erstes", "zweite", "zweiten", "zweites", "dritte",
        "dritten", "drittes", "première", "premiere", "deuxième", "deuxieme", "troisième", "primer", "segundo",
        "tercer", "primeiro", "terceiro", "eerste", "tweede", "derde",
    ]

    private static func word(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var index = start
        var text = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].isAlphabeticScalar {
            text.append(scalars[index])
            index += 1
        }
        return (String(text).lowercased(), index)
    }

    /// "per", "a", "an", "par", "pro", "por", "each", "la", "al", "im", "op": a period word follows.
    private static let linkWords: Set<String> = [
        "per", "a", "an", "par", "pro", "por", "each", "every", "la", "al", "im", "op", "de", "le", "the", "i", "pr",
    ]

    private static let words: [String: SalaryPeriod] = {
        var table: [String: SalaryPeriod] = [:]
        let lists: [(SalaryPeriod, [String])] = [
            (
                .hour,
                [
                    "hour", "hourly", "hr", "hrs", "h", "heure", "horaire", "stunde", "std", "stündlich",
                    "stundenlohn", "hora", "uur", "uurloon", "uurtarief", "timme", "timmen", "timlön", "timelønn",
                    "timeløn", "tim", "godz", "godzinę", "godzina", "orario", "oraria", "orari", "jikyu",
                    // fi, vi, id, tr, ja, ko: "€/tunti", "/giờ", "per jam", "saatlik", "/時間", "/시간".
                    "tunti", "tunnissa", "tunnilta", "tuntipalkka", "giờ", "jam", "saat", "saatlik", "時間", "時給",
                    "시간", "시급",
                    // hu, ro: "Órabér", "RON/oră".
                    "óra", "órabér", "oră",
                ]
            ),
            (
                .day,
                [
                    "day", "daily", "diem", "jour", "journalier", "journée", "tjm", "tag", "täglich", "tagessatz",
                    "día", "dia", "diario", "diária", "diaria", "dag", "dagtarief", "giorno", "giornaliero",
                    "giornata", "nikkyu", "dzień", "dziennie", "dniówka", "päivä", "päivässä", "ngày", "hari",
                    "günlük", "gün", "日給", "일급", "일당",
                ]
            ),
            (
                .week,
                [
                    "week", "weekly", "wk", "semaine", "hebdomadaire", "woche", "wöchentlich", "semana", "semanal",
                    "vecka", "veckan", "uke", "uken", "tuần", "minggu", "haftalık", "週給", "주급",
                ]
            ),
            (
                .month,
                [
                    "month", "monthly", "mo", "mth", "mois", "mensuel", "mensuelle", "mensuels", "monat",
                    "monatlich", "monatsgehalt", "mes", "mensual", "mês", "mensal", "maand", "maandelijks",
                    "maandsalaris", "mnd", "mtl", "pm", "mensais", "meses", "mensuales", "maandelijkse", "månad",
                    "månaden", "mån", "måned", "måneden", "md", "mdr", "månadslön", "månedsløn", "månedslønn",
                    "miesięcznie", "mies", "miesiąc", "mese", "mensile", "mensili", "mensilmente", "gekkyu",
                    // Finnish ("€/kk", "kuukaudessa"), Turkish ("TL / ay", "aylık"), Czech ("měsíčně").
                    "kk", "kuukausi", "kuukaudessa", "kuussa", "ay", "aylık", "měsíčně", "měsíc", "měsíční",
                    // sv, no, da, fi, pl, vi, id, tr, ja, ko.
                    "månaden", "månadsvis", "månedlig", "kuukausipalkka", "mc", "msc", "miesięczne",
                    "miesięcznego", "tháng", "bulan", "bulanan", "aylik", "月", "月給", "月収", "月額", "월", "월급",
                    // hr, lv, et, ro, hu, th: "€ neto mjesečno", "EUR bruto mēnesī", "€/kuu", "lei pe lună",
                    // "Ft/hó", "havi bruttó", "บาท/เดือน".
                    "mjesečno", "mjesečna", "mjesečni", "mjesec", "mēnesī", "mēnesis", "kuu", "kuus", "kuupalk", "lună",
                    "lunar", "lunară", "hó", "havi", "havonta", "เดือน",
                    // de, sk, lt: "Monatslohn CHF 5'200", "1 800 € brutto mesačne", "EUR per mėnesį".
                    "monatslohn", "mesačne", "mesačná", "mesačný", "mesačnú", "mesiac", "mėnesį",
                    "mėnesio", "mėn",
                ]
            ),
            (
                .year,
                [
                    "year", "yearly", "yr", "annum", "annual", "annually", "pa", "annuel", "annuelle", "annuels",
                    "jahr", "jährlich", "jahresgehalt", "año", "anual", "anuales", "ano", "jaar", "jaarlijks",
                    "jaarsalaris", "brutto", "jahresbrutto", "år", "året", "årslön", "årsløn", "rocznie", "rok",
                    "anno", "annuo", "annui", "annua", "annuale", "annuali", "ral", "nenshu", "nenpo",
                    // sv, no, da, fi, pl, vi, id, tr, ja, ko.
                    "årligen", "årlig", "årslønn", "vuodessa", "vuosi", "vuosipalkka", "roczne", "rocznego", "năm",
                    "tahun", "tahunan", "yıllık", "yıl", "yillik", "年", "年収", "年俸", "年額", "연", "연봉",
                ]
            ),
        ]
        for (period, spellings) in lists { for spelling in spellings { table[spelling] = period } }
        // "brutto" alone says gross, not yearly: only "Jahresbrutto" does.
        table["brutto"] = nil
        return table
    }()
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

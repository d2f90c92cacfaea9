// The pay period written next to money, in en, fr, de, es, pt and nl:
// "/hr", "per annum", "/ month", "par mois", "pro Stunde", "por hora", "per uur".
import Foundation
import JobHuntKernel

/// Reads a pay period from the words around a money mention.
enum SalaryPeriodWords {
    /// A period written right after the figure: "/year", "/ month", " per hour", " par an",
    /// " pro Monat", " p.a.", " hourly". Returns it and where it ends.
    static func suffix(_ scalars: [Unicode.Scalar], at start: Int) -> (period: SalaryPeriod, end: Int)? {
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
        let (second, secondEnd) = word(scalars, at: SalaryText.skipBlanks(scalars, firstEnd))
        if first == "par", second == "an" { return (.year, secondEnd) }
        return period(of: second).map { ($0, secondEnd) }
    }

    /// "1.600 € x 14 meses", "× 13 Monatsgehälter": a monthly figure paid N times a year (12…16).
    static func payments(_ scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var index = SalaryText.skipBlanks(scalars, start)
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

    /// "(14 meses)", "14 pagas", "13 Monatsgehälter", "13 mois", "14 salários" within the next
    /// few words: the number of monthly payments a year (12…16).
    static func paymentsNamed(in scalars: [Unicode.Scalar], after start: Int) -> Int? {
        let stop = min(scalars.count, start + 40)
        guard start < stop else { return nil }
        let window = String(String.UnicodeScalarView(scalars[start..<stop])).lowercased()
        let words = window.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(6).map(String.init)
        for (offset, word) in words.enumerated() where offset + 1 < words.count {
            guard let count = Int(word), (12...16).contains(count) else { continue }
            if paymentWords.contains(where: { words[offset + 1].hasPrefix($0) }) { return count }
        }
        return nil
    }

    private static let paymentWords = [
        "meses", "pagas", "pagos", "salários", "salarios", "monatsgeh", "gehälter", "mois", "salaires", "months",
        "maandsalarissen", "payments",
    ]

    /// A period among the next four words of the sentence ("$100k - $120k annual base").
    static func after(_ scalars: [Unicode.Scalar], _ start: Int) -> SalaryPeriod? {
        var index = start
        var previous = ""
        for _ in 0..<4 {
            while index < scalars.count, !scalars[index].properties.isAlphabetic {
                if SalaryText.isDigit(scalars[index]) { return nil }  // the next figure: its words are its own
                index += 1
            }
            let (word, end) = word(scalars, at: index)
            guard !word.isEmpty else { return nil }
            if previous == "par", word == "an" { return .year }
            if word.count > 1 || word == "h", let period = period(of: word) { return period }
            previous = word
            index = end
        }
        return nil
    }

    /// A period among the four words before the figure ("hourly rate of $45", "Tagessatz 600 €").
    static func before(_ scalars: [Unicode.Scalar], _ start: Int) -> SalaryPeriod? {
        let window = String(String.UnicodeScalarView(scalars[max(0, start - 40)..<start])).lowercased()
        let words = window.split(whereSeparator: { !$0.isLetter }).suffix(4)
        for word in words.reversed() where word.count > 2 {
            if let period = period(of: String(word)) { return period }
        }
        return nil
    }

    static func period(of word: String) -> SalaryPeriod? { words[word] }

    private static func word(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var index = start
        var text = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].properties.isAlphabetic {
            text.append(scalars[index])
            index += 1
        }
        return (String(text).lowercased(), index)
    }

    /// "per", "a", "an", "par", "pro", "por", "each", "la", "al", "im", "op": a period word follows.
    private static let linkWords: Set<String> = [
        "per", "a", "an", "par", "pro", "por", "each", "every", "la", "al", "im", "op", "de", "le", "the",
    ]

    private static let words: [String: SalaryPeriod] = {
        var table: [String: SalaryPeriod] = [:]
        let lists: [(SalaryPeriod, [String])] = [
            (
                .hour,
                [
                    "hour", "hourly", "hr", "hrs", "h", "heure", "horaire", "stunde", "std", "stündlich",
                    "stundenlohn", "hora", "uur", "uurloon", "uurtarief",
                ]
            ),
            (
                .day,
                [
                    "day", "daily", "diem", "jour", "journalier", "journée", "tjm", "tag", "täglich", "tagessatz",
                    "día", "dia", "diario", "diária", "diaria", "dag", "dagtarief",
                ]
            ),
            (.week, ["week", "weekly", "wk", "semaine", "hebdomadaire", "woche", "wöchentlich", "semana", "semanal"]),
            (
                .month,
                [
                    "month", "monthly", "mo", "mth", "mois", "mensuel", "mensuelle", "mensuels", "monat",
                    "monatlich", "monatsgehalt", "mes", "mensual", "mês", "mensal", "maand", "maandelijks",
                    "maandsalaris", "mnd", "mtl", "pm", "mensais", "meses", "mensuales", "maandelijkse",
                ]
            ),
            (
                .year,
                [
                    "year", "yearly", "yr", "annum", "annual", "annually", "pa", "annuel", "annuelle", "annuels",
                    "jahr", "jährlich", "jahresgehalt", "año", "anual", "anuales", "ano", "jaar", "jaarlijks",
                    "jaarsalaris", "brutto", "jahresbrutto",
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

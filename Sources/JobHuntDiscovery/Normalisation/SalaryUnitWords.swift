// Pay by a unit that is not time ("$35 per visit", "0,10 € par mot", "45p per
// mile"): no yearly salary can be made of it, so it is kept only as evidence.
import Foundation

/// Reads "per <unit>" next to a money mention, where the unit is a piece of work or a distance
/// rather than an hour, day, week, month or year.
enum SalaryUnitWords {
    /// True when "per"/"par"/"pro"/"por"/"each"/"every"/"/" and a non-time unit follow the mention
    /// within three words ("$35 per visit", "$0.25/word"), or "per-<unit>" stands among the six
    /// words before it, after any earlier figure ("Per-visit pay of $35").
    static func perOtherUnit(_ scalars: [Unicode.Scalar], around range: Range<Int>) -> Bool {
        // The link among the two words after the figure ("per visit", "for every lesson"); the unit
        // right after it or after up to two modifiers.
        if hasUnit(tokens(scalars, from: range.upperBound, count: 5), linkWithin: 2) { return true }
        var start = max(0, range.lowerBound - 40)
        if let digit = (start..<range.lowerBound).last(where: { SalaryText.isDigit(scalars[$0]) }) { start = digit + 1 }
        return hasUnit(Array(tokens(scalars, from: start, upTo: range.lowerBound).suffix(6)))
    }

    /// "per visit", and "per completed return", "per filed claim": a past participle may stand
    /// between the link and the unit, since what is paid for is still a piece of work. A period
    /// word never is such a participle, so "per annum" stays a year. So may a measure of the piece
    /// ("$9 for every completed 25-minute lesson", "per 60-minute session"): a lesson's length does
    /// not make the rate an hourly one.
    private static func hasUnit(_ words: [String], linkWithin: Int = .max) -> Bool {
        for (index, token) in words.enumerated()
        where index < linkWithin && index + 1 < words.count && links.contains(token) {
            var next = index + 1
            while next < words.count, next - index <= 2, isModifier(words[next]) { next += 1 }
            if next < words.count, units.contains(words[next]) { return true }
        }
        return false
    }

    /// A past participle ("completed", "filed") or a measure joined to its number ("25-minute").
    private static func isModifier(_ word: String) -> Bool {
        word.hasPrefix("#") || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// Lower-cased words and slashes from `start`, at most `count` of them, stopping at a digit
    /// (the next figure's words are its own).
    private static func tokens(_ scalars: [Unicode.Scalar], from start: Int, count: Int) -> [String] {
        var result: [String] = []
        var index = start
        while index < scalars.count, result.count < count {
            let scalar = scalars[index]
            if SalaryText.isDigit(scalar) {
                // "25-minute": a measure of the piece, read as one word ("#minute"); any other
                // figure is the next mention's.
                var end = index
                while end < scalars.count, SalaryText.isDigit(scalars[end]) { end += 1 }
                guard end + 1 < scalars.count, scalars[end] == "-", scalars[end + 1].isAlphabeticScalar else { break }
                index = end + 1
                var word = String.UnicodeScalarView()
                while index < scalars.count, scalars[index].isAlphabeticScalar {
                    word.append(scalars[index])
                    index += 1
                }
                result.append("#" + String(word).lowercased())
                continue
            }
            if scalar == "/" {
                result.append("/")
                index += 1
            } else if scalar.isAlphabeticScalar {
                var word = String.UnicodeScalarView()
                while index < scalars.count, scalars[index].isAlphabeticScalar {
                    word.append(scalars[index])
                    index += 1
                }
                result.append(String(word).lowercased())
            } else {
                index += 1
            }
        }
        return result
    }

    /// The words and slashes of `start..<end`.
    private static func tokens(_ scalars: [Unicode.Scalar], from start: Int, upTo end: Int) -> [String] {
        tokens(Array(scalars[start..<end]), from: 0, count: Int.max)
    }

    /// "for every completed lesson" says what "per" says.
    private static let links: Set<String> = ["per", "par", "pro", "por", "each", "every", "/"]

    /// Units of work or distance, in en, fr, de, es, pt, nl and it.
    private static let units: Set<String> = [
        "visit", "visits", "word", "words", "mile", "miles", "km", "kilometre", "kilometer", "piece", "pieces",
        "delivery", "deliveries", "drop", "session", "sessions", "patient", "call", "calls", "article", "articles",
        "shift", "hire", "placement", "lesson", "lessons", "class", "classes", "case", "cases", "page", "pages",
        "load", "loads", "task", "tasks", "item", "items", "unit", "units", "consult", "consultation", "procedure",
        "referral", "sale", "mot", "mots", "visite", "séance", "seance", "livraison", "wort", "wörter", "besuch",
        "palabra", "palabras", "visita", "sesión", "sesion", "palavra", "palavras", "sessão", "woord", "woorden",
        "bezoek", "parola", "cartella",
        // A tax preparer's "$40 – $85 per completed return", an adjuster's "per claim".
        "return", "returns", "claim", "claims",
    ]
}

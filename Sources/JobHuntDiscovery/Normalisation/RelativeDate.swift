// "Posted 3 Days Ago", "yesterday", "il y a 2 jours": a posting date given relative
// to when the page was fetched, resolved against the normaliser's clock.
import Foundation
import JobHuntKernel

/// Relative posting dates, in en, fr, de, es, pt and nl.
///
/// Only a phrase that names one day resolves: "today", "just posted", "yesterday", "N days ago",
/// "N hours ago", "a week ago" / "N weeks ago" (seven days each). An open-ended phrase ("30+ Days
/// Ago", "more than a month ago") or anything else is nil, and the caller warns: a guessed date
/// would make an old posting look fresh.
///
///     RelativeDate.day("Posted 3 Days Ago", now: Date(timeIntervalSince1970: 1_796_083_200))  // 2026-11-28
package enum RelativeDate {
    package static func day(_ phrase: String, now: Date) -> CalendarDate? {
        let text = ColumnText.folded(phrase)
        // "30+ Days Ago", "more than 30 days": a bound, not a day.
        if text.contains("+") || openEnded.contains(where: text.contains) { return nil }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.contains(where: { today.contains($0) }) || text.contains("just posted") {
            return DateRule.utcDay(now)
        }
        if words.contains(where: { yesterday.contains($0) }) || text.contains("hier") && !text.contains("avant") {
            return DateRule.utcDay(now.addingTimeInterval(-86_400))
        }
        if text.contains("avant-hier") || text.contains("vorgestern") || text.contains("anteontem")
            || text.contains("eergisteren") || text.contains("anteayer")
        {
            return DateRule.utcDay(now.addingTimeInterval(-2 * 86_400))
        }
        // "3 days ago", "il y a 3 jours", "vor 3 Tagen", "hace 3 días", "há 3 dias", "3 dagen geleden".
        for (index, word) in words.enumerated() {
            let count = Int(word) ?? (articles.contains(word) ? 1 : nil)
            guard let count, index + 1 < words.count else { continue }
            let unit = words[index + 1]
            if hourUnits.contains(where: unit.hasPrefix) {
                return DateRule.utcDay(now.addingTimeInterval(-Double(count) * 3_600))
            }
            if dayUnits.contains(where: unit.hasPrefix), count <= 60 {
                return DateRule.utcDay(now.addingTimeInterval(-Double(count) * 86_400))
            }
            if weekUnits.contains(where: unit.hasPrefix), count <= 8 {
                return DateRule.utcDay(now.addingTimeInterval(-Double(count) * 7 * 86_400))
            }
        }
        return nil
    }

    private static let openEnded = [
        "more than", "over ", "plus de", "mehr als", "über ", "más de", "mas de", "mais de", "meer dan",
    ]
    private static let today: Set<String> = ["today", "aujourd", "heute", "hoy", "hoje", "vandaag", "now"]
    private static let yesterday: Set<String> = ["yesterday", "gestern", "ayer", "ontem", "gisteren"]
    private static let articles: Set<String> = ["a", "an", "one", "un", "une", "einem", "einer", "uma", "um", "een"]
    private static let hourUnits = ["hour", "hr", "heure", "stunde", "hora", "uur"]
    private static let dayUnits = ["day", "jour", "tag", "dia", "día", "dag"]
    private static let weekUnits = ["week", "semaine", "woche", "semana"]
}

// Day and week arithmetic on UTC calendar days: analytics counts a timestamp
// on the UTC day that contains it, and a week starts on Monday, as
// PostgreSQL's DATE_TRUNC('week', …) does.
import Foundation
package import JobHuntDatabase

extension CalendarDate {
    /// The day `days` after this one (before, when negative).
    package func adding(days: Int) -> CalendarDate {
        CalendarDate(utcDayOf: startOfDayUTC.addingTimeInterval(TimeInterval(days) * 86_400))
    }

    /// The first instant of the next day: the end (exclusive) of this one.
    package var endOfDayUTC: Date { adding(days: 1).startOfDayUTC }

    /// The Monday of this day's week.
    package var weekStart: CalendarDate {
        // 1970-01-01 was a Thursday: days since then, shifted so Monday is 0.
        let days = Int((startOfDayUTC.timeIntervalSince1970 / 86_400).rounded(.down))
        let weekday = ((days % 7) + 7 + 3) % 7
        return adding(days: -weekday)
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    package func days(to other: CalendarDate) -> Int {
        Int(((other.startOfDayUTC.timeIntervalSince1970 - startOfDayUTC.timeIntervalSince1970) / 86_400).rounded())
    }

    /// Every day from `self` through `last`, inclusive; empty when `last` is earlier.
    package func through(_ last: CalendarDate) -> [CalendarDate] {
        let count = days(to: last)
        return count < 0 ? [] : (0...count).map { adding(days: $0) }
    }
}

// posted_date, expires_date and is_active: UTC calendar days of the source's
// instants, judged against an injected clock, never "today".
import Foundation
import JobHuntKernel

/// Date decisions:
/// - `posted_date` is the UTC day of `postedAt`; nil when the source gives none (never today).
/// - `expires_date` is the UTC day of `expiresAt`.
/// - A posting is inactive once its expiry *day* is before the clock's UTC day: a deadline of
///   2026-01-31 accepts applications all that day, whatever time the source attached to it.
package enum DateRule {
    /// The UTC calendar day of an instant, computed arithmetically (no `Calendar` per posting).
    ///
    ///     DateRule.utcDay(Date(timeIntervalSince1970: 0))  // 1970-01-01
    package static func utcDay(_ date: Date) -> CalendarDate {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day) ?? CalendarDate(utcDayOf: date)
    }

    /// Whether a posting with this expiry is still open at `now`.
    package static func isActive(expires: CalendarDate?, now: Date) -> Bool {
        guard let expires else { return true }
        return expires >= utcDay(now)
    }
}

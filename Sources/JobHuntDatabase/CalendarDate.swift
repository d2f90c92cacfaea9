// A day on the calendar with no time or zone: the seed's DATE columns
// (posted_date, start_date, follow_up_date) and the CLI's YYYY-MM-DD values.
import Foundation

/// A calendar day, stored as `YYYY-MM-DD` text on SQLite and `DATE` on PostgreSQL.
///
/// `Date` is an instant; a posting's `expires_date` is a day everywhere, so it
/// gets its own type rather than a midnight in some time zone.
///
///     let day = CalendarDate("2026-03-01")   // Optional(2026-03-01)
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil (February 30th is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The UTC day containing `date`.
    ///
    /// By arithmetic on days since 1970 (Howard Hinnant's `civil_from_days`,
    /// http://howardhinnant.github.io/date_algorithms.html), not through
    /// `Calendar`: reading timestamps calls this once per value, and a list of
    /// 10,000 rows spent a tenth of its time building calendars.
    /// `CalendarDateTests` checks it against `Calendar` day by day.
    public init(utcDayOf date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let days = Int((seconds / 86_400).rounded(.down))
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        self.day = doy - (153 * mp + 2) / 5 + 1
        self.month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        return FixedDigits.string([(year, 4, UInt8(ascii: "-")), (month, 2, UInt8(ascii: "-")), (day, 2, 0)])
    }

    /// Midnight UTC at the start of this day (`days_from_civil`, the inverse of the above).
    public var startOfDayUTC: Date {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

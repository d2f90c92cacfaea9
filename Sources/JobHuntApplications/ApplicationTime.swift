// Reading and writing the instants people type for `--date` and
// `--interview`: ISO-8601 in UTC unless they say otherwise.
import Foundation
import JobHuntKernel

/// Parses `WHEN`: `2026-12-10T15:00:00Z`, `2026-12-10T15:00+01:00`,
/// `2026-12-10T15:00` or `2026-12-10 15:00` (UTC), or `2026-12-10` (midnight UTC).
///
/// jobhunt keeps every instant in UTC (`TIMESTAMPTZ`, ISO text on SQLite) and
/// reads no time zone from the environment (features never do), so a time
/// without an offset is UTC; give the offset for local times.
package enum ApplicationTime {
    package static func parse(_ text: String, field: String) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(trimmed) { return day.startOfDayUTC }
        guard let date = instant(trimmed) else {
            throw JobHuntError.applicationInvalid(
                field, "'\(text)' is not a date or time",
                remedy: "write e.g. 2026-12-10T15:00Z, 2026-12-10T15:00+01:00 or 2026-12-10")
        }
        return date
    }

    /// `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH:MM|±HHMM]`, read by hand:
    /// Foundation's ISO8601DateFormatter wants seconds, which people leave out.
    static func instant(_ text: String) -> Date? {
        let characters = Array(text)
        guard characters.count >= 16, characters[10] == "T" || characters[10] == "t" || characters[10] == " ",
            let day = CalendarDate(String(characters[0..<10])), characters[13] == ":",
            let hour = Int(String(characters[11..<13])), let minute = Int(String(characters[14..<16])),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        var index = 16
        var seconds = 0.0
        if index < characters.count, characters[index] == ":" {
            var end = index + 1
            while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
            guard let value = Double(String(characters[(index + 1)..<end])), value >= 0, value < 61 else { return nil }
            seconds = value
            index = end
        }
        var offset = 0
        let zone = String(characters[index...])
        switch zone {
        case "", "Z", "z": offset = 0
        default:
            let sign = zone.first == "-" ? -1 : 1
            let digits = zone.dropFirst().filter { $0 != ":" }
            guard zone.first == "+" || zone.first == "-", digits.count == 4, digits.allSatisfy(\.isNumber),
                let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours <= 23, minutes <= 59
            else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        let midnight = day.startOfDayUTC.timeIntervalSince1970
        return Date(timeIntervalSince1970: midnight + Double(hour * 3600 + minute * 60) + seconds - Double(offset))
    }

    /// Year, month and day of `days` since 1970-01-01, for writing instants
    /// without a formatter (`status list --json` writes 40,000) (Howard Hinnant's
    /// `civil_from_days`, http://howardhinnant.github.io/date_algorithms.html).
    package static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `2026-12-10 15:00 UTC`: for people, to the minute.
    package static func text(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }
}

extension Calendar {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()
}

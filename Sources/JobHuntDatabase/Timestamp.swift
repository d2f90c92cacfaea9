// Reads and writes instants as text: ISO-8601 UTC with microseconds for
// SQLite and bound parameters, and PostgreSQL's ISO output
// (`2026-03-01 09:30:00.5+00`) when reading TIMESTAMPTZ columns.
import Foundation

/// Instants as text, exact to the microsecond (PostgreSQL's precision).
///
/// Written by hand rather than with `ISO8601DateFormatter` because both
/// engines' forms must parse, and because this runs once per cell.
public enum Timestamp {
    /// `2026-03-01T09:30:00.500000Z`: sorts as text, which SQLite relies on.
    public static func format(_ date: Date) -> String {
        var micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        // Keep the value representable; dates far outside 0001…9999 are clamped.
        micros = min(max(micros, -62_135_596_800_000_000), 253_402_300_799_000_000)
        var seconds = time_t((micros / 1_000_000).rounded(.down))
        let fraction = Int(micros - Double(seconds) * 1_000_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return FixedDigits.string([
            (Int(parts.tm_year) + 1900, 4, UInt8(ascii: "-")), (Int(parts.tm_mon) + 1, 2, UInt8(ascii: "-")),
            (Int(parts.tm_mday), 2, UInt8(ascii: "T")), (Int(parts.tm_hour), 2, UInt8(ascii: ":")),
            (Int(parts.tm_min), 2, UInt8(ascii: ":")), (Int(parts.tm_sec), 2, UInt8(ascii: ".")),
            (fraction, 6, UInt8(ascii: "Z")),
        ])
    }

    /// Parses `YYYY-MM-DD[T| ]HH:MM[:SS[.fraction]][Z|±HH[:MM]]`; a missing zone means UTC.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("T "), let hour = number(2), expect(":"), let minute = number(2)
        else { return nil }
        var second = 0
        var fraction = 0.0
        if expect(":") {
            guard let value = number(2) else { return nil }
            second = value
            if expect(".") {
                var scale = 0.1
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                    fraction += Double(bytes[index] - 48) * scale
                    scale /= 10
                    index += 1
                }
            }
        }
        var offsetSeconds = 0
        if index < bytes.count {
            if expect("Zz") {
            } else if index < bytes.count, bytes[index] == 43 || bytes[index] == 45 {
                let sign = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                var minutes = 0
                if expect(":") {
                    guard let value = number(2) else { return nil }
                    minutes = value
                } else if let value = number(2) {
                    minutes = value
                }
                offsetSeconds = sign * (hours * 3600 + minutes * 60)
            } else {
                return nil
            }
        }
        guard index == bytes.count, let calendarDay = CalendarDate(year: year, month: month, day: day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        let dayStart = calendarDay.startOfDayUTC.timeIntervalSince1970
        let seconds = dayStart + Double(hour * 3600 + minute * 60 + second) - Double(offsetSeconds)
        return Date(timeIntervalSince1970: seconds + fraction)
    }
}

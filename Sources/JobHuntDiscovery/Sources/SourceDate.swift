// Date parsing for the formats sources use (ISO 8601 variants, RFC 822, epochs), without formatters.
import Foundation
import JobHuntKernel

/// Reads source timestamps into `Date`s.
///
/// Hand-written rather than `ISO8601DateFormatter`/`DateFormatter` because those
/// are slow, not `Sendable`, and each accepts only one variant, while sources mix
/// `2026-02-02`, `2026-02-02T08:30:12-05:00` and `2026-01-14T19:02:33.117+00:00`.
/// A date without a zone is read as UTC.
package enum SourceDate {
    /// `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or `±HH[:]MM`; nil if it is not that shape.
    package static func iso8601(_ text: String) -> Date? {
        // Trimming allocates, so only pay for it when the text is padded (rare).
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        var scanner = DigitScanner(padded ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2),
            scanner.skip("-"), let day = scanner.number(digits: 2)
        else { return nil }
        var seconds = 0.0
        if scanner.skip("T") || scanner.skip(" ") {
            guard let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2)
            else { return nil }
            seconds = Double(hour * 3600 + minute * 60)
            if scanner.skip(":") {
                guard let second = scanner.number(digits: 2) else { return nil }
                seconds += Double(second)
                if scanner.skip(".") || scanner.skip(",") { seconds += scanner.fraction() }
            }
            guard let offset = scanner.zoneOffset() else { return nil }
            seconds -= Double(offset)
        }
        guard scanner.atEnd, isRealDay(year: year, month: month, day: day) else { return nil }
        return date(year: year, month: month, day: day, seconds: seconds)
    }

    /// RFC 822 / 1123 as RSS writes it: `Mon, 23 Feb 2026 14:05:12 +0000` (day name and seconds optional).
    package static func rfc822(_ text: String) -> Date? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if let first = parts.first, first.hasSuffix(",") || Int(first) == nil { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]), let month = monthNumber(parts[1]),
            var year = Int(parts[2])
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        // Each part in its clock's range: "000:0333333333333333300" is no time (and its
        // minutes times 60 would overflow).
        let clock = parts[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 != nil }),
            zip(clock, [0...23, 0...59, 0...60]).allSatisfy({ value, range in range.contains(value!) })
        else { return nil }
        var seconds = Double(clock[0]! * 3600 + clock[1]! * 60 + (clock.count > 2 ? clock[2]! : 0))
        if parts.count > 4 {
            guard let offset = namedZoneOffset(parts[4]) else { return nil }
            seconds -= Double(offset)
        }
        guard isRealDay(year: year, month: month, day: day) else { return nil }
        return date(year: year, month: month, day: day, seconds: seconds)
    }

    /// ISO 8601 first, then RFC 822: for fields whose format varies by publisher (Atom, JSON Lines).
    package static func flexible(_ text: String) -> Date? { iso8601(text) ?? rfc822(text) }

    package static func epochSeconds(_ value: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(value)) }

    package static func epochMilliseconds(_ value: Int64) -> Date {
        Date(timeIntervalSince1970: TimeInterval(value) / 1000)
    }

    /// Whether the day exists: `2026-02-30` and `2025-13-45` do not, and are refused rather than
    /// rolled over to March 2 (the calendar arithmetic below would accept them).
    package static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Days from the civil calendar (Howard Hinnant's algorithm), so no `Calendar` is needed.
    static func date(year: Int, month: Int, day: Int, seconds: Double) -> Date {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146097 + dayOfEra - 719468
        return Date(timeIntervalSince1970: Double(days) * 86400 + seconds)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func monthNumber(_ name: String) -> Int? {
        months.firstIndex(of: String(name.prefix(3)).lowercased()).map { $0 + 1 }
    }

    /// `+0000`, `-0500`, `GMT`, `UT`, `Z` and the North American zone names RFC 822 defines.
    private static func namedZoneOffset(_ zone: String) -> Int? {
        var scanner = DigitScanner(zone)
        if let offset = scanner.zoneOffset(), scanner.atEnd { return offset }
        let hours = [
            "GMT": 0, "UT": 0, "UTC": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
            "PST": -8, "PDT": -7,
        ]
        return hours[zone.uppercased()].map { $0 * 3600 }
    }
}

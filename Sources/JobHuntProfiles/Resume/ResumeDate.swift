// JSON Resume's partial dates and the day arithmetic the import needs on the DATE
// columns' `CalendarDate`.
import Foundation
import JobHuntKernel

/// JSON Resume's `iso8601` date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// A DATE column needs a whole day, so a partial date stands for a day of its period: a start
/// for the first (`2019` is 2019-01-01, `2019-03` is 2019-03-01), an end for the last (`2019`
/// is 2019-12-31, `2019-02` is 2019-02-28), which is how people read "2019-03 to 2019-12" and
/// keeps "2019-05 to 2019" valid. Export writes the full day back.
package enum ResumeDate {
    /// The first day the text denotes, or nil when it is not one of the three forms or
    /// not a real date ("2019-13", "2019-02-30", "March 2019").
    package static func firstDay(of text: String) -> CalendarDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let n = Int(part)
            else { return nil }
            numbers.append(n)
        }
        return CalendarDate(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1)
    }

    /// The last day the text denotes; nil exactly when `firstDay(of:)` is nil.
    package static func lastDay(of text: String) -> CalendarDate? {
        guard let first = firstDay(of: text) else { return nil }
        switch text.count {
        case 4: return CalendarDate(year: first.year, month: 12, day: 31)
        case 7:
            return [31, 30, 29, 28].lazy.compactMap { CalendarDate(year: first.year, month: first.month, day: $0) }
                .first
        default: return first
        }
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 (negative before), for adding up intervals without a
    /// Calendar. Howard Hinnant's days_from_civil:
    /// http://howardhinnant.github.io/date_algorithms.html#days_from_civil
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

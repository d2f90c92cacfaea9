// The five-field cron syntax crontab(5) documents: minute hour day-of-month
// month day-of-week, each `*`, a number, a range `a-b`, a step `*/n` or
// `a-b/n`, or a comma list of those; months and weekdays also by their
// three-letter English names; weekday 7 is Sunday like 0. As in cron, when
// both day fields are restricted a day matches if either does. Times are UTC.
import Foundation
import JobHuntKernel

/// A parsed cron expression: which minutes, hours, days, months and weekdays fire.
package struct CronExpression: Sendable, Equatable, CustomStringConvertible {
    package let minutes: Set<Int>
    package let hours: Set<Int>
    package let days: Set<Int>
    package let months: Set<Int>
    /// 0 (Sunday) to 6.
    package let weekdays: Set<Int>
    /// Whether the day-of-month and day-of-week fields were `*` (cron's OR rule needs to know).
    let daysRestricted: Bool
    let weekdaysRestricted: Bool
    /// The expression as written, fields separated by one space.
    package let description: String

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Reads `text`.
    ///
    /// - Throws: `JobHuntError` `.scheduleInvalidCron` naming the field at fault.
    package init(parsing text: String) throws {
        let fields = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count == 5 else {
            throw Self.invalid(
                "'\(text)' has \(fields.count) field(s); cron needs 5: minute hour day-of-month month day-of-week")
        }
        minutes = try Self.field(fields[0], name: "minute", range: 0...59)
        hours = try Self.field(fields[1], name: "hour", range: 0...23)
        days = try Self.field(fields[2], name: "day-of-month", range: 1...31)
        months = try Self.field(fields[3], name: "month", range: 1...12, names: Self.monthNames, nameBase: 1)
        let weekdays = try Self.field(fields[4], name: "day-of-week", range: 0...7, names: Self.weekdayNames)
        self.weekdays = Set(weekdays.map { $0 % 7 })
        daysRestricted = !fields[2].hasPrefix("*")
        weekdaysRestricted = !fields[4].hasPrefix("*")
        description = fields.joined(separator: " ")
    }

    static func invalid(_ problem: String) -> JobHuntError {
        JobHuntError(
            .scheduleInvalidCron, problem,
            remedy: "write five fields, e.g. '0 7 * * mon-fri' (07:00 UTC on weekdays) or '*/15 * * * *'")
    }

    /// One field: a comma list of `*`, `N`, `A-B`, each optionally `/STEP`.
    private static func field(
        _ text: String, name: String, range: ClosedRange<Int>, names: [String] = [], nameBase: Int = 0
    ) throws -> Set<Int> {
        var values = Set<Int>()
        for part in text.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2, let base = pieces.first, !base.isEmpty else {
                throw invalid("\(name): '\(part)' is not a value, range or step")
            }
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else {
                    throw invalid("\(name): the step in '\(part)' must be a positive number")
                }
                step = parsed
            }
            let bounds: ClosedRange<Int>
            if base == "*" {
                bounds = range
            } else if let dash = base.firstIndex(of: "-") {
                let low = try value(base[..<dash], name: name, range: range, names: names, nameBase: nameBase)
                let high = try value(
                    base[base.index(after: dash)...], name: name, range: range, names: names, nameBase: nameBase)
                guard low <= high else { throw invalid("\(name): the range '\(base)' runs backwards") }
                bounds = low...high
            } else {
                let single = try value(base, name: name, range: range, names: names, nameBase: nameBase)
                // `5/15` means from 5 to the end in steps of 15, as in Vixie cron.
                bounds = pieces.count == 2 ? single...range.upperBound : single...single
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values
    }

    private static func value(
        _ text: Substring, name: String, range: ClosedRange<Int>, names: [String], nameBase: Int
    ) throws -> Int {
        if let index = names.firstIndex(of: String(text)) { return index + nameBase }
        guard let number = Int(text) else {
            let known = names.isEmpty ? "" : " (or a name: \(names.joined(separator: ", ")))"
            throw invalid("\(name): '\(text)' is not a number\(known)")
        }
        guard range.contains(number) else {
            throw invalid("\(name): \(number) is outside \(range.lowerBound)-\(range.upperBound)")
        }
        return number
    }

    /// Whether the expression fires at the minute holding `date` (UTC).
    package func matches(_ date: Date) -> Bool {
        let parts = Self.calendar.dateComponents([.minute, .hour, .day, .month, .weekday], from: date)
        guard let minute = parts.minute, let hour = parts.hour, let day = parts.day, let month = parts.month,
            let weekday = parts.weekday
        else { return false }
        return minutes.contains(minute) && hours.contains(hour) && months.contains(month)
            && dayMatches(day: day, weekday: weekday - 1)
    }

    /// cron's rule: both day fields restricted means either may match.
    private func dayMatches(day: Int, weekday: Int) -> Bool {
        switch (daysRestricted, weekdaysRestricted) {
        case (true, true): days.contains(day) || weekdays.contains(weekday)
        case (true, false): days.contains(day)
        case (false, true): weekdays.contains(weekday)
        case (false, false): true
        }
    }

    /// The first firing minute strictly after `date`, or nil when there is
    /// none in the next five years (`0 0 31 2 *`: February never has a 31st).
    package func next(after date: Date) -> Date? {
        let calendar = Self.calendar
        // Start at the next whole minute.
        let seconds = date.timeIntervalSinceReferenceDate
        var candidate = Date(timeIntervalSinceReferenceDate: (seconds / 60).rounded(.down) * 60 + 60)
        let limit = candidate.addingTimeInterval(5 * 366 * 86_400)
        while candidate < limit {
            let parts = calendar.dateComponents([.minute, .hour, .day, .month, .weekday], from: candidate)
            guard let minute = parts.minute, let hour = parts.hour, let day = parts.day, let month = parts.month,
                let weekday = parts.weekday
            else { return nil }
            if !months.contains(month) || !dayMatches(day: day, weekday: weekday - 1) {
                // Skip to the start of the next day.
                let startOfDay = calendar.startOfDay(for: candidate)
                candidate = startOfDay.addingTimeInterval(86_400)
                continue
            }
            if !hours.contains(hour) {
                candidate = candidate.addingTimeInterval(Double(60 - minute) * 60)
                continue
            }
            if !minutes.contains(minute) {
                candidate = candidate.addingTimeInterval(60)
                continue
            }
            return candidate
        }
        return nil
    }

    /// The latest firing minute at or before `date`, no earlier than `floor`
    /// (nil when none lies between): the slot a worker waking at `date` owes.
    package func latest(atOrBefore date: Date, notBefore floor: Date) -> Date? {
        var slot: Date?
        var cursor = floor.addingTimeInterval(-60)
        while let next = next(after: cursor), next <= date {
            slot = next
            cursor = next
        }
        return slot
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}

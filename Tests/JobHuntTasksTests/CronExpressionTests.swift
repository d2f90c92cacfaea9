// The five-field cron parser: what each field accepts, what it refuses, and
// the slots `next` and `latest` find.
import Foundation
import JobHuntKernel
import JobHuntTasks
import Testing

@Suite("Cron expressions")
struct CronExpressionTests {
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    @Test("lists, ranges, steps and names")
    func fields() throws {
        let cron = try CronExpression(parsing: "0,30 8-18/2 1,15 jan-mar,dec mon-fri")
        #expect(cron.minutes == [0, 30])
        #expect(cron.hours == [8, 10, 12, 14, 16, 18])
        #expect(cron.days == [1, 15])
        #expect(cron.months == [1, 2, 3, 12])
        #expect(cron.weekdays == [1, 2, 3, 4, 5])
        #expect(try CronExpression(parsing: "*/15 * * * *").minutes == [0, 15, 30, 45])
        #expect(try CronExpression(parsing: "5/20 * * * *").minutes == [5, 25, 45])
        #expect(try CronExpression(parsing: "* * * * 7").weekdays == [0])
        #expect(try CronExpression(parsing: "* * * * SUN,Sat").weekdays == [0, 6])
        #expect(try CronExpression(parsing: "  0   7 * *   *  ").description == "0 7 * * *")
    }

    @Test(
        "malformed expressions are refused naming the field",
        arguments: [
            ("* * * *", "4 field(s)"), ("60 * * * *", "minute: 60 is outside 0-59"),
            ("* 24 * * *", "hour: 24"), ("* * 0 * *", "day-of-month: 0"), ("* * * 13 *", "month: 13"),
            ("* * * * 8", "day-of-week: 8"), ("*/0 * * * *", "step"), ("5-1 * * * *", "backwards"),
            ("* * * foo *", "month: 'foo'"), ("1,,2 * * * *", "minute"), ("* * * * * *", "6 field(s)"),
        ])
    func refused(text: String, fragment: String) {
        #expect {
            _ = try CronExpression(parsing: text)
        } throws: { error in
            let error = error as? JobHuntError
            return error?.code == .scheduleInvalidCron && error?.problem.contains(fragment) == true
        }
    }

    @Test("next finds the following slot, across hours, days, months and years")
    func next() throws {
        let weekdays = try CronExpression(parsing: "0 7 * * mon-fri")
        // Saturday 2026-12-05 10:00 → Monday 07:00.
        #expect(weekdays.next(after: Self.date("2026-12-05T10:00:00Z")) == Self.date("2026-12-07T07:00:00Z"))
        #expect(weekdays.next(after: Self.date("2026-12-07T06:59:30Z")) == Self.date("2026-12-07T07:00:00Z"))
        #expect(weekdays.next(after: Self.date("2026-12-07T07:00:00Z")) == Self.date("2026-12-08T07:00:00Z"))
        let quarter = try CronExpression(parsing: "*/15 * * * *")
        #expect(quarter.next(after: Self.date("2026-12-06T23:50:00Z")) == Self.date("2026-12-07T00:00:00Z"))
        let newYear = try CronExpression(parsing: "0 0 1 jan *")
        #expect(newYear.next(after: Self.date("2026-12-06T12:00:00Z")) == Self.date("2027-01-01T00:00:00Z"))
        let leap = try CronExpression(parsing: "0 12 29 2 *")
        #expect(leap.next(after: Self.date("2026-03-01T00:00:00Z")) == Self.date("2028-02-29T12:00:00Z"))
        #expect(try CronExpression(parsing: "0 0 31 2 *").next(after: Self.date("2026-01-01T00:00:00Z")) == nil)
    }

    @Test("both day fields restricted: either matches, as in cron")
    func dayOrWeekday() throws {
        let cron = try CronExpression(parsing: "0 9 1 * mon")
        // 2026-12-01 is a Tuesday (day 1 matches), 2026-12-07 a Monday.
        #expect(cron.matches(Self.date("2026-12-01T09:00:00Z")))
        #expect(cron.matches(Self.date("2026-12-07T09:00:00Z")))
        #expect(!cron.matches(Self.date("2026-12-08T09:00:00Z")))
        #expect(cron.next(after: Self.date("2026-12-01T09:00:00Z")) == Self.date("2026-12-07T09:00:00Z"))
    }

    @Test("latest finds the newest slot not after now and not before the floor")
    func latest() throws {
        let hourly = try CronExpression(parsing: "0 * * * *")
        let now = Self.date("2026-12-06T12:34:00Z")
        #expect(
            hourly.latest(atOrBefore: now, notBefore: Self.date("2026-12-06T09:01:00Z"))
                == Self.date("2026-12-06T12:00:00Z"))
        #expect(
            hourly.latest(atOrBefore: now, notBefore: Self.date("2026-12-06T12:00:00Z"))
                == Self.date("2026-12-06T12:00:00Z"))
        #expect(hourly.latest(atOrBefore: now, notBefore: Self.date("2026-12-06T12:01:00Z")) == nil)
    }
}

@Suite("Task configuration and backoff")
struct TaskConfigTests {
    @Test("KEY=VALUE words and JSON objects read alike")
    func parsing() throws {
        #expect(
            try TaskConfig(parsing: ["search=remote swift", "company=Acme=Co"]).values == [
                "search": "remote swift", "company": "Acme=Co",
            ])
        #expect(
            try TaskConfig(parsing: [#"{"sources": "greenhouse:acme", "sleep_ms": 5, "dry": true}"#]).values == [
                "sources": "greenhouse:acme", "sleep_ms": "5", "dry": "true",
            ])
        for bad in ["search", "=x", #"{"a": [1]}"#, "{not json"] {
            #expect(throws: JobHuntError.self) { try TaskConfig(parsing: [bad]) }
        }
    }

    @Test("backoff doubles from the base, stays within its upper half, and stops at the cap")
    func backoff() {
        let backoff = RetryBackoff(base: 30, cap: 3600)
        #expect(backoff.delay(retry: 1, unit: 0) == 15)
        #expect(backoff.delay(retry: 1, unit: 0.999) < 30)
        #expect(backoff.delay(retry: 2, unit: 0) == 30)
        #expect(backoff.delay(retry: 3, unit: 0) == 60)
        #expect(backoff.delay(retry: 20, unit: 0) == 1800)
        #expect(backoff.delay(retry: 20, unit: 0.999) < 3600)
    }
}

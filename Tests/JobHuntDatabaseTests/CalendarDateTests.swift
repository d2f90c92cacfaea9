// The arithmetic behind CalendarDate (days since 1970 both ways) and the
// hand-written UUID reader agree with Foundation, which they replace for speed.
import Foundation
import Testing

@testable import JobHuntDatabase

@Suite("Calendar days and UUID text")
struct CalendarDateTests {
    @Test("utcDayOf and startOfDayUTC agree with Calendar on every day from 1899 to 2101 and around midnight")
    func days() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = -25_567 - 366  // 1899-01-01
        for days in stride(from: first, through: 47_847, by: 1) {
            let midnight = Date(timeIntervalSince1970: Double(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: midnight)
            let day = CalendarDate(utcDayOf: midnight)
            guard day.year == parts.year, day.month == parts.month, day.day == parts.day else {
                Issue.record("day \(days): \(day) but Calendar says \(parts)")
                return
            }
            #expect(day.startOfDayUTC == midnight || Issue.recordAndFail("startOfDayUTC of \(day)"))
            #expect(CalendarDate(utcDayOf: midnight.addingTimeInterval(86_399.999)) == day)
            #expect(CalendarDate(utcDayOf: midnight.addingTimeInterval(-0.001)) != day)
        }
    }

    @Test("UUID text in either case reads as Foundation reads it; anything else is refused")
    func uuids() {
        for _ in 0..<1000 {
            let id = UUID()
            #expect(UUID.parse(id.uuidString) == id)
            #expect(UUID.parse(id.uuidString.lowercased()) == id)
        }
        for bad in [
            "", "0193a4f2", "0193a4f2-0000-7000-8000-00000000000", "0193a4f2-0000-7000-8000-0000000000000",
            "0193a4f2x0000-7000-8000-000000000000", "0193a4f2-0000-7000-8000-00000000000g",
        ] {
            #expect(UUID.parse(bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "\(bad)")
        }
    }
}

extension Issue {
    /// Records a failure and returns false, for use inside `#expect(… || …)`.
    static func recordAndFail(_ message: String) -> Bool {
        Issue.record(Comment(rawValue: message))
        return false
    }
}

// The free-text readers of outside data: pay written in a posting's text, and the
// date spellings sources use.
import Foundation
import JobHuntDatabase

@testable import JobHuntDiscovery

enum TextFuzz {
    /// The pay reader and the rule that turns a mention into a stored yearly range:
    /// when both ends are stored, the minimum is not above the maximum.
    static func salary(_ data: Data) {
        let fields = data.fields(2)
        let text = fields[0]
        _ = SalaryText.read(text)
        let raw = RawPosting(sourcePlatform: "fuzz", url: "https://example.com/1", title: "t", descriptionText: text)
        let decision = SalaryRule.decide(raw: raw, text: text, country: fields[1].isEmpty ? nil : fields[1])
        if let salary = decision.salary, let low = salary.minimum, let high = salary.maximum {
            check(low <= high, "stored salary minimum \(low) above maximum \(high)")
        }
    }

    /// ISO 8601, RFC 822 and a calendar day: read or refuse, and a day read prints back the same.
    static func date(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        _ = SourceDate.flexible(text)
        if let day = CalendarDate(text) {
            check(CalendarDate(day.description) == day, "calendar day \(day) does not read back")
        }
    }
}

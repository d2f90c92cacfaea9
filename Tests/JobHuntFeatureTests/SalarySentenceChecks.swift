// What the real-data salary suites share: a sentence decided as a posting with no other
// pay would be, and the yearly figures a test expects.
import Foundation

@testable import JobHuntDiscovery
@testable import JobHuntKernel

/// Each real-data pass's suite conforms, so its tests read `Self.decide(…)` and
/// `Self.pay(…)` and a change to how a sentence is decided is made once.
protocol SalarySentenceChecks {}

extension SalarySentenceChecks {
    /// `SalaryRule.decide` for `text` on a bare posting, with `salary` as its structured pay if any.
    static func decide(_ text: String, country: String? = nil, salary: RawSalary? = nil) -> SalaryDecision {
        var raw = RawPosting(sourcePlatform: "file", url: "https://x.example/1", title: "Job")
        raw.salary = salary
        return SalaryRule.decide(raw: raw, text: text, country: country)
    }

    static func pay(_ low: Int?, _ high: Int?, _ currency: String) -> YearlySalary {
        YearlySalary(minimum: low, maximum: high, currency: currency)
    }
}

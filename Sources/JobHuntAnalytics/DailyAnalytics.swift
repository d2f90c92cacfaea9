// One user's day, as a `user_analytics` row: what the rollup writes, the
// cache keeps under `analytics:daily:{user_id}:{date}`, and the reports sum.
import Foundation
package import JobHuntDatabase

/// One `user_analytics` row (docs/analytics.md defines every figure).
///
/// Coded with the table's column names, so `--json`, `--csv` and the cached
/// value read like the table.
package struct DailyAnalytics: Sendable, Equatable, Codable {
    package var metricDate: CalendarDate
    /// Applications whose `submitted_at` falls on the day.
    package var applicationsSubmitted = 0
    /// Postings first stored on the day (`job_postings.created_at`).
    package var jobsDiscovered = 0
    /// `generated_content` rows of type `resume` created on the day, for this user's applications.
    package var resumesGenerated = 0
    /// The same, of type `cover_letter`.
    package var coverLettersGenerated = 0
    /// Applications that reached `interviewed` for the first time on the day.
    package var interviewsScheduled = 0
    /// Applications that reached `offered` for the first time on the day.
    package var offersReceived = 0
    /// Of the applications submitted by the end of the day, the share with an
    /// employer's response by then; nil when none was submitted. Four decimals.
    package var responseRate: Double?
    /// The estimate of minutes the day's automated steps saved.
    package var timeSavedMinutes = 0

    package init(metricDate: CalendarDate) { self.metricDate = metricDate }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case metricDate = "metric_date"
        case applicationsSubmitted = "applications_submitted"
        case jobsDiscovered = "jobs_discovered"
        case resumesGenerated = "resumes_generated"
        case coverLettersGenerated = "cover_letters_generated"
        case interviewsScheduled = "interviews_scheduled"
        case offersReceived = "offers_received"
        case responseRate = "response_rate"
        case timeSavedMinutes = "time_saved_minutes"
    }

    /// The column names, in table order, for CSV headers.
    package static let columns = CodingKeys.allCases.map(\.rawValue)

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .metricDate)
        guard let day = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(forKey: .metricDate, in: c, debugDescription: "not a date: \(text)")
        }
        metricDate = day
        applicationsSubmitted = try c.decode(Int.self, forKey: .applicationsSubmitted)
        jobsDiscovered = try c.decode(Int.self, forKey: .jobsDiscovered)
        resumesGenerated = try c.decode(Int.self, forKey: .resumesGenerated)
        coverLettersGenerated = try c.decode(Int.self, forKey: .coverLettersGenerated)
        interviewsScheduled = try c.decode(Int.self, forKey: .interviewsScheduled)
        offersReceived = try c.decode(Int.self, forKey: .offersReceived)
        responseRate = try c.decodeIfPresent(Double.self, forKey: .responseRate)
        timeSavedMinutes = try c.decode(Int.self, forKey: .timeSavedMinutes)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(metricDate.description, forKey: .metricDate)
        try c.encode(applicationsSubmitted, forKey: .applicationsSubmitted)
        try c.encode(jobsDiscovered, forKey: .jobsDiscovered)
        try c.encode(resumesGenerated, forKey: .resumesGenerated)
        try c.encode(coverLettersGenerated, forKey: .coverLettersGenerated)
        try c.encode(interviewsScheduled, forKey: .interviewsScheduled)
        try c.encode(offersReceived, forKey: .offersReceived)
        try c.encode(responseRate, forKey: .responseRate)
        try c.encode(timeSavedMinutes, forKey: .timeSavedMinutes)
    }

    /// The row's values in `columns` order, as CSV cells.
    package var cells: [String] {
        [
            metricDate.description, "\(applicationsSubmitted)", "\(jobsDiscovered)", "\(resumesGenerated)",
            "\(coverLettersGenerated)", "\(interviewsScheduled)", "\(offersReceived)",
            responseRate.map(AnalyticsRate.text) ?? "", "\(timeSavedMinutes)",
        ]
    }

    /// Résumés and cover letters together.
    package var documentsGenerated: Int { resumesGenerated + coverLettersGenerated }
}

/// Sums of daily rows over a stretch of days (this week, last week).
package struct AnalyticsTotals: Sendable, Equatable, Codable {
    package var applicationsSubmitted = 0
    package var jobsDiscovered = 0
    package var resumesGenerated = 0
    package var coverLettersGenerated = 0
    package var interviewsScheduled = 0
    package var offersReceived = 0
    package var timeSavedMinutes = 0

    enum CodingKeys: String, CodingKey {
        case applicationsSubmitted = "applications_submitted"
        case jobsDiscovered = "jobs_discovered"
        case resumesGenerated = "resumes_generated"
        case coverLettersGenerated = "cover_letters_generated"
        case interviewsScheduled = "interviews_scheduled"
        case offersReceived = "offers_received"
        case timeSavedMinutes = "time_saved_minutes"
    }

    package init(_ days: some Sequence<DailyAnalytics> = [DailyAnalytics]()) {
        for day in days {
            applicationsSubmitted += day.applicationsSubmitted
            jobsDiscovered += day.jobsDiscovered
            resumesGenerated += day.resumesGenerated
            coverLettersGenerated += day.coverLettersGenerated
            interviewsScheduled += day.interviewsScheduled
            offersReceived += day.offersReceived
            timeSavedMinutes += day.timeSavedMinutes
        }
    }
}

/// Rates as the table stores them: DECIMAL(5,4), so four decimals.
package enum AnalyticsRate {
    /// `part / whole` rounded to four decimals; nil when `whole` is zero.
    package static func of(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : (Double(part) / Double(whole) * 10_000).rounded() / 10_000
    }

    /// `0.4286`: four decimals, for CSV.
    package static func text(_ rate: Double) -> String { String(format: "%.4f", rate) }

    /// `42.9%`, for people.
    package static func percent(_ rate: Double?) -> String {
        rate.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
    }
}

// The column order rows are decoded by: `CodingKeys.position` must be each
// column's place in `allCases`, which every SELECT list here follows.
import Foundation
import Testing

@testable import JobHuntApplications

@Suite("Application columns")
struct ApplicationColumnTests {
    @Test("each column's position is its index in allCases, and the names are the seed's")
    func positions() {
        for (index, column) in Application.CodingKeys.allCases.enumerated() {
            #expect(column.position == index, "\(column)")
        }
        #expect(
            Application.CodingKeys.allCases.map(\.rawValue) == [
                "id", "user_id", "job_posting_id", "company_name", "job_title", "job_url", "status",
                "application_method", "submitted_at", "last_status_update", "tailored_resume_url", "cover_letter_url",
                "notes", "follow_up_date", "interview_dates", "rejection_reason", "offer_salary", "offer_details",
                "created_at", "updated_at",
            ])
    }

    @Test("civil gives Calendar's year, month and day before, at and after 1970")
    func civil() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        for days in stride(from: -36_524, through: 47_847, by: 7) {
            let parts = calendar.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            let (year, month, day) = ApplicationTime.civil(days)
            #expect([year, month, day] == [parts.year, parts.month, parts.day], "\(days)")
        }
    }
}

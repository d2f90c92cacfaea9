// The import's length limits must be the PostgreSQL column widths, or a file that passes
// validation could still fail inside the import transaction.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("JSON Resume limits")
struct JSONResumeLimitsTests {
    /// `table.column` → n for every `column VARCHAR(n)` of the first PostgreSQL migration.
    static func columnWidths() throws -> [String: Int] {
        let url = RepositoryFiles.path("migrations/postgres/001_initial_schema.up.sql")
        var widths: [String: Int] = [:]
        var table = ""
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.count >= 3, words[0] == "CREATE", words[1] == "TABLE" { table = String(words[2]) }
            guard words.count >= 2, words[1].hasPrefix("VARCHAR("),
                let width = Int(words[1].dropFirst(8).prefix(while: \.isNumber))
            else { continue }
            widths["\(table).\(words[0])"] = width
        }
        return widths
    }

    @Test("each limit is the width of the column it protects")
    func limitsMatchColumns() throws {
        let widths = try Self.columnWidths()
        let expected: [(String, Int)] = [
            ("users.first_name", ResumeLimits.name), ("users.last_name", ResumeLimits.name),
            ("users.email", ResumeLimits.email), ("user_profiles.current_title", ResumeLimits.title),
            ("user_experiences.job_title", ResumeLimits.title),
            ("user_experiences.company_name", ResumeLimits.company), ("user_profiles.linkedin_url", ResumeLimits.url),
            ("user_profiles.github_url", ResumeLimits.url), ("user_profiles.portfolio_url", ResumeLimits.url),
            ("user_profiles.phone", ResumeLimits.phone), ("user_profiles.location_city", ResumeLimits.city),
            ("user_profiles.location_state", ResumeLimits.region),
            ("user_profiles.location_country", ResumeLimits.country), ("user_skills.skill_name", ResumeLimits.skill),
        ]
        for (column, limit) in expected {
            #expect(widths[column] == limit, "\(column)")
        }
    }
}

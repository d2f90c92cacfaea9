// Every profile rule, one row each: what is refused, that the error names the
// field, and how accepted values are normalised before they are stored.
import Foundation
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Profile validation")
struct ProfileValidationTests {
    static let refused: [(String, @Sendable (inout ProfileChanges) -> Void, String, String)] = [
        ("years above 70", { $0.yearsExperience = .set(71) }, "years_experience", "71 is not between 0 and 70"),
        ("negative years", { $0.yearsExperience = .set(-1) }, "years_experience", "-1 is not between 0 and 70"),
        ("negative salary", { $0.targetSalaryMin = .set(-5) }, "target_salary_min", "-5 is not between 0"),
        ("salary over INTEGER", { $0.targetSalaryMax = .set(3_000_000_000) }, "target_salary_max", "is not between"),
        (
            "unknown currency", { $0.targetSalaryCurrency = .set("XYZ") }, "target_salary_currency",
            "'XYZ' is not a currency"
        ),
        (
            "salary min above max",
            {
                $0.targetSalaryMin = .set(200)
                $0.targetSalaryMax = .set(100)
            },
            "target_salary_min", "200 is more than the maximum, 100"
        ),
        ("unknown work type", { $0.preferredWorkType = .set("office") }, "preferred_work_type", "not a work type"),
        ("ftp link", { $0.portfolioURL = .set("ftp://example.com/me") }, "portfolio_url", "not an http or https"),
        ("link without a dot", { $0.portfolioURL = .set("https://localhost/me") }, "portfolio_url", "no web host"),
        ("link with a password", { $0.portfolioURL = .set("https://a:b@example.com") }, "portfolio_url", "password"),
        ("link with a space", { $0.portfolioURL = .set("https://exa mple.com") }, "portfolio_url", "not an http"),
        ("LinkedIn elsewhere", { $0.linkedinURL = .set("https://example.com/in/ada") }, "linkedin_url", "linkedin.com"),
        ("GitHub elsewhere", { $0.githubURL = .set("https://gitlab.com/ada") }, "github_url", "not on github.com"),
        ("lookalike host", { $0.linkedinURL = .set("https://notlinkedin.com/ada") }, "linkedin_url", "linkedin.com"),
        (
            "long link", { $0.portfolioURL = .set("https://example.com/" + String(repeating: "a", count: 240)) },
            "portfolio_url", "more than the 255 allowed"
        ),
        ("phone with letters", { $0.phone = .set("555-CALL-NOW") }, "phone", "only digits"),
        ("short phone", { $0.phone = .set("12 34 5") }, "phone", "has 5 digits"),
        ("long phone", { $0.phone = .set("+1 234 567 890 123 456") }, "phone", "has 16 digits"),
        ("plus inside phone", { $0.phone = .set("555+0100 200") }, "phone", "only digits"),
        (
            "long title", { $0.currentTitle = .set(String(repeating: "t", count: 201)) }, "current_title",
            "201 characters"
        ),
        (
            "long city", { $0.locationCity = .set(String(repeating: "c", count: 101)) }, "location_city",
            "101 characters"
        ),
        ("long state", { $0.locationState = .set(String(repeating: "s", count: 51)) }, "location_state", "51"),
        ("long country", { $0.locationCountry = .set(String(repeating: "é", count: 51)) }, "location_country", "51"),
        ("blank title", { $0.currentTitle = .set("   ") }, "current_title", "is empty"),
        ("two-line city", { $0.locationCity = .set("London\nParis") }, "location_city", "line break"),
        ("control in summary", { $0.summary = .set("ok\u{07}") }, "summary", "control character"),
        ("huge summary", { $0.summary = .set(String(repeating: "w", count: 10_001)) }, "summary", "10001 characters"),
    ]

    @Test("each rule refuses its bad value and names the field", arguments: refused.indices)
    func refusedValue(index: Int) throws {
        let (name, build, field, words) = Self.refused[index]
        var changes = ProfileChanges()
        build(&changes)
        let error = try #require(throws: JobHuntError.self, "\(name)") { try changes.validated() }
        #expect(error.field == field, "\(name)")
        #expect(error.errorDescription?.hasPrefix("\(field): ") == true, "\(name)")
        #expect(error.errorDescription?.contains(words) == true, "\(name): \(error.errorDescription ?? "")")
        #expect(error.recoverySuggestion?.isEmpty == false, "\(name) says how to fix it")
    }

    @Test("a refused phone number is never repeated in the error")
    func phoneNotEchoed() throws {
        var changes = ProfileChanges()
        for bad in ["+1 415 555 019x", "415 55"] {
            changes.phone = .set(bad)
            let error = try #require(throws: JobHuntError.self) { try changes.validated() }
            let text = "\(error.errorDescription ?? "") \(error.recoverySuggestion ?? "")"
            #expect(!text.contains("415") && !text.contains("019"), "\(text)")
        }
    }

    @Test("accepted values are normalised")
    func normalised() throws {
        var changes = ProfileChanges()
        changes.currentTitle = .set("  Staff Engineer ")
        changes.yearsExperience = .set(0)
        changes.targetSalaryMin = .set(100)
        changes.targetSalaryMax = .set(100)
        changes.preferredWorkType = .set("On-Site")
        changes.linkedinURL = .set("linkedin.com/in/ada")
        changes.githubURL = .set("HTTPS://GitHub.com/Ada")
        changes.portfolioURL = .set("http://ada.example.org/work?x=1#top")
        changes.phone = .set(" +44 (20) 7946-0000 ")
        changes.summary = .set("Line one\r\nLine two\n")
        changes.targetSalaryCurrency = .set(" usd ")
        changes.locationCountry = .set(String(repeating: "é", count: 50))
        let checked = try changes.validated()
        #expect(checked.currentTitle == .set("Staff Engineer"))
        #expect(checked.preferredWorkType == .set("onsite"))
        #expect(checked.linkedinURL == .set("https://linkedin.com/in/ada"))
        #expect(checked.githubURL == .set("https://github.com/Ada"))
        #expect(checked.portfolioURL == .set("http://ada.example.org/work?x=1#top"))
        #expect(checked.phone == .set("+44 (20) 7946-0000"))
        #expect(checked.summary == .set("Line one\nLine two"))
        #expect(checked.targetSalaryCurrency == .set("USD"))
        #expect(checked.locationCountry == .set(String(repeating: "é", count: 50)), "50 characters, 100 bytes, fits")
        #expect(
            try {
                var c = ProfileChanges()
                c.phone = .set("555.010.0199")
                return try c.validated().phone
            }() == .set("555.010.0199"))
    }

    @Test("extracted resume text keeps its pages: form feeds become line breaks, NUL is dropped")
    func resumeText() throws {
        var changes = ProfileChanges()
        changes.resumeText = .set("Page one\u{0C}Page two\r\nEnd\u{0}\n")
        #expect(try changes.validated().resumeText == .set("Page one\nPage two\nEnd"))
        changes.resumeText = .set("\u{0C}\u{0} ")
        #expect(throws: JobHuntError.self) { try changes.validated() }
    }

    @Test("clearing is always valid and marks only that field")
    func clearing() throws {
        var changes = ProfileChanges()
        changes.clear(.phone)
        changes.clear(.yearsExperience)
        #expect(try changes.validated() == changes)
        #expect(changes.changedFields == [.yearsExperience, .phone])
        #expect(ProfileChanges().isEmpty)
    }

    @Test("work history dates are YYYY-MM (the 1st) or YYYY-MM-DD, anything else names the field")
    func experienceDates() throws {
        #expect(try Experience.date(from: "2021-03", field: "start_date") == .day("2021-03-01"))
        #expect(try Experience.date(from: "2024-02-29", field: "start_date") == .day("2024-02-29"))
        for bad in ["2021", "2021-3", "2021-13", "2023-02-29", "03/2021", "2021-03-01T00:00", "", "now"] {
            let error = try #require(throws: JobHuntError.self, "\(bad)") {
                try Experience.date(from: bad, field: "end_date")
            }
            #expect(error.errorDescription == "end_date: '\(bad)' is not a date")
        }
    }

    @Test("an importer can rename the field an error names")
    func renaming() throws {
        var changes = ProfileChanges()
        changes.yearsExperience = .set(99)
        let error = try #require(throws: JobHuntError.self) { try changes.validated() }
        #expect(error.naming("basics.years").errorDescription == "basics.years: 99 is not between 0 and 70")
    }
}

// Bad JSON Resume documents: each one is refused with the exact path of the field at fault.
import Foundation
import JobHuntKernel
import JobHuntProfiles
import Testing

@Suite("JSON Resume validation")
struct JSONResumeValidationTests {
    static let long101 = String(repeating: "x", count: 101)
    static let long201 = String(repeating: "é", count: 201)
    static let work = #"{"name": "A", "position": "B", "startDate": "2019"}"#

    @Test(
        "each bad document names its field",
        arguments: [
            (
                #"{"work": [\#(work), \#(work), {"name": "C", "position": "D", "startDate": "March 2019"}]}"#,
                "work[2].startDate: not a date"
            ),
            (
                #"{"work": [{"name": "A", "position": "B", "startDate": "2019-02-30"}]}"#,
                "work[0].startDate: not a date"
            ),
            (#"{"work": [{"name": "A", "position": "B", "startDate": "2019-13"}]}"#, "work[0].startDate: not a date"),
            (
                #"{"work": [{"name": "A", "position": "B", "startDate": "2019", "endDate": "soon"}]}"#,
                "work[0].endDate: not a date"
            ),
            (
                #"{"work": [{"name": "A", "position": "B", "startDate": "2019-05", "endDate": "2019-04-30"}]}"#,
                "work[0].endDate: before startDate"
            ),
            (#"{"work": [{"name": "A", "position": "B"}]}"#, "work[0].startDate: missing"),
            (#"{"work": [{"position": "B", "startDate": "2019"}]}"#, "work[0].name: missing"),
            (#"{"work": [{"name": " ", "position": "B", "startDate": "2019"}]}"#, "work[0].name: missing"),
            (#"{"work": [{"name": "A", "startDate": "2019"}]}"#, "work[0].position: missing"),
            (
                #"{"work": [{"name": "A", "position": "B", "startDate": "2027-01"}]}"#,
                "work[0].startDate: after today for a current position (give an endDate)"
            ),
            (
                #"{"work": [{"name": "A", "position": "B", "startDate": "1900", "endDate": "2000"}]}"#,
                "work: adds up to 101 years of experience, more than 70"
            ),
            (
                #"{"work": [{"name": "\#(long201)", "position": "B", "startDate": "2019"}]}"#,
                "work[0].name: longer than 200 characters"
            ),
            (
                #"{"work": [{"name": "A", "position": "\#(long201)", "startDate": "2019"}]}"#,
                "work[0].position: longer than 200 characters"
            ),
            (#"{"basics": {"label": "\#(long201)"}}"#, "basics.label: longer than 200 characters"),
            (#"{"basics": {"email": 3}}"#, "basics.email: expected a string"),
            (#"{"basics": {"email": "ada@example"}}"#, "basics.email: not a valid e-mail address"),
            (#"{"basics": {"email": "ada lovelace@example.com"}}"#, "basics.email: not a valid e-mail address"),
            (#"{"basics": {"url": "example.com"}}"#, "basics.url: not an http(s) URL"),
            (#"{"basics": {"url": "ftp://example.com/cv"}}"#, "basics.url: not an http(s) URL"),
            (
                #"{"basics": {"profiles": [{"network": "Twitter"}, {"network": "LinkedIn", "url": "linkedin/ada"}]}}"#,
                "basics.profiles[1].url: not an http(s) URL"
            ),
            (
                #"{"basics": {"profiles": [{"network": "GitHub", "username": "ada lovelace"}]}}"#,
                "basics.profiles[0].username: not a GitHub username"
            ),
            (#"{"basics": {"phone": "call me maybe"}}"#, "basics.phone: not a phone number"),
            (#"{"basics": {"phone": "+44 20 7946 0958 ext 1234"}}"#, "basics.phone: longer than 20 characters"),
            (#"{"basics": {"location": {"city": "\#(long101)"}}}"#, "basics.location.city: longer than 100 characters"),
            (
                #"{"basics": {"location": {"region": "\#(String(repeating: "r", count: 51))"}}}"#,
                "basics.location.region: longer than 50 characters"
            ),
            (
                #"{"basics": {"location": {"countryCode": "\#(String(repeating: "c", count: 51))"}}}"#,
                "basics.location.countryCode: longer than 50 characters"
            ),
            (#"{"basics": {"name": "\#(long101) Smith"}}"#, "basics.name: a name part is longer than 100 characters"),
            (#"{"skills": [{"name": "\#(long101)"}]}"#, "skills[0].name: longer than 100 characters"),
            (
                #"{"skills": [{"name": "Web", "keywords": ["CSS", "\#(long101)"]}]}"#,
                "skills[0].keywords[1]: longer than 100 characters"
            ),
            (#"{"languages": [{"language": "\#(long101)"}]}"#, "languages[0].language: longer than 100 characters"),
            (#"{"work": {}}"#, "work: expected an array"),
            (#"{"basics": []}"#, "basics: expected an object"),
            (#"[]"#, "expected an object"),
            (
                #"{"work": [\#(work), {"name": "A", "highlights": ["ok", 5]}]}"#,
                "work[1].highlights[1]: expected a string"
            ),
            (#"{"skills": [{"name": "Go", "level": 5}]}"#, "skills[0].level: expected a string"),
            (#"{"volunteer": [{"startDate": 2019}]}"#, "volunteer[0].startDate: expected a string"),
            (#"{"basics": {"location": {"city": null}, "email": null}}"#, ""),
            (#"{"work": [{"name": "A", "position": "B", "startDate": "2019-05", "endDate": "2019"}]}"#, ""),
        ] as [(String, String)])
    func badDocument(json: String, expected: String) {
        #expect(ResumeFixtures.issues(json) == (expected.isEmpty ? [] : [expected]))
    }

    @Test("every problem of a document is reported at once, in document order")
    func collectsAll() throws {
        let json = #"""
            {"basics": {"email": "nope", "url": "nope"},
             "work": [{"name": "A", "position": "B", "startDate": "2019", "endDate": "2018"},
                      {"name": "C", "position": "D", "startDate": "x"}]}
            """#
        let error = try #require(throws: JobHuntError.self) { try ResumeFixtures.importing(json) }
        #expect(
            error.issues.map(\.description) == [
                "basics.email: not a valid e-mail address", "basics.url: not an http(s) URL",
                "work[0].endDate: before startDate", "work[1].startDate: not a date",
            ])
        #expect(error.errorDescription?.hasPrefix("basics.email: not a valid e-mail address; basics.url") == true)
    }

    @Test("blank strings count as absent, as résumé themes write them")
    func blanks() throws {
        let rows = try ResumeFixtures.importing(#"{"basics": {"email": "", "url": " ", "image": "", "phone": ""}}"#)
        #expect(rows.user.email == nil)
        #expect(rows.profile.portfolioURL == nil)
        #expect(rows.profile.phone == nil)
    }

    @Test(
        "dates of every precision map to their first day",
        arguments: [
            ("2019", "2019-01-01"), ("2019-03", "2019-03-01"), ("2019-03-17", "2019-03-17"),
            ("2024-02-29", "2024-02-29"),
        ])
    func partialDates(text: String, day: String) {
        #expect(ResumeDate.firstDay(of: text)?.description == day)
    }

    @Test(
        "texts that are not JSON Resume dates are refused",
        arguments: [
            "19", "2019-3", "2019-03-1", "2019/03/01", "2019-03-01T00:00:00Z", "2023-02-29", "2019-00", "２０１９", "",
        ])
    func notDates(text: String) {
        #expect(ResumeDate.firstDay(of: text) == nil)
        #expect(ResumeDate.lastDay(of: text) == nil)
    }
}

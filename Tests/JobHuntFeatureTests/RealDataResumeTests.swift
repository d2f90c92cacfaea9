// Issue 18, résumés found in public repositories: pre-1.0 keys, documents that
// are not résumés, and a phone number kept as the person wrote it.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Real data: older and odd résumés")
struct RealDataResumeTests {
    @Test("pre-1.0 keys are read as 1.0's, with one line saying so")
    func olderKeys() throws {
        let json = """
            {"basics": {"name": "Ada Lovelace", "website": "https://ada.example.com"},
             "work": [{"company": "Analytical Engines", "position": "Engineer", "website": "https://ae.example.com",
                       "startDate": "2019-01-01"}]}
            """
        let rows = try ResumeImport.read(Data(json.utf8), today: ResumeFixtures.today)
        #expect(rows.experiences.first?.companyName == "Analytical Engines")
        #expect(rows.profile.portfolioURL == "https://ada.example.com")
        #expect(
            rows.notices == [
                "read as an older JSON Resume (before 1.0): basics.website as basics.url, work[].company as work[].name, "
                    + "work[].website as work[].url"
            ])
        let current = try ResumeImport.read(
            Data(#"{"work": [{"name": "A", "position": "B", "startDate": "2020"}]}"#.utf8), today: ResumeFixtures.today)
        #expect(current.notices.isEmpty)
    }

    @Test("a document with none of a résumé's sections is refused; an empty one is not")
    func notAResume() throws {
        #expect(throws: JobHuntError.self) {
            try ResumeImport.read(
                Data(#"{"jobs": [{"id": 1, "title": "Analyst"}], "total": 1}"#.utf8), today: ResumeFixtures.today)
        }
        let issues = ResumeFixtures.issues(#"{"jobs": [], "total": 3}"#)
        #expect(issues.first?.contains("not a JSON Resume") == true, "\(issues)")
        #expect(try ResumeImport.read(Data("{}".utf8), today: ResumeFixtures.today).experiences.isEmpty)
    }

    @Test("a size error names the file", arguments: TestEngine.allCases)
    func sizeErrorNamesFile(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        let big = Data(repeating: 0x20, count: ProfileTransferService.maximumFileSize + 1)
        do {
            _ = try ProfileTransferService(services: fixture.services).importResume(
                big, for: me, options: ProfileImportOptions(), fileName: "exports/big-resume.json")
            Issue.record("a file over the limit was accepted")
        } catch let error as JobHuntError {
            #expect(error.localizedDescription.contains("exports/big-resume.json"), "\(error.localizedDescription)")
        }
    }

    @Test(
        "a phone number keeps the person's notation",
        arguments: ["06.88.23.43.20", "+44 20 7946 0958", "(912) 555-4321"])
    func phoneAsWritten(_ phone: String) throws {
        #expect(try ProfileRules.phone(phone) == phone)
        #expect(try ProfileRules.phone("  +33  6 88 23 43 20 ") == "+33 6 88 23 43 20")
    }
}

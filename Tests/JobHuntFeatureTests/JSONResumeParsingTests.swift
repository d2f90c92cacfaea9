// Reading JSON Resume files: the vendored sample, tolerance for unknown keys, missing
// sections and both vintages of `work[].location`, and positions of syntax errors.
import Foundation
import JobHuntKernel
import JobHuntProfiles
import Testing

@Suite("JSON Resume parsing")
struct JSONResumeParsingTests {
    @Test("the vendored sample decodes with every section")
    func sample() throws {
        let resume = try JSONResume.read(try ResumeFixtures.sampleData())
        #expect(resume.schema == "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")
        #expect(resume.basics?.name == "Richard Hendriks")
        #expect(resume.basics?.location?.city == "San Francisco")
        #expect(resume.basics?.profiles?.map(\.network) == ["Twitter", "SoundCloud"])
        #expect(resume.work?.first?.location == .text("Palo Alto, CA"))
        #expect(resume.work?.first?.highlights?.count == 3)
        #expect(resume.volunteer?.first?.organization == "CoderDojo")
        #expect(resume.education?.first?.courses == ["DB1101 - Basic SQL", "CS2011 - Java Introduction"])
        #expect(resume.awards?.first?.awarder == "Techcrunch")
        #expect(resume.certificates == nil)
        #expect(resume.publications?.first?.releaseDate == "2014-10-01")
        #expect(resume.skills?.map(\.name) == ["Web Development", "Compression"])
        #expect(resume.languages?.first?.fluency == "Native speaker")
        #expect(resume.interests?.first?.keywords == ["Ferrets", "Unicorns"])
        #expect(resume.references?.first?.name == "Erlich Bachman")
        #expect(resume.projects?.first?.roles == ["Team lead", "Designer"])
        #expect(resume.meta?.lastModified == "2017-12-24T15:53:00")
    }

    @Test("unknown keys anywhere are ignored, not fatal")
    func unknownKeys() throws {
        let resume = try JSONResume.read(
            Data(
                #"{"x-theme": {"a": 1}, "basics": {"name": "Ada", "pronouns": "she"}, "work": [{"name": "A", "team": 4}]}"#
                    .utf8))
        #expect(resume.basics?.name == "Ada")
        #expect(resume.work?.first?.name == "A")
    }

    @Test("an empty document and missing sections are fine")
    func missingSections() throws {
        let rows = try ResumeFixtures.importing("{}")
        #expect(rows == ResumeImport(user: ResumeUser(), profile: ResumeProfile(), experiences: [], skills: []))
    }

    @Test("work[].location may be the newer schema's object")
    func locationObject() throws {
        let resume = try JSONResume.read(Data(#"{"work": [{"location": {"city": "Oslo", "countryCode": "NO"}}]}"#.utf8))
        #expect(resume.work?.first?.location == .place(JSONResume.Location(city: "Oslo", countryCode: "NO")))
    }

    @Test("a UTF-8 byte-order mark, as some editors write, is accepted")
    func byteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + (try ResumeFixtures.sampleData())
        #expect(try JSONResume.read(data) == (try JSONResume.read(try ResumeFixtures.sampleData())))
    }

    @Test("a wrong type inside work[].location is named like any other field")
    func locationType() {
        #expect(ResumeFixtures.issues(#"{"work": [{"location": 5}]}"#) == ["work[0].location: expected an object"])
    }

    @Test("broken JSON reports the line and column where parsing stopped")
    func malformed() {
        #expect(throws: JobHuntError.jsonResumeMalformed(line: 3, column: 13)) {
            try JSONResume.read(Data("{\n  \"basics\": {\n    \"name\": x\n  }\n}".utf8))
        }
        #expect(throws: JobHuntError.jsonResumeMalformed(line: 2, column: 15)) {
            try JSONResume.read(Data("{\n  \"basics\": {}".utf8))
        }
        let error = JobHuntError.jsonResumeMalformed(line: 3, column: 13)
        #expect(error.errorDescription == "the file is not valid JSON (line 3, column 13)")
        #expect(error.recoverySuggestion != nil)
    }
}

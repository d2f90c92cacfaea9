// Shared pieces of the JSON Resume tests: the vendored sample, a fixed "today", and
// documents built from JSON text.
import Foundation
import JobHuntKernel
import JobHuntProfiles
import JobHuntTesting
import Testing

enum ResumeFixtures {
    /// A fixed day, so years of experience and "current position" checks never depend on the clock.
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static var sampleURL: URL {
        RepositoryFiles.fixture("jsonresume/sample.resume.json")
    }

    static func sampleData() throws -> Data { try Data(contentsOf: sampleURL) }

    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    /// Imports JSON text with the fixed day.
    static func importing(_ json: String) throws(JobHuntError) -> ResumeImport {
        try ResumeImport.read(Data(json.utf8), today: today)
    }

    /// The issues an import of `json` reports, or [] when it succeeds.
    static func issues(_ json: String) -> [String] {
        do {
            _ = try importing(json)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    /// What the tables would hold after writing an import, read back for export.
    static func stored(_ rows: ResumeImport, lastModified: Date? = nil) -> ResumeExport {
        ResumeExport(
            user: rows.user, profile: rows.profile, experiences: rows.experiences, skills: rows.skills,
            lastModified: lastModified)
    }

    /// Compares text with Tests/Fixtures/jsonresume-snapshots/NAME; `JOBHUNT_UPDATE_SNAPSHOTS=1` rewrites it instead.
    static func expectSnapshot(_ text: String, named name: String) throws {
        let url = RepositoryFiles.fixture("jsonresume-snapshots/\(name)")
        if ProcessInfo.processInfo.environment["JOBHUNT_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(
            stored == text,
            "Tests/Fixtures/jsonresume-snapshots/\(name) differs; rerun with JOBHUNT_UPDATE_SNAPSHOTS=1 if the change is intended"
        )
    }
}

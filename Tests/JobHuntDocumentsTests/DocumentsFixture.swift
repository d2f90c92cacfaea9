// A fresh database per test on either engine, with one person's profile (as
// `profile import` would leave it) and a posting with its company, so the
// documents service runs exactly as `jobhunt apply` runs it.
import Foundation
import JobHuntDatabase
import JobHuntDocuments
import JobHuntProfiles
import JobHuntTesting
import Testing

@testable import JobHuntKernel

/// Everything one documents test runs on; nothing is shared between tests.
final class DocumentsFixture: @unchecked Sendable {
    /// 2026-12-06T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_558_400)

    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let services: Services

    init(_ engine: TestEngine, s3: S3Configuration? = nil) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-documents")
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url, s3: s3),
            now: { DocumentsFixture.start }, warn: { _ in })
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
    }

    func service(
        embedder: (any Embedder)? = EmbeddingFunction(HashedWords.embed), templates: TemplateSet = .builtin,
        printer: (any PDFPrinter)? = nil
    ) -> DocumentService {
        DocumentService(services: services, embedder: embedder, templates: templates, printer: printer)
    }

    /// Ada Lovelace with three jobs, skills, and a summary.
    func person(_ email: String = "ada-\(UUID().uuidString.prefix(8).lowercased())@example.com") throws -> ActingUser {
        let account = try AccountService(services: services).createUser(
            email: email, firstName: "Ada", lastName: "Lovelace", password: "correct horse battery")
        let me = ActingUser(user: account, sessionID: nil)
        var changes = ProfileChanges()
        changes.currentTitle = .set("Backend Engineer")
        changes.summary = .set("Backend engineer building payment systems in Go and PostgreSQL.")
        changes.locationCity = .set("London")
        changes.yearsExperience = .set(8)
        _ = try ProfileService(services: services).update(changes, for: me)
        for name in ["Go", "PostgreSQL", "Python", "Docker"] {
            _ = try SkillService(services: services).add(SkillInput(name: name), for: me)
        }
        let jobs = ExperienceService(services: services)
        for job in Self.jobs { _ = try jobs.add(job, for: me) }
        return me
    }

    static let jobs = [
        NewExperience(
            companyName: "Parcelwise", jobTitle: "Senior Backend Engineer", startDate: CalendarDate("2021-03-01")!,
            isCurrent: true,
            achievements: [
                "Organised the office book club and its monthly meetings",
                "Cut p99 latency of the payments API from 900 ms to 120 ms by tuning PostgreSQL query plans",
            ], technologies: ["Go", "PostgreSQL"]),
        NewExperience(
            companyName: "Ledgerline", jobTitle: "Backend Engineer", startDate: CalendarDate("2017-06-01")!,
            endDate: CalendarDate("2021-02-28")!,
            achievements: ["Built the settlement service in Python that reconciles card transactions"],
            technologies: ["Python", "Docker"]),
        NewExperience(
            companyName: "Northgate", jobTitle: "Support Technician", startDate: CalendarDate("2015-09-01")!,
            endDate: CalendarDate("2017-05-31")!, achievements: ["Answered customer phone calls about printers"]),
    ]

    /// A posting at Acme Payments asking for Go and PostgreSQL (and Kubernetes, which Ada lacks).
    @discardableResult
    func posting(company: String = "Acme Payments", title: String = "Senior Go Engineer") throws -> UUID {
        let db = try scratch.open()
        defer { db.close() }
        let companyID = UUID()
        let id = UUID()
        try db.execute(
            """
            INSERT INTO companies (id, name, description) VALUES (\(companyID), \(company),
            'Acme Payments moves money for small shops across Europe. We are forty people.')
            """)
        try db.execute(
            """
            INSERT INTO job_postings (id, title, description, requirements, company_id, source_platform, source_url,
            external_id) VALUES (\(id), \(title), \(Self.description), \(Self.requirements), \(companyID),
            'greenhouse', \("https://boards.example/\(id.uuidString.lowercased())"), \("gh-\(id.uuidString.prefix(8))"))
            """)
        return id
    }

    static let description = """
        We build the payments API that thousands of shops rely on.

        Requirements
        - Go in production, with low-latency APIs
        - PostgreSQL query tuning and performance work
        - Kubernetes deployments
        """
    static let requirements = "Go and PostgreSQL experience; latency and performance tuning of payment APIs."

    func rawDatabase() throws -> Database { try scratch.open() }

    func count(_ sql: SQL) throws -> Int {
        let db = try rawDatabase()
        defer { db.close() }
        return try db.scalar(sql, as: Int.self) ?? -1
    }
}

/// A deterministic stand-in for the model: words hashed (FNV-1a) into 384
/// dimensions, so texts sharing words are similar and the same text always
/// gives the same vector.
enum HashedWords {
    static func embed(_ texts: [String]) -> [[Float]] {
        texts.map { text in
            var vector = [Float](repeating: 0, count: 384)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
                var hash: UInt32 = 2_166_136_261
                for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
                vector[Int(hash % 384)] += 1
            }
            return vector
        }
    }
}

/// Expects `body` to throw a `JobHuntError` with `code`.
func expectCode<T>(
    _ code: JobHuntError.Code, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T
) throws {
    let error = try #require(throws: JobHuntError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error.code == code, "\(error.problem)", sourceLocation: sourceLocation)
}

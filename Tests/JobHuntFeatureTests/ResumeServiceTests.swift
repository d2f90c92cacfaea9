// `ResumeService` with real files, real tools (pdftotext, unzip), the local
// object store and the real S3 server: extraction, limits, storage, isolation.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Resume files")
struct ResumeServiceTests {
    static let pdf = RepositoryFiles.fixture("resumes/resume.pdf")
    static let docx = RepositoryFiles.fixture("resumes/resume.docx")

    static func write(_ text: String, _ name: String, in folder: TemporaryDirectory) throws -> URL {
        let file = folder.file(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    static func code(_ body: () throws -> Void) -> JobHuntError.Code? {
        do {
            try body()
            return nil
        } catch let error as JobHuntError {
            return error.code
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test("PDF, DOCX, Markdown and text are read into resume_text")
    func extraction() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        let resumes = ResumeService(services: world.services)

        let pdf = try resumes.store(Self.pdf, for: ada)
        #expect(pdf.type == .pdf)
        #expect(pdf.text == "Ada Lovelace\nSkills: Python, Kubernetes and PostgreSQL")
        #expect(pdf.size == 647)

        let docx = try resumes.store(Self.docx, for: ada)
        #expect(docx.type == .docx)
        #expect(docx.text == "Grace Hopper\nSkills: Go, Terraform & AWS\nLanguages:\tEspañol\nCOBOL <legacy>")
        #expect(docx.characters == docx.text.count)

        let markdown = try resumes.store(
            try Self.write("# Ada\r\n\r\n- Swift\r\n- Rust  \r\n", "cv.md", in: world.folder), for: ada)
        #expect(markdown.type == .markdown)
        #expect(markdown.text == "# Ada\n\n- Swift\n- Rust")

        let text = try resumes.store(try Self.write("Ada Lovelace, analyst\n", "cv.txt", in: world.folder), for: ada)
        #expect(text.type == .text)
        let current = try #require(try resumes.current(for: ada))
        #expect(current == text)
        #expect(try world.database().scalar("SELECT resume_text FROM user_profiles", as: String.self) == text.text)
    }

    @Test("the object is stored 0600 under users/<id>/ and a new file replaces the old", arguments: TestEngine.allCases)
    func localStorage(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let resumes = ResumeService(services: world.services)
        let first = try resumes.store(Self.pdf, for: ada)
        let id = ada.user.id.uuidString.lowercased()
        let folder = world.services.configuration.filesDirectory
        let expected = folder.appendingPathComponent("objects/users/\(id)/resume/resume.pdf")
        #expect(first.url == expected.absoluteString)
        let attributes = try FileManager.default.attributesOfItem(atPath: expected.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try Data(contentsOf: expected) == Data(contentsOf: Self.pdf))
        #expect(
            try world.database().scalar("SELECT resume_file_url FROM user_profiles WHERE user_id = \(ada.user.id)")
                == first.url)

        let second = try resumes.store(Self.docx, for: ada)
        let keys = try world.services.objectStore().allKeys(prefix: "users/\(id)/")
        #expect(keys == ["users/\(id)/resume/resume.docx"], "the old object went with the old name")
        #expect(try world.database().scalar("SELECT count(*) FROM user_profiles", as: Int.self) == 1)
        #expect(try resumes.current(for: ada)?.url == second.url)
    }

    @Test("size limit, empty files, directories and missing files are refused clearly")
    func limits() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        #expect(ResumeService.defaultMaximumSize == 10 * 1024 * 1024)
        let small = ResumeService(services: world.services, maximumSize: 1024)
        let big = try Self.write(String(repeating: "a", count: 1025), "big.txt", in: world.folder)
        #expect(Self.code { try small.store(big, for: ada) } == .resumeTooLarge)
        let exact = try Self.write(String(repeating: "a", count: 1024), "exact.txt", in: world.folder)
        #expect(try small.store(exact, for: ada).characters == 1024)
        let resumes = ResumeService(services: world.services)
        #expect(
            Self.code { try resumes.store(try Self.write("", "empty.txt", in: world.folder), for: ada) } == .resumeEmpty
        )
        #expect(Self.code { try resumes.store(world.folder.url, for: ada) } == .resumeUnreadable)
        #expect(Self.code { try resumes.store(world.folder.file("missing.pdf"), for: ada) } == .resumeUnreadable)
        let fake = try Self.write("not really a pdf", "fake.pdf", in: world.folder)
        #expect(Self.code { try resumes.store(fake, for: ada) } == .resumeTypeMismatch)
        #expect(try resumes.current(for: ada)?.characters == 1024, "refused files change nothing")
    }

    @Test("a missing tool names its package; a failing, stuck or flooding tool is an error")
    func tools() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        let bin = try TemporaryDirectory()
        let none = ResumeService(services: world.services, tools: ResumeDocumentTools(searchDirectories: [bin.url]))
        do {
            try none.store(Self.pdf, for: ada)
            Issue.record("stored a PDF without pdftotext")
        } catch let error as JobHuntError {
            #expect(error.code == .resumeToolMissing)
            #expect(error.errorDescription?.contains("pdftotext") == true)
            #expect(error.recoverySuggestion?.contains("poppler-utils") == true)
        }
        #expect(Self.code { try none.store(Self.docx, for: ada) } == .resumeToolMissing)

        let script = bin.file("pdftotext")
        try Data("#!/bin/sh\necho 'Syntax Error: broken xref' >&2\nexit 1\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        do {
            try none.store(Self.pdf, for: ada)
            Issue.record("a failing pdftotext was ignored")
        } catch let error as JobHuntError {
            #expect(error.code == .resumeExtractionFailed)
            #expect(error.errorDescription?.contains("broken xref") == true)
        }
        try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: script)
        let stuck = ResumeService(
            services: world.services,
            tools: ResumeDocumentTools(searchDirectories: [bin.url], timeout: .milliseconds(300)))
        #expect(Self.code { try stuck.store(Self.pdf, for: ada) } == .resumeExtractionFailed)
        try Data("#!/bin/sh\nexec head -c 3000000 /dev/zero\n".utf8).write(to: script)
        let flood = ResumeService(
            services: world.services,
            tools: ResumeDocumentTools(searchDirectories: [bin.url], maximumOutput: 1024 * 1024))
        do {
            try flood.store(Self.pdf, for: ada)
            Issue.record("3 MB of output passed a 1 MiB cap")
        } catch let error as JobHuntError {
            #expect(error.code == .resumeExtractionFailed)
            #expect(error.errorDescription == "pdftotext produced more than 1 MiB of text")
        }
        #expect(try ResumeService(services: world.services).current(for: ada) == nil)
    }

    @Test("another user sees no resume and cannot reach the file", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let world = try ProfileWorld(engine)
        let ada = try world.user("ada@example.com")
        let grace = try world.user("grace@example.com")
        let resumes = ResumeService(services: world.services)
        let stored = try resumes.store(Self.pdf, for: ada)
        #expect(try resumes.current(for: grace) == nil)
        #expect(ResumeService.key(in: try #require(stored.url), userID: grace.user.id) == nil)
        let graces = try resumes.store(Self.docx, for: grace)
        #expect(try resumes.current(for: ada)?.url == stored.url, "storing Grace's file left Ada's alone")
        #expect(graces.url != stored.url)
    }

    @Test("round trip through the real S3 server: s3:// URL under users/<id>/")
    func s3() throws {
        let settings = try TestServices.s3
        let s3 = S3Configuration(
            bucket: settings.bucket, endpoint: settings.endpoint, region: settings.region, pathStyle: true,
            accessKeyID: settings.accessKeyID, secretAccessKey: settings.secretAccessKey)
        let world = try ProfileWorld(.postgres, s3: s3)
        let ada = try world.user("ada@example.com")
        let resumes = ResumeService(services: world.services)
        let id = ada.user.id.uuidString.lowercased()
        let objects = try world.services.objectStore()
        defer { for key in (try? objects.allKeys(prefix: "users/\(id)/")) ?? [] { try? objects.delete(key: key) } }

        let stored = try resumes.store(Self.pdf, for: ada)
        #expect(stored.url == "s3://\(settings.bucket)/users/\(id)/resume/resume.pdf")
        let object = try objects.get(key: "users/\(id)/resume/resume.pdf")
        #expect(object.data == (try Data(contentsOf: Self.pdf)))
        #expect(object.info.contentType == "application/pdf")
        let current = try #require(try resumes.current(for: ada))
        #expect(current.size == 647)
        #expect(current.type == .pdf)
        #expect(current.text.contains("Kubernetes"))

        try resumes.store(Self.docx, for: ada)
        #expect(try objects.allKeys(prefix: "users/\(id)/") == ["users/\(id)/resume/resume.docx"])
    }
}

/// Résumé tools start through the services' process runner: a test can see
/// (or refuse) what a command runs without touching the code that runs it.
@Suite("Resume tools through the process runner")
struct ResumeProcessRunnerTests {
    /// The real runner, noting each program it is asked to run.
    final class RecordingRunner: ProcessRunner, @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [ProcessCommand] = []
        let refuse: Bool

        init(refuse: Bool = false) { self.refuse = refuse }

        var programs: [String] {
            lock.withLock { recorded.map { URL(fileURLWithPath: $0.executable).lastPathComponent } }
        }

        func run(_ command: ProcessCommand) throws(ProcessRunError) -> ProcessResult {
            lock.withLock { recorded.append(command) }
            if refuse { throw ProcessRunError(executable: command.executable, reason: "refused by the test") }
            return try SystemProcessRunner().run(command)
        }

        func start(_ command: ProcessCommand, log: URL) throws(ProcessRunError) -> any RunningProcess {
            lock.withLock { recorded.append(command) }
            return try SystemProcessRunner().start(command, log: log)
        }
    }

    @Test("pdftotext and unzip run through Services.processRunner")
    func toolsRunThroughTheServicesRunner() throws {
        let world = try ProfileWorld(.sqlite)
        let ada = try world.user("ada@example.com")
        let recorder = RecordingRunner()
        let services = Services(configuration: world.services.configuration, processRunner: recorder)
        let pdf = try ResumeService(services: services).store(ResumeServiceTests.pdf, for: ada)
        let docx = try ResumeService(services: services).store(ResumeServiceTests.docx, for: ada)
        #expect(recorder.programs == ["pdftotext", "unzip"])
        #expect(pdf.characters > 0 && docx.characters > 0)

        let refused = Services(
            configuration: world.services.configuration, processRunner: RecordingRunner(refuse: true))
        do {
            try ResumeService(services: refused).store(ResumeServiceTests.pdf, for: ada)
            Issue.record("stored a PDF its runner refused to read")
        } catch let error as JobHuntError {
            #expect(error.code == .resumeExtractionFailed)
            #expect(error.errorDescription?.contains("refused by the test") == true)
        }
    }
}

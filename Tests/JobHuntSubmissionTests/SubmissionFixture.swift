// A fresh database per test on either engine, a clock the test moves, a
// user with a name that needs RFC 2047, a pending application and its
// generated documents seeded as the apply feature stores them.
import Foundation
import JobHuntApplications
import JobHuntDatabase
import JobHuntSubmission
import JobHuntTesting

@testable import JobHuntKernel

final class SubmissionClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

final class SubmissionFixture: @unchecked Sendable {
    /// 2026-12-06T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_796_558_400)
    static let messageID = UUID(uuidString: "0193a4f2-0000-7000-8000-00000000beef")!
    static let letter = """
        Dear Acme hiring team,

        I would like to apply for the Staff Engineer role. A line with = signs, trailing spaces\u{20}\u{20}
        .a line that starts with a dot, and one that is long enough to need a soft line break in quoted-printable encoding, well past seventy-six characters.
        Ünïcödé: Zoë Ørsted, 東京, 🚀

        Best regards,
        Zoë
        """

    let scratch: ScratchDatabase
    let directory: TemporaryDirectory
    let clock: SubmissionClock
    let services: Services

    init(_ engine: TestEngine) throws {
        scratch = try ScratchDatabase(engine)
        directory = try TemporaryDirectory(prefix: "jobhunt-submission")
        let clock = SubmissionClock(Self.start)
        self.clock = clock
        services = Services(
            configuration: Configuration(databaseURL: scratch.url, dataDirectory: directory.url), now: { clock.now })
        if engine == .postgres {
            let db = try services.store.unmigratedDatabase()
            try Schema.migrator(for: db.dialect).up(db)
        }
    }

    /// A user named Zoë Ørsted.
    func user() throws -> ActingUser {
        let email = "zoe-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        var account = try AccountService(services: services).createUser(email: email, password: "correct horse battery")
        let db = try services.store.database()
        try db.execute("UPDATE users SET first_name = 'Zoë', last_name = 'Ørsted' WHERE id = \(account.id)")
        account.firstName = "Zoë"
        account.lastName = "Ørsted"
        return ActingUser(user: account, sessionID: nil)
    }

    /// A pending application made from scratch.
    func application(
        for user: ActingUser, company: String = "Acme", url: String? = "https://boards.example/acme/1"
    ) throws -> Application {
        try ApplicationService(services: services).add(
            NewApplication(source: .scratch(company: company, title: "Staff Engineer", url: url)), for: user
        ).application
    }

    /// A PDF résumé and a PDF cover letter with its text.
    @discardableResult
    func documents(
        for application: Application, user: ActingUser, approved: Bool = true, resumeName: String = "resume.pdf"
    ) throws -> (resume: Data, letter: Data) {
        let resume =
            resumeName.hasSuffix(".pdf") ? GeneratedDocumentSeed.pdf("Zoe Orsted resume") : Data("<h1>Zoë</h1>".utf8)
        let letter = GeneratedDocumentSeed.pdf("Cover letter")
        try GeneratedDocumentSeed.insert(
            "resume", data: resume, fileName: resumeName, text: "# Zoë Ørsted", approved: approved,
            applicationID: application.id, userID: user.user.id, services: services, createdAt: clock.now)
        try GeneratedDocumentSeed.insert(
            "cover_letter", data: letter, fileName: "cover_letter.pdf", text: Self.letter, approved: approved,
            applicationID: application.id, userID: user.user.id, services: services, createdAt: clock.now)
        return (resume, letter)
    }

    func service(_ server: SMTPTestServer?, password: String? = nil, interval: Int = 60) -> SubmissionService {
        let email = EmailSettings(
            url: server?.url, username: server?.username, password: password ?? server?.password,
            caFile: server?.certificate.path, from: nil)
        return SubmissionService(
            services: services,
            channels: [ManualChannel(), EmailChannel(settings: email, makeID: { Self.messageID })],
            minimumInterval: interval)
    }

    func count(_ table: String) throws -> Int {
        let db = try scratch.open()
        defer { db.close() }
        return try db.scalar("SELECT COUNT(*) FROM \(sql: .trusted(table))", as: Int.self) ?? -1
    }

    func rows(_ sql: SQL) throws -> [Row] {
        let db = try scratch.open()
        defer { db.close() }
        return try db.query(sql)
    }
}

// Running `jobhunt apply` through the built binary: a migrated database on
// either engine, files in a local directory or the test S3 bucket, the
// example résumé imported and the example feed discovered, and fake
// `$EDITOR` and `xdg-open` programs the commands run.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

/// Where documents are stored.
enum DocumentStore: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case local, s3
    var testDescription: String { rawValue }
}

/// One scratch database, one object store and the environment acting on them as Maya.
final class ApplyEndToEnd: @unchecked Sendable {
    let status: StatusEndToEnd
    let bin: TemporaryDirectory
    let store: DocumentStore

    init(_ engine: TestEngine, store: DocumentStore, pdf: Bool = false) throws {
        status = try StatusEndToEnd(engine)
        self.store = store
        bin = try TemporaryDirectory(prefix: "jobhunt-apply-bin")
        var environment = status.environment
        environment["XDG_CONFIG_HOME"] = status.home.file("config").path
        environment["XDG_DATA_HOME"] = status.home.file("data").path
        // Chromium is found on PATH: without it there, PDFs are skipped (the fake
        // programs call what they need by absolute path).
        environment["PATH"] = pdf ? "\(bin.path):/usr/bin:/bin" : bin.path
        environment["EDITOR"] = bin.file("editor").path
        if store == .s3 {
            let s3 = try TestServices.s3
            environment.merge([
                "JOBHUNT_S3_BUCKET": s3.bucket, "JOBHUNT_S3_ENDPOINT": s3.endpoint, "JOBHUNT_S3_REGION": s3.region,
                "JOBHUNT_S3_PATH_STYLE": "true", "AWS_ACCESS_KEY_ID": s3.accessKeyID,
                "AWS_SECRET_ACCESS_KEY": s3.secretAccessKey,
            ]) { $1 }
        }
        status.environment = environment
        try script("editor", "printf 'P.S. Edited by hand.\\n' >> \"$1\"")
        try script("xdg-open", "/bin/cp \"$1\" \"\(status.home.path)/opened.${1##*.}\"")
        let resume = RepositoryFiles.path("examples/resume.json").path
        let feed = RepositoryFiles.path("examples/feeds/postings.jsonl").path
        for arguments in [["profile", "import", resume], ["discover", "--source", "file:\(feed)", "-q"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func script(_ name: String, _ body: String) throws {
        let file = bin.file(name)
        try "#!/bin/sh\n\(body)\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: file.path)
    }

    func run(_ arguments: [String], as user: [String: String]? = nil) throws -> CommandResult {
        try status.run(arguments, as: user)
    }

    func object(_ arguments: [String], as user: [String: String]? = nil) throws -> [String: Any] {
        try status.object(arguments, as: user)
    }

    /// The id of the best match, as `discover match --json` ranks it.
    func topPosting() throws -> String {
        let matches = try status.objects(["discover", "match", "--limit", "1"])
        return try #require(matches.first?["id"] as? String)
    }

    func count(_ table: String) throws -> Int {
        let db = try status.scratch.open()
        defer { db.close() }
        return try db.scalar("SELECT COUNT(*) FROM \(sql: .trusted(table))", as: Int.self) ?? -1
    }

    /// A tool's output (pdftotext, pdfinfo), failing the test when it fails.
    static func tool(_ arguments: [String]) throws -> String {
        let result = try CommandRunner.runShell(arguments.map { "'\($0)'" }.joined(separator: " "))
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }
}

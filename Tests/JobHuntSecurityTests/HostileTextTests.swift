// Issue 21 §3, second part: SQL injection strings, terminal escape sequences,
// C1 controls and right-to-left overrides in every text a person types are
// stored literally and come back literally through pipes and --json, but reach
// a terminal (stdout on a TTY, stderr always) as visible escapes. A NUL byte
// and an over-size field are refused with one line; the database layer
// stores 1 MB literally and refuses NUL and over 8 MiB on both engines.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite("hostile text")
struct HostileTextTests {
    static let hostile = [
        "x'; DROP TABLE users; --",
        "Robert'); DELETE FROM applications WHERE ('1'='1",
        "\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[8mhidden\u{1B}[0m",
        "invoice\u{202E}fdp.exe",
        "\u{9B}31mC1 \u{1B}[1A up",
    ]

    @Test("TerminalText escapes what a terminal acts on and keeps jobhunt's own colours")
    func escaping() {
        #expect(TerminalText.escape("plain text, tabs\tand\nnewlines") == "plain text, tabs\tand\nnewlines")
        #expect(TerminalText.escape("a\u{1B}]0;x\u{07}b") == "a\\u001B]0;x\\u0007b")
        #expect(TerminalText.escape("abc\u{202E}def\u{2066}") == "abc\\u202Edef\\u2066")
        #expect(TerminalText.escape("\u{9B}1m") == "\\u009B1m")
        #expect(TerminalText.escape("over\rwrite") == "over\\u000Dwrite")
        #expect(TerminalText.escape("crlf\r\n") == "crlf\r\n")
        #expect(TerminalText.escape("\u{1B}[1mUSAGE\u{1B}[0m", keepingStyle: true) == "\u{1B}[1mUSAGE\u{1B}[0m")
        #expect(TerminalText.escape("\u{1B}[8mhide\u{1B}[0m", keepingStyle: true) == "\\u001B[8mhide\u{1B}[0m")
        #expect(TerminalText.escape("\u{1B}[2J", keepingStyle: true) == "\\u001B[2J")
        #expect(TerminalText.escape("é 日本 \u{200F}") == "é 日本 \u{200F}", "letters and marks stay")
    }

    @Test(
        "stored literally, printed literally through pipes and --json, escaped on a terminal and in errors",
        arguments: TestEngine.allCases)
    func storedAndShownSafely(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        let job = try world.posting("Engineer", company: "Acme", externalID: "h-1")
        let app = try #require(
            try ProfileJSON.object(try world.must(["status", "add", job, "--json"]))["id"] as? String)
        /// Runs as Ada: true when stored; else it must be refused in one line naming
        /// the control character, with nothing written and nothing raw on stderr.
        func storeOrRefuse(_ arguments: [String]) throws -> Bool {
            let before = try world.dump()
            let result = try world.run(arguments, as: world.ada)
            if result.status == 0 { return true }
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("control character"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!result.stderr.contains("\u{1B}"))
            #expect(SecurityWorld.changes(before, try world.dump()).isEmpty)
            return false
        }
        var stored: [String: Int] = [:]
        for (index, text) in Self.hostile.enumerated() {
            if try storeOrRefuse(["profile", "set", "--title", text, "--city", text, "-q"]) {
                stored["profile", default: 0] += 1
                let profile = try ProfileJSON.object(try world.must(["profile", "show", "--json"]))
                #expect(ProfileJSON.find("current_title", in: profile) as? String == text, "\(profile)")
                #expect(ProfileJSON.find("location_city", in: profile) as? String == text, "\(profile)")
            }
            let name = "s\(index) \(text)"
            if try storeOrRefuse(["discover", "search", "add", name, "--title", text, "-q"]) {
                stored["search", default: 0] += 1
                let search = try ProfileJSON.object(try world.must(["discover", "search", "show", name, "--json"]))
                #expect((search["search_name"] ?? search["name"]) as? String == name, "\(search)")
                #expect(search["target_titles"] as? [String] == [text])
            }
            if try storeOrRefuse(["status", "note", app, text, "-q"]) {
                stored["note", default: 0] += 1
                let shown = try ProfileJSON.object(try world.must(["status", "show", app, "--json"]))
                #expect((shown["notes"] as? String)?.contains(text) == true, "\(shown["notes"] ?? "")")
            }
            let status = index.isMultiple(of: 2) ? "submitted" : "pending"
            if try storeOrRefuse(["status", "set", app, status, "--note", text, "--force", "-q"]) {
                stored["status note", default: 0] += 1
                let history = try world.must(["status", "history", app, "--json"])
                #expect(
                    ProfileJSON.contains(text, in: try JSONSerialization.jsonObject(with: Data(history.stdout.utf8))),
                    "\(history.stdout)")
            }
            if try storeOrRefuse(["skills", "add", "skill \(index) \(text)", "-q"]) {
                stored["skill", default: 0] += 1
            }
            if try storeOrRefuse([
                "profile", "experience", "add", "--company", text, "--title", text, "--start", "2020-01", "--current",
                "-q",
            ]) {
                stored["experience", default: 0] += 1
                let list = try world.must(["profile", "experience", "list", "--json"])
                let experiences = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8))
                #expect(ProfileJSON.contains(text, in: experiences), "\(list.stdout)")
            }
        }
        // SQL and bidi overrides are stored everywhere; notes keep escape sequences too.
        #expect(stored["profile"] ?? 0 >= 3, "\(stored)")
        #expect(stored["search"] ?? 0 >= 3, "\(stored)")
        #expect(stored["experience"] ?? 0 >= 3, "\(stored)")
        #expect(stored["note"] == Self.hostile.count, "\(stored)")
        #expect(stored["status note"] == Self.hostile.count, "\(stored)")
        #expect(try world.run(["status", "list", "--json"], as: world.ada).status == 0, "the tables are all there")

        // stderr is for people: an error echoing the text shows escapes even through a pipe.
        let missing = try world.run(["discover", "search", "show", Self.hostile[2]], as: world.ada)
        #expect(missing.status == 1)
        #expect(!missing.stderr.contains("\u{1B}"), "\(missing.stderr)")
        #expect(missing.stderr.contains("\\u001B]0;owned\\u0007"), "\(missing.stderr)")

        // On a terminal, stdout shows every stored escape as text.
        var environment = world.ada
        environment["APP"] = app
        environment["PATH"] = "/usr/bin:/bin"
        environment["TERM"] = "xterm-256color"
        for command in [
            #""$JOBHUNT" status show "$APP""#, #""$JOBHUNT" profile show"#, #""$JOBHUNT" discover search list"#,
        ] {
            let result = try CommandRunner.runShell("script -qec '\(command)' /dev/null", environment: environment)
            #expect(result.status == 0, "\(command): \(result.stdout)")
            let styleFree = ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m"]
                .reduce(result.stdout) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!styleFree.contains("\u{1B}"), "\(command) sent a raw escape: \(styleFree.debugDescription)")
            #expect(!styleFree.contains("\u{202E}"), "\(command) sent a bidi override")
            #expect(!styleFree.contains("\u{9B}"), "\(command) sent a C1 control")
        }
        let terminal = try CommandRunner.runShell(
            "script -qec '\"$JOBHUNT\" status show \"$APP\" --no-color' /dev/null", environment: environment)
        #expect(terminal.stdout.contains("invoice\\u202Efdp.exe"), "\(terminal.stdout)")
    }

    @Test(
        "a NUL byte, an over-size file and a 1 MB field are refused in one line, writing nothing",
        arguments: TestEngine.allCases)
    func nulAndSize(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        func importing(summary: String) throws -> CommandResult {
            let file = world.home.file("resume-\(UUID().uuidString).json")
            let resume: [String: Any] = ["basics": ["name": "Ada Lovelace", "label": "Engineer", "summary": summary]]
            try JSONSerialization.data(withJSONObject: resume).write(to: file)
            return try world.run(["profile", "import", file.path], as: world.ada)
        }
        let before = try world.dump()
        let nul = try importing(summary: "before\u{0}after")
        #expect(nul.status == 1)
        #expect(
            nul.stderr.contains("NUL byte") || nul.stderr.contains("summary: contains a control character"),
            "\(nul.stderr)")
        #expect(nul.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1, "\(nul.stderr)")
        #expect(SecurityWorld.changes(before, try world.dump()).isEmpty, "nothing half-imported")

        let huge = try importing(summary: String(repeating: "x", count: 9 << 20))
        #expect(huge.status == 1)
        // The importer stops at its 1 MiB file limit before the database's 8 MiB field limit.
        #expect(huge.stderr.contains("more than the 1048576 a résumé may have"), "\(huge.stderr)")
        #expect(huge.stderr.split(separator: "\n").count == 1)
        #expect(SecurityWorld.changes(before, try world.dump()).isEmpty)

        // A 1 MB field fits the file limit and meets the field's own: refused, naming both sizes.
        let megabyte = try importing(summary: String(repeating: "0123456789", count: 100_000))
        #expect(megabyte.status == 1)
        #expect(
            megabyte.stderr.contains("summary: is 1000000 characters long, more than the 10000 allowed"),
            "\(megabyte.stderr)")
        #expect(megabyte.stderr.split(separator: "\n").count == 1)
        #expect(SecurityWorld.changes(before, try world.dump()).isEmpty)
    }
}

/// The database layer's own rule, below every command: no NUL byte, nothing over 8 MiB, on both engines.
@Suite("text limits in the database layer")
struct DatabaseTextLimitTests {
    @Test(arguments: TestEngine.allCases)
    func nulAndSizeAreRefusedAlike(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        defer { db.close() }
        try db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        #expect {
            try db.execute("INSERT INTO notes (id, body) VALUES (1, \("a\u{0}b"))")
        } throws: { ($0 as? DatabaseError)?.code == .invalidText && "\($0)".contains("NUL byte") }
        #expect {
            try db.execute("INSERT INTO notes (id, body) VALUES (2, \(String(repeating: "x", count: (8 << 20) + 1)))")
        } throws: { ($0 as? DatabaseError)?.code == .invalidText }
        let megabyte = String(repeating: "\u{202E}'; DROP TABLE notes; --\u{1B}[2J", count: 1 << 15)
        try db.execute("INSERT INTO notes (id, body) VALUES (3, \(megabyte))")
        #expect(try db.scalar("SELECT body FROM notes WHERE id = 3", as: String.self) == megabyte)
        #expect(try db.scalar("SELECT COUNT(*) FROM notes", as: Int.self) == 1)
    }
}

/// JSON output helpers.
enum ProfileJSON {
    static func object(_ result: CommandResult) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "not a JSON object: \(result.stdout) \(result.stderr)")
    }

    /// Whether `text` is a string value anywhere in `object`.
    static func contains(_ text: String, in object: Any) -> Bool {
        if let string = object as? String { return string == text }
        if let dictionary = object as? [String: Any] { return dictionary.values.contains { contains(text, in: $0) } }
        if let array = object as? [Any] { return array.contains { contains(text, in: $0) } }
        return false
    }

    /// The first value under `key` anywhere in `object` (profile show nests its sections).
    static func find(_ key: String, in object: Any) -> Any? {
        if let dictionary = object as? [String: Any] {
            if let value = dictionary[key] { return value }
            for value in dictionary.values { if let found = find(key, in: value) { return found } }
        } else if let array = object as? [Any] {
            for value in array { if let found = find(key, in: value) { return found } }
        }
        return nil
    }
}

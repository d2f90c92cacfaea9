// Issue 21 §3, second part: SQL injection strings, terminal escape sequences,
// C1 controls and right-to-left overrides in every text a person types are
// stored literally and come back literally through pipes and --json, but reach
// a terminal (stdout on a TTY, stderr always) as visible escapes. A NUL byte
// and an over-size field are refused with one line; a 1 MB field is stored.
import Foundation
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

    @Test("stored literally, printed literally through pipes and --json, escaped on a terminal and in errors",
        arguments: TestEngine.allCases)
    func storedAndShownSafely(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        let job = try world.posting("Engineer", company: "Acme", externalID: "h-1")
        let app = try #require(
            try ProfileJSON.object(try world.must(["status", "add", job, "--json"]))["id"] as? String)
        for (index, text) in Self.hostile.enumerated() {
            try world.must(["profile", "set", "--title", text, "--city", text, "-q"])
            let profile = try ProfileJSON.object(try world.must(["profile", "show", "--json"]))
            #expect(ProfileJSON.find("current_title", in: profile) as? String == text, "\(profile)")
            try world.must(["discover", "search", "add", "s\(index) \(text)", "--title", text, "-q"])
            let search = try ProfileJSON.object(try world.must(["discover", "search", "show", "s\(index) \(text)", "--json"]))
            #expect(search["name"] as? String == "s\(index) \(text)")
            #expect(search["target_titles"] as? [String] == [text])
            try world.must(["status", "note", app, text, "-q"])
            let shown = try ProfileJSON.object(try world.must(["status", "show", app, "--json"]))
            #expect((shown["notes"] as? String)?.contains(text) == true, "\(shown["notes"] ?? "")")
            try world.must([
                "profile", "experience", "add", "--company", text, "--title", text, "--start", "2020-01", "-q",
            ])
        }
        #expect(try world.run(["status", "list", "--json"], as: world.ada).status == 0, "the tables are all there")

        // stderr is for people: an error echoing the text shows escapes even through a pipe.
        let missing = try world.run(["discover", "search", "show", Self.hostile[2]], as: world.ada)
        #expect(missing.status == 1)
        #expect(!missing.stderr.contains("\u{1B}"), "\(missing.stderr)")
        #expect(missing.stderr.contains("\\u001B]0;owned\\u0007"), "\(missing.stderr)")

        // On a terminal, stdout shows every stored escape as text.
        var environment = world.ada
        environment["APP"] = app
        environment["TERM"] = "xterm-256color"
        for command in [#""$JOBHUNT" status show "$APP""#, #""$JOBHUNT" profile show"#, #""$JOBHUNT" discover search list"#] {
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

    @Test("a NUL byte and an over-size field are refused in one line; 1 MB is stored", arguments: TestEngine.allCases)
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
        #expect(nul.stderr.contains("NUL byte"), "\(nul.stderr)")
        #expect(nul.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1, "\(nul.stderr)")
        #expect(SecurityWorld.changes(before, try world.dump()).isEmpty, "nothing half-imported")

        let huge = try importing(summary: String(repeating: "x", count: 9 << 20))
        #expect(huge.status == 1)
        #expect(huge.stderr.contains("larger than the 8 MiB one field holds"), "\(huge.stderr)")
        #expect(SecurityWorld.changes(before, try world.dump()).isEmpty)

        let megabyte = String(repeating: "0123456789abcdef", count: 1 << 16)
        let stored = try importing(summary: megabyte)
        #expect(stored.status == 0, "\(stored.stderr)")
        let profile = try ProfileJSON.object(try world.must(["profile", "show", "--json"]))
        #expect(ProfileJSON.find("summary", in: profile) as? String == megabyte)
    }
}

/// JSON output helpers.
enum ProfileJSON {
    static func object(_ result: CommandResult) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "not a JSON object: \(result.stdout) \(result.stderr)")
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

// Completion scripts: snapshots of the test table's scripts, syntax checks of
// the real ones by each shell, and what bash and fish actually offer.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite struct CompletionsTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    static func script(_ shell: String, root: CommandSpec = TestTable.root) -> String {
        let result = run(["completions", shell], root: root)
        #expect(result.status == .success, "\(result.stderr)")
        return result.stdout
    }

    /// Compares with Snapshots/NAME; `JOBHUNT_UPDATE_SNAPSHOTS=1` rewrites it instead.
    static func expectSnapshot(_ text: String, named name: String) throws {
        let file = snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JOBHUNT_UPDATE_SNAPSHOTS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(
            stored == text, "Snapshots/\(name) differs; rerun with JOBHUNT_UPDATE_SNAPSHOTS=1 if the change is intended"
        )
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func snapshotOfTestTable(shell: String) throws {
        try Self.expectSnapshot(Self.script(shell), named: "completions.\(shell)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func realAndTestScriptsPassTheShellsSyntaxCheck(shell: String) throws {
        for root in [CommandTable.root, TestTable.root] {
            let result = try Shell.checkSyntax(shell, Self.script(shell, root: root))
            #expect(result.status == 0, "\(shell) -n: \(result.stderr)")
        }
    }

    @Test func scriptsLeaveOutHiddenCommandsAndOptions() {
        for shell in ["bash", "zsh", "fish"] {
            let script = Self.script(shell)
            #expect(!script.contains("secret"))
            #expect(!script.contains("debug-dump"))
            #expect(script.contains("experience"))
        }
    }

    @Test func unknownShellIsAUsageError() {
        let result = run(["completions", "tcsh"])
        #expect(result.status == .usage)
        #expect(result.stderr == "jobhunt: invalid value 'tcsh' for 'SHELL' (expected one of: bash, zsh, fish)\n")
    }

    /// What bash offers after `words` (the last is the word being completed).
    private func bashOffers(_ words: [String]) throws -> [String] {
        let directory = try TemporaryDirectory()
        let file = directory.file("jobhunt.bash")
        try Self.script("bash").write(to: file, atomically: true, encoding: .utf8)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(file.path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _jobhunt
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try Shell.run("bash", ["-c", program])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func bashOffersCommandsOptionsAndChoices() throws {
        #expect(try bashOffers(["jobhunt", ""]) == ["profile", "discover", "migrate", "help", "completions"])
        #expect(try bashOffers(["jobhunt", "p", "e"]) == ["experience"])
        #expect(try bashOffers(["jobhunt", "--db", "x", "discover", "m", "--so"]) == ["--sort"])
        #expect(try bashOffers(["jobhunt", "discover", "match", "--sort", ""]) == ["date", "score"])
        #expect(try bashOffers(["jobhunt", "completions", "z"]) == ["zsh"])
        #expect(try bashOffers(["jobhunt", "discover", "match", "--limit", ""]) == [])
        #expect(try bashOffers(["jobhunt", "--no-c"]) == ["--no-color"])
    }

    @Test func fishOffersCommandsOptionsAndChoices() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("jobhunt.fish")
        try Self.script("fish").write(to: file, atomically: true, encoding: .utf8)
        func offers(_ line: String) throws -> [String] {
            let result = try Shell.run("fish", ["-c", "source '\(file.path)'; complete -C '\(line)'"])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(try offers("jobhunt p exp ") == ["add"])
        #expect(try offers("jobhunt discover match --sort ").sorted() == ["date", "score"])
        #expect(try offers("jobhunt completions ").sorted() == ["bash", "fish", "zsh"])
        #expect(try offers("jobhunt discover match --no-").contains("--no-cache"))
        #expect(try offers("jobhunt --js") == ["--json"])
    }
}

@Suite struct ZshCompletionsTests {
    /// Runs `program` in zsh after loading compinit and the test table's script.
    private func zsh(_ program: String) throws -> String {
        let directory = try TemporaryDirectory()
        let file = directory.file("_jobhunt")
        try CompletionsTests.script("zsh").write(to: file, atomically: true, encoding: .utf8)
        let result = try Shell.run(
            "zsh", ["-f", "-c", "autoload -Uz compinit && compinit -u -D; source '\(file.path)'; \(program)"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func sourcingRegistersTheCompletion() throws {
        #expect(try zsh("print -r -- ${_comps[jobhunt]}") == "_jobhunt\n")
    }

    @Test func walksChildrenByAliasAndKnowsValues() throws {
        #expect(try zsh(#"_jobhunt_child "" p; _jobhunt_child profile exp"#) == "profile\nprofile experience\n")
        #expect(
            try zsh(#"_jobhunt_option_values "discover match" --sort; _jobhunt_option_values x --config"#)
                == "date score\n@files\n")
        let spec = try zsh(
            #"_jobhunt_spec "discover match"; print -rl -- $jh_value_options; print -r -- $jh_arguments"#)
        #expect(spec.hasPrefix("-n\n--limit\n--min-score\n"))
        #expect(spec.hasSuffix("--db\n--config\n\n"))  // QUERY is free text: nothing to offer
        #expect(try zsh(#"_jobhunt_spec completions; print -r -- $jh_arguments"#) == "bash zsh fish\n")
    }
}

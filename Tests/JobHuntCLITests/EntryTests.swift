// The entry point maps every outcome to one stderr line and an exit status:
// 2 for usage, 1 for any other failure, and the status a command chose.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite struct EntryTests {
    struct Unreachable: LocalizedError {
        var errorDescription: String? { "cannot reach the database at 127.0.0.1:5432" }
        var recoverySuggestion: String? { "start PostgreSQL or pass\n--db sqlite:PATH" }
    }

    struct Bare: LocalizedError {}

    @Test func usageErrorsExitTwoWithOneLine() {
        let result = run(["migrat"])
        #expect(result.status == .usage)
        #expect(result.stdout == "")
        #expect(result.stderr == "jobhunt: unknown command 'migrat' (did you mean 'migrate'? see 'jobhunt --help')\n")
    }

    @Test func commandsRunWithParsedArguments() {
        let result = run(["discover", "match", "q", "-t", "a", "-t", "b", "--json"])
        #expect(result.status == .success)
        #expect(result.stdout == "ran discover match limit=20 tag=a,b\n")
    }

    @Test func commandFailureExitsOneThroughThePresenter() {
        let result = run(["throw"])
        #expect(result.status == .failure)
        #expect(result.stderr == "jobhunt: the test command failed\n")
    }

    @Test func commandChosenStatusIsHonoured() {
        let result = run(["fail"])
        #expect(result.status == .failure)
        #expect(result.stdout == "partial\n")
        #expect(result.stderr == "")
    }

    @Test func presenterUsesLocalizedErrorOnOneLine() {
        let (line, status) = ErrorPresenter.present(Unreachable())
        #expect(status == .failure)
        #expect(
            line == "jobhunt: cannot reach the database at 127.0.0.1:5432 (start PostgreSQL or pass --db sqlite:PATH)")
    }

    @Test func presenterMapsKindsToStatuses() {
        #expect(ErrorPresenter.present(CLIError.usage("bad", remedy: "fix")) == ("jobhunt: bad (fix)", .usage))
        #expect(ErrorPresenter.present(CLIError.failure("broke")) == ("jobhunt: broke", .failure))
        #expect(ErrorPresenter.present(TestTable.TestFailure()).status == .failure)
        #expect(ErrorPresenter.present(Bare()).line.hasPrefix("jobhunt: "))
        #expect(!ErrorPresenter.present(Bare()).line.contains("\n"))
    }

    @Test func quietIsLeftToTheOutputAndErrorsStillShow() {
        let output = RecordingOutput(quiet: true)
        let status = Entry.run(arguments: ["-q", "migrat"], environment: [:], root: TestTable.root, output: output)
        #expect(status == .usage)
        #expect(output.stderr.hasPrefix("jobhunt: unknown command 'migrat'"))
    }

    @Test func contextCarriesRootAndWidth() {
        let output = RecordingOutput(terminal: true)
        let probe = CommandSpec(
            name: "probe", abstract: "Probe",
            subcommands: [
                CommandSpec(
                    name: "show", abstract: "Show",
                    run: { context in
                        context.output.print("\(context.root.name) \(context.terminalWidth)")
                    })
            ])
        _ = Entry.run(arguments: ["show"], environment: ["COLUMNS": "99"], root: probe, output: output)
        #expect(output.stdout == "probe 99\n")
    }
}

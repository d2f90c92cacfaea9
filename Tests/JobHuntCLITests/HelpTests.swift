import JobHuntTesting
import Testing

// `-h` brief, `--help` full, `help CMD`, `--version`: all short-circuit the
// parse, go to stdout and exit 0.
@testable import JobHuntCLI

@Suite struct HelpTests {
    private let match = ["discover", "match"]

    @Test func briefHelpIsUsageAbstractAndOneLinePerOption() {
        let result = run(match + ["-h"])
        #expect(result.status == .success)
        #expect(result.stderr == "")
        let text = result.stdout
        #expect(
            text.hasPrefix(
                "Rank postings against a query\n\nUsage: jobhunt discover match [OPTIONS] QUERY [FILES...]\n"))
        #expect(text.contains("\n  -n, --limit N          Most results to show [default: 20]\n"))
        #expect(text.contains("\n      --[no-]cache       Use the embedding cache\n"))
        #expect(!text.contains("debug-dump"))
        #expect(!text.contains("The second paragraph"))
        #expect(text.hasSuffix("Use 'jobhunt discover match --help' for more.\n"))
    }

    @Test func fullHelpHasDiscussionCategoriesDetailsExamplesAndGlobals() {
        let text = run(match + ["--help"]).stdout
        let order = [
            "jobhunt discover match - Rank postings against a query", "USAGE:", "DESCRIPTION:",
            "The second paragraph explains more.", "ARGUMENTS:", "OPTIONS:",
            "Default: 20. Environment: JOBHUNT_TEST_LIMIT.",
            "One of: date, score.", "FILTERS:", "--min-score SCORE", "EXAMPLES:",
            "jobhunt discover match 'swift engineer' -n 5",
            "GLOBAL OPTIONS:", "-v, --verbose",
        ]
        var rest = Substring(text)
        for piece in order {
            guard let range = rest.range(of: piece) else {
                Issue.record("'\(piece)' missing or out of order in:\n\(text)")
                return
            }
            rest = rest[range.upperBound...]
        }
        #expect(!text.contains("debug-dump"))
    }

    @Test func helpWinsEvenWhenTheRestIsInvalid() {
        let result = run(match + ["--limit", "abc", "--bogus", "-h"])
        #expect(result.status == .success)
        #expect(result.stdout.hasPrefix("Rank postings against a query"))
        #expect(run(["--help", "migrat"]).stdout.hasPrefix("jobhunt - Test tool"))
    }

    @Test func helpIsForTheDeepestCommandNamedEvenByAlias() {
        #expect(run(["-h", "p", "exp"]).stdout.hasPrefix("Manage work history\n"))
        #expect(run(["p", "--db", "add", "exp", "--help"]).stdout.hasPrefix("jobhunt profile experience - "))
    }

    @Test func groupHelpListsVisibleSubcommands() {
        let text = run(["--help"]).stdout
        #expect(text.contains("  profile, p   Manage the profile"))
        #expect(!text.contains("secret"))
        #expect(text.contains("USAGE:\n    jobhunt <command>\n"))
    }

    @Test func helpCommandEqualsFullHelp() {
        let viaCommand = run(["help", "profile", "experience", "add"])
        #expect(viaCommand.status == .success)
        #expect(viaCommand.stdout == run(["p", "exp", "add", "--help"]).stdout)
        #expect(run(["help"]).stdout == run(["--help"]).stdout)
    }

    @Test func helpCommandRejectsUnknownNamesWithSuggestion() {
        let result = run(["help", "profile", "experiense"])
        #expect(result.status == .usage)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "jobhunt: unknown command 'experiense' for 'jobhunt profile' "
                + "(did you mean 'experience'? see 'jobhunt profile --help')\n")
    }

    @Test func versionShortCircuits() {
        #expect(run(["--version"]).stdout == "jobhunt 0.1.0\n")
        #expect(run(["migrat", "--version"]).status == .success)
    }

    @Test func helpWrapsToTheWidthGiven() {
        let renderer = HelpRenderer(width: 40, style: Style(enabled: false))
        let text = renderer.full(TestTable.root.resolve(["discover", "match"])!)
        for line in text.split(separator: "\n") where !line.contains("jobhunt discover match") {
            #expect(line.count <= 40, "\(line)")
        }
    }

    @Test func terminalWidthComesFromColumnsOnlyOnATerminal() {
        #expect(TerminalWidth.current(isTerminal: false, environment: ["COLUMNS": "120"]) == 80)
        #expect(TerminalWidth.current(isTerminal: true, environment: ["COLUMNS": "120"], descriptor: nil) == 120)
        #expect(TerminalWidth.current(isTerminal: true, environment: [:], descriptor: nil) == 80)
    }
}

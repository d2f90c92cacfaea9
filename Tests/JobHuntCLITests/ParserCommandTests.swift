import Testing

// The raw pass over commands: nested subcommands by name or alias, groups,
// positionals, and the errors (with suggestions) for words it cannot place.
@testable import JobHuntCLI

@Suite struct ParserCommandTests {
    @Test func walksNestedSubcommandsByNameOrAlias() throws {
        let (byName, _) = try parse(["profile", "experience", "add", "Engineer"])
        let (byAlias, _) = try parse(["p", "exp", "add", "Engineer"])
        #expect(byName.commandPath == ["profile", "experience", "add"])
        #expect(byAlias == byName)
        #expect(byName[TestTable.ExperienceAdd.title] == "Engineer")
    }

    @Test func groupWithRunTakesOptionsAndSubcommands() throws {
        let (group, _) = try parse(["discover", "--source", "greenhouse:acme"])
        #expect(group.commandPath == ["discover"])
        #expect(group[TestTable.Discover.source] == ["greenhouse:acme"])
        let (leaf, _) = try parse(["discover", "m", "swift"])
        #expect(leaf.commandPath == ["discover", "match"])
    }

    @Test func pureGroupWithoutSubcommandIsUsageErrorListingThem() {
        #expect(
            usageError(["migrate"])
                == "jobhunt: 'jobhunt migrate' needs a command (one of: up, down; see 'jobhunt migrate --help')")
        #expect(
            usageError([])?.hasPrefix("jobhunt: 'jobhunt' needs a command (one of: profile, discover, migrate") == true)
    }

    @Test func unknownCommandSuggestsTheNearestName() {
        #expect(
            usageError(["migrat"]) == "jobhunt: unknown command 'migrat' (did you mean 'migrate'? see 'jobhunt --help')"
        )
        #expect(
            usageError(["profile", "experiance"])
                == "jobhunt: unknown command 'experiance' for 'jobhunt profile' "
                + "(did you mean 'experience'? see 'jobhunt profile --help')")
        #expect(usageError(["zzzzzz"]) == "jobhunt: unknown command 'zzzzzz' (see 'jobhunt --help')")
    }

    @Test func hiddenCommandsRunButAreNeverSuggested() throws {
        let (arguments, _) = try parse(["secret"])
        #expect(arguments.commandPath == ["secret"])
        #expect(usageError(["secre"]) == "jobhunt: unknown command 'secre' (see 'jobhunt --help')")
    }

    @Test func positionalsRequiredOptionalAndVariadic() throws {
        let (one, _) = try parse(["discover", "match", "swift"])
        #expect(one[TestTable.Match.query] == "swift")
        #expect(one[TestTable.Match.files] == [])
        let (many, _) = try parse(["discover", "match", "swift", "a.csv", "b.csv"])
        #expect(many[TestTable.Match.files] == ["a.csv", "b.csv"])
        #expect(
            usageError(["discover", "match"])
                == "jobhunt: missing argument QUERY (usage: jobhunt discover match QUERY [FILES...])")
    }

    @Test func typedPositionalsAndExtraWords() throws {
        let (down, _) = try parse(["migrate", "down", "2"])
        #expect(down[TestTable.MigrateDown.count] == 2)
        #expect(
            usageError(["migrate", "down", "0"])
                == "jobhunt: invalid value '0' for 'COUNT' (expected an integer from 1 to 100)")
        #expect(
            usageError(["migrate", "down", "2", "3"])
                == "jobhunt: unexpected argument '3' (usage: jobhunt migrate down COUNT)")
        #expect(
            usageError(["migrate", "up", "now"])
                == "jobhunt: unexpected argument 'now' ('jobhunt migrate up' takes no arguments; see 'jobhunt migrate up --help')"
        )
    }

    @Test func negativeNumbersArePositionalsNotOptions() throws {
        #expect(
            usageError(["migrate", "down", "-1"])
                == "jobhunt: invalid value '-1' for 'COUNT' (expected an integer from 1 to 100)")
    }

    @Test func doubleDashEndsOptions() throws {
        let (arguments, globals) = try parse(["discover", "match", "--", "--json", "-n"])
        #expect(arguments[TestTable.Match.query] == "--json")
        #expect(arguments[TestTable.Match.files] == ["-n"])
        #expect(!globals.json)
    }

    @Test func parentOptionAfterSubcommandIsRejected() {
        #expect(
            usageError(["discover", "--source", "x", "match", "q"])
                == "jobhunt: option '--source' does not apply to 'jobhunt discover match' "
                + "(give it to 'jobhunt discover' or see 'jobhunt discover match --help')")
    }

    @Test func realTableIsWellFormed() {
        #expect(CommandTable.root.problems() == [])
        #expect(TestTable.root.problems() == [])
    }

    @Test func tableProblemsAreFound() {
        let bad = CommandSpec(
            name: "x", abstract: "Bad",
            options: [
                .value("limit", .integer(1...5), valueName: "N", help: "", defaultValue: "9"),
                .flag("json", help: "clashes with the global"),
            ],
            positionals: [
                PositionalSpec(name: "A", help: "", isVariadic: true), PositionalSpec(name: "B", help: ""),
            ],
            run: { _ in })
        let problems = bad.problems()
        #expect(problems.contains("'x': option '--json' is declared twice"))
        #expect(problems.contains("'x': variadic A is not the last positional"))
        #expect(problems.contains("'x': default '9' of '--limit' is not valid: expected an integer from 1 to 5"))
    }
}

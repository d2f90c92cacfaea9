import Testing

// Global options are accepted before or after the command, and counted or
// kept as the GlobalOptions value says.
@testable import JobHuntCLI

@Suite struct GlobalOptionTests {
    @Test func acceptedBeforeTheCommand() throws {
        let (arguments, globals) = try parse(["--json", "--db", "sqlite:/tmp/x.db", "-q", "discover", "match", "q"])
        #expect(arguments.commandPath == ["discover", "match"])
        #expect(globals == GlobalOptions(databaseURL: "sqlite:/tmp/x.db", json: true, quiet: true))
    }

    @Test func acceptedAfterTheCommandAndBetweenSubcommands() throws {
        let (_, after) = try parse(["profile", "exp", "add", "T", "--json", "--config=/etc/jh.toml", "--no-color"])
        #expect(after == GlobalOptions(json: true, noColor: true, configPath: "/etc/jh.toml"))
        let (_, between) = try parse(["profile", "--db", "postgresql://h/db", "exp", "add", "T"])
        #expect(between.databaseURL == "postgresql://h/db")
    }

    @Test func verbosityIsCounted() throws {
        #expect(try parse(["migrate", "up", "-v"]).1.verbosity == 1)
        #expect(try parse(["-vv", "migrate", "up"]).1.verbosity == 2)
        #expect(try parse(["-v", "migrate", "up", "--verbose", "-qv"]).1.verbosity == 3)
        #expect(try parse(["migrate", "up"]).1 == GlobalOptions())
    }

    @Test func globalsAreNotCommandOptions() throws {
        let (arguments, _) = try parse(["--json", "migrate", "up"])
        #expect(arguments.options.isEmpty)
    }

    @Test func globalsAreDeclaredAsData() {
        let names = GlobalOptions.specs.map(\.long)
        #expect(names == ["db", "json", "quiet", "verbose", "no-color", "config", "help", "version"])
    }
}

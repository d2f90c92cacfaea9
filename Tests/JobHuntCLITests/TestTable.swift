// A command table made for the tests: nested groups with aliases, a group that
// runs, a pure group, a hidden command and an option of every value type.
import JobHuntCLI

enum TestTable {
    /// Prints what the command received, so whole-line tests can see it.
    static let echo: @Sendable (CommandContext) throws -> Void = { context in
        let options = context.arguments.options.keys.sorted().map {
            "\($0)=\(context.arguments.strings($0).joined(separator: ","))"
        }
        context.output.print(
            "ran \(context.arguments.commandPath.joined(separator: " ")) \(options.joined(separator: " "))")
    }

    static let match = CommandSpec(
        name: "match", aliases: ["m"], abstract: "Rank postings against a query",
        discussion: "Ranks every posting.\n\nThe second paragraph explains more.",
        options: [
            OptionSpec(
                long: "limit", short: "n", kind: .value(.integer(1...1000)), valueName: "N",
                help: "Most results to show", defaultValue: "20", environment: "JOBHUNT_TEST_LIMIT"),
            .value("min-score", .decimal(0...1), valueName: "SCORE", help: "Lowest score to show", category: "Filters"),
            .value("since", .date, valueName: "DATE", help: "Posted on or after this day", category: "Filters"),
            .value("sort", .choice(["date", "score"]), valueName: "KEY", help: "Order of results"),
            .value("url", .url, valueName: "URL", help: "Posting URL"),
            .value("email", .email, valueName: "ADDRESS", help: "Contact address"),
            .value("output", short: "o", .path, valueName: "FILE", help: "Write results here"),
            .value("tag", short: "t", .string, valueName: "TAG", help: "Tag to require", repeatable: true),
            OptionSpec(
                long: "cache", kind: .negatableFlag, help: "Use the embedding cache", environment: "JOBHUNT_TEST_CACHE"),
            .flag("all", short: "a", help: "Include closed postings"),
            .flag("remote", short: "r", help: "Remote postings only", category: "Filters"),
            OptionSpec(long: "debug-dump", kind: .flag, help: "Internal", isHidden: true),
        ],
        positionals: [
            PositionalSpec(name: "QUERY", help: "What to look for"),
            PositionalSpec(name: "FILES", type: .path, help: "Extra files", isOptional: true, isVariadic: true),
        ],
        examples: ["jobhunt discover match 'swift engineer' -n 5"],
        run: echo)

    static let root = CommandSpec(
        name: "jobhunt", abstract: "Test tool",
        subcommands: [
            CommandSpec(
                name: "profile", aliases: ["p"], abstract: "Manage the profile",
                subcommands: [
                    CommandSpec(
                        name: "experience", aliases: ["exp"], abstract: "Manage work history",
                        subcommands: [
                            CommandSpec(
                                name: "add", abstract: "Add a job",
                                options: [.value("start", .date, valueName: "DATE", help: "First day")],
                                positionals: [PositionalSpec(name: "TITLE", help: "Job title")], run: echo)
                        ])
                ]),
            CommandSpec(
                name: "discover", abstract: "Find postings",
                options: [.value("source", .string, valueName: "KIND:ARG", help: "Where to look", repeatable: true)],
                subcommands: [match], run: echo),
            CommandSpec(
                name: "migrate", abstract: "Change the schema",
                subcommands: [
                    CommandSpec(name: "up", abstract: "Apply migrations", run: echo),
                    CommandSpec(
                        name: "down", abstract: "Revert migrations",
                        positionals: [PositionalSpec(name: "COUNT", type: .integer(1...100), help: "How many")],
                        run: echo),
                ]),
            CommandSpec(name: "secret", abstract: "Hidden", isHidden: true, run: echo),
            CommandSpec(
                name: "fail", abstract: "Fails", isHidden: true,
                run: { context in
                    context.output.print("partial")
                    context.exitStatus = .failure
                }),
            CommandSpec(
                name: "throw", abstract: "Throws", isHidden: true,
                run: { _ in throw TestFailure() }),
            HelpCommand.spec, CompletionsCommand.spec, ReferenceCommand.spec,
        ])

    struct TestFailure: Error, CustomStringConvertible {
        var description: String { "the test command failed" }
    }
}

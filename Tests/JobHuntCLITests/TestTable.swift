// A command table made for the tests: nested groups with aliases, a group that
// runs, a pure group, a hidden command and an option of every value type,
// each declared as a typed key the tests read through.
import Foundation
import JobHuntKernel

@testable import JobHuntCLI

enum TestTable {
    /// Prints what the command received, so whole-line tests can see it.
    static let echo: @Sendable (CommandContext) throws -> Void = { context in
        let options = context.arguments.options.keys.sorted().map {
            "\($0)=\((context.arguments.options[$0] ?? []).map(ParsedArguments.text).joined(separator: ","))"
        }
        context.output.print(
            "ran \(context.arguments.commandPath.joined(separator: " ")) \(options.joined(separator: " "))")
    }

    /// The options and positionals of `discover match`: one of every kind and value type.
    enum Match: ArgumentKeys {
        static let limit: OptionKey<Int?> = .value(
            "limit", short: "n", .integer(1...1000), valueName: "N", help: "Most results to show", defaultValue: "20",
            environment: "JOBHUNT_TEST_LIMIT")
        static let minScore: OptionKey<Decimal?> = .value(
            "min-score", .decimal(0...1), valueName: "SCORE", help: "Lowest score to show", category: "Filters")
        static let since: OptionKey<CalendarDate?> = .value(
            "since", .date, valueName: "DATE", help: "Posted on or after this day", category: "Filters")
        static let sort: OptionKey<String?> = .value(
            "sort", .choice(["date", "score"]), valueName: "KEY", help: "Order of results")
        static let url: OptionKey<URL?> = .value("url", .url, valueName: "URL", help: "Posting URL")
        static let email: OptionKey<String?> = .value("email", .email, valueName: "ADDRESS", help: "Contact address")
        static let output: OptionKey<String?> = .value(
            "output", short: "o", .path, valueName: "FILE", help: "Write results here")
        static let tag: OptionKey<[String]> = .repeatable(
            "tag", short: "t", .string, valueName: "TAG", help: "Tag to require")
        static let cache: OptionKey<Bool?> = .negatable(
            "cache", help: "Use the embedding cache", environment: "JOBHUNT_TEST_CACHE")
        static let all: OptionKey<Bool> = .flag("all", short: "a", help: "Include closed postings")
        static let remote: OptionKey<Bool> = .flag(
            "remote", short: "r", help: "Remote postings only", category: "Filters")
        static let debugDump: OptionKey<Bool> = .flag("debug-dump", help: "Internal", isHidden: true)
        static let query: PositionalKey<String> = .required("QUERY", help: "What to look for")
        static let files: PositionalKey<[String]> = .variadic("FILES", .path, help: "Extra files", isOptional: true)

        static let options: [any OptionKeyProtocol] = [
            limit, minScore, since, sort, url, email, output, tag, cache, all, remote, debugDump,
        ]
        static let positionals: [any PositionalKeyProtocol] = [query, files]
    }

    /// `profile experience add`.
    enum ExperienceAdd: ArgumentKeys {
        static let start: OptionKey<CalendarDate?> = .value("start", .date, valueName: "DATE", help: "First day")
        static let title: PositionalKey<String> = .required("TITLE", help: "Job title")
        static let options: [any OptionKeyProtocol] = [start]
        static let positionals: [any PositionalKeyProtocol] = [title]
    }

    /// `discover`, a group that runs.
    enum Discover: ArgumentKeys {
        static let source: OptionKey<[String]> = .repeatable(
            "source", .string, valueName: "KIND:ARG", help: "Where to look")
        static let options: [any OptionKeyProtocol] = [source]
    }

    /// `migrate down`, with a typed positional.
    enum MigrateDown: ArgumentKeys {
        static let count: PositionalKey<Int> = .required("COUNT", .integer(1...100), help: "How many")
        static let positionals: [any PositionalKeyProtocol] = [count]
    }

    static let match = CommandSpec(
        name: "match", aliases: ["m"], abstract: "Rank postings against a query",
        discussion: "Ranks every posting.\n\nThe second paragraph explains more.",
        keys: Match.self,
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
                                keys: ExperienceAdd.self, run: echo)
                        ])
                ]),
            CommandSpec(
                name: "discover", abstract: "Find postings",
                keys: Discover.self,
                subcommands: [match], run: echo),
            CommandSpec(
                name: "migrate", abstract: "Change the schema",
                subcommands: [
                    CommandSpec(name: "up", abstract: "Apply migrations", run: echo),
                    CommandSpec(
                        name: "down", abstract: "Revert migrations",
                        keys: MigrateDown.self,
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

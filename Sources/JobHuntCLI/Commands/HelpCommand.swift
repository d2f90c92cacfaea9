// `jobhunt help [command...]`: the full help of any command, by path.

/// Registered in the root table; public so test tables can include it too.
package enum HelpCommand {
    /// The positional of `help`.
    enum Keys: ArgumentKeys {
        static let command: PositionalKey<[String]> = .variadic(
            "COMMAND", help: "The command to describe", isOptional: true)
        static let positionals: [any PositionalKeyProtocol] = [command]
    }

    package static let spec = CommandSpec(
        name: "help",
        abstract: "Show the full help of jobhunt or of a command",
        discussion: "The same text as '--help' after the command: 'jobhunt help discover match'.",
        keys: Keys.self,
        examples: ["jobhunt help", "jobhunt help migrate up"],
        run: { context in try run(context) })

    static func run(_ context: CommandContext) throws {
        let names = context.arguments[Keys.command]
        var path = [context.root]
        for name in names {
            guard let child = path[path.count - 1].subcommand(named: name) else {
                let line = path.commandLine
                let near = Suggestion.nearest(to: name, among: path[path.count - 1].subcommandNames)
                let see = "see '\(line) --help'"
                throw CLIError.usage(
                    path.count == 1 ? "unknown command '\(name)'" : "unknown command '\(name)' for '\(line)'",
                    remedy: near.map { "did you mean '\($0)'? \(see)" } ?? see)
            }
            path.append(child)
        }
        let renderer = HelpRenderer(width: context.terminalWidth, style: context.output.style)
        context.output.print(renderer.full(path))
    }
}

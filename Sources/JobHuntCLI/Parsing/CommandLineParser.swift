// The parser's front door: special modes first, then the raw pass, then
// validation, ending in what the entry point should do.

/// What one command line asks for.
enum Invocation {
    /// Print help for the command at `path` (below the root).
    case help(path: [String], full: Bool)
    case version
    /// Run the command at the end of `path` (root first).
    case run(path: [CommandSpec], arguments: ParsedArguments, globals: GlobalOptions)
}

/// Parses a command line against a command table.
struct CommandLineParser {
    let root: CommandSpec
    let environment: [String: String]

    func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
        if let special = SpecialMode.detect(in: arguments, root: root) {
            switch special {
            case .help(let path, let full): return .help(path: path, full: full)
            case .version: return .version
            }
        }
        let raw = try RawParser(root: root).parse(arguments)
        // `-h` or `--version` inside a cluster (`-ah`) is only seen by the raw pass.
        for occurrence in raw.occurrences where occurrence.isGlobal {
            if occurrence.spec.long == GlobalOptions.Keys.help.long {
                return .help(path: raw.path.dropFirst().map(\.name), full: occurrence.spelled == "--help")
            }
            if occurrence.spec.long == GlobalOptions.Keys.version.long { return .version }
        }
        let (parsed, globals) = try ArgumentValidator(environment: environment).validate(raw)
        return .run(path: raw.path, arguments: parsed, globals: globals)
    }

    /// The global options of a line that may not parse, for styling help and errors.
    static func lenientGlobals(_ arguments: [String]) -> GlobalOptions {
        let words = arguments.prefix { $0 != "--" }
        return GlobalOptions(
            quiet: words.contains("-q") || words.contains("--quiet"), noColor: words.contains("--no-color"))
    }
}

extension CommandSpec {
    /// The command at `names` below this one (by name or alias), root first.
    func resolve(_ names: [String]) -> [CommandSpec]? {
        var path = [self]
        for name in names {
            guard let child = path[path.count - 1].subcommand(named: name) else { return nil }
            path.append(child)
        }
        return path
    }
}

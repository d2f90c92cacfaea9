// The first pass's result (ripgrep's "low-level arguments"): which command was
// named and which options and words were given, as text, before any value is
// checked.

/// One option as it appeared on the command line.
struct OptionOccurrence {
    var spec: OptionSpec
    /// As typed: `--limit`, `-n`, `--no-cache`.
    var spelled: String
    /// The text of its value, for options that take one.
    var value: String?
    /// True for the `--no-` form of a negatable flag.
    var negated: Bool
    var isGlobal: Bool
    /// Index into `RawArguments.path` of the command it was parsed against.
    var owner: Int
}

/// The command line split into a command path, options and positional words.
struct RawArguments {
    /// The root first, then each subcommand named: `[jobhunt, discover, match]`.
    var path: [CommandSpec]
    var occurrences: [OptionOccurrence] = []
    var positionals: [String] = []

    var command: CommandSpec { path[path.count - 1] }
}

// The command table's unit: one command, as data. Help, usage, completions and
// docs/commands.md are all generated from these values.

/// One command or command group, declared as data.
///
/// A group has `subcommands` and usually no `run`; a leaf has `run`. Every
/// later feature registers its commands by adding specs to the table in
/// `CommandTable.swift`; nothing else needs to change for help, completions or
/// the command reference to pick them up.
///
///     CommandSpec(
///         name: "status", abstract: "Show which migrations are applied",
///         run: { context in try MigrateCommands.status(context) })
///
/// A command with options or positionals declares them as typed keys in an
/// `ArgumentKeys` namespace and is built with `init(name:…keys:…)`, so it
/// reads them as `context.arguments[Key]`; `CommandKeysTests` holds every
/// command in the table to that.
package struct CommandSpec: Sendable {
    package var name: String
    package var aliases: [String]
    /// One line, no trailing period; shown in listings.
    package var abstract: String
    /// Paragraphs for `--help` and the reference; may be empty.
    package var discussion: String
    package var options: [OptionSpec]
    package var positionals: [PositionalSpec]
    package var subcommands: [CommandSpec]
    /// Complete command lines shown under EXAMPLES, e.g. `jobhunt migrate down 2`.
    package var examples: [String]
    /// Hidden commands parse and run but are left out of help and completions.
    package var isHidden: Bool
    /// The action of a leaf command; nil for a pure group (which prints its help).
    package var run: (@Sendable (CommandContext) throws -> Void)?
    /// The typed keys `options` and `positionals` were built from, when the
    /// command was declared with `init(name:…keys:…)`; the command reads its
    /// arguments through them.
    package var keys: (any ArgumentKeys.Type)?

    package init(
        name: String,
        aliases: [String] = [],
        abstract: String,
        discussion: String = "",
        options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [],
        subcommands: [CommandSpec] = [],
        examples: [String] = [],
        isHidden: Bool = false,
        run: (@Sendable (CommandContext) throws -> Void)? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positionals = positionals
        self.subcommands = subcommands
        self.examples = examples
        self.isHidden = isHidden
        self.run = run
    }
}

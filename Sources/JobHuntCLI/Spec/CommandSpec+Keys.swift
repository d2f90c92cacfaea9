// Declaring a command from its typed keys: the options and positionals of the
// spec are the keys' specs, so the table cannot list an option the command
// has no key for, nor the command read one the table lacks.

extension CommandSpec {
    /// A command whose options and positionals are `keys`' (see `ArgumentKeys`).
    ///
    ///     CommandSpec(name: "find", abstract: "…", keys: Find.self, run: { try runFind($0) })
    package init(
        name: String,
        aliases: [String] = [],
        abstract: String,
        discussion: String = "",
        keys: any ArgumentKeys.Type,
        subcommands: [CommandSpec] = [],
        examples: [String] = [],
        isHidden: Bool = false,
        run: (@Sendable (CommandContext) throws -> Void)? = nil
    ) {
        self.init(
            name: name, aliases: aliases, abstract: abstract, discussion: discussion,
            options: keys.options.map(\.spec), positionals: keys.positionals.map(\.spec), subcommands: subcommands,
            examples: examples, isHidden: isHidden, run: run)
        self.keys = keys
    }
}

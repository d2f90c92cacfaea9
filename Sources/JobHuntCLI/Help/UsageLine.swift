// The one-line synopsis of a command: `jobhunt config set [OPTIONS] KEY VALUE`.

enum UsageLine {
    /// The synopsis of the command at the end of `path` (root first).
    static func text(for path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var parts = [path.commandLine]
        if !command.visibleOptions.isEmpty { parts.append("[OPTIONS]") }
        if !command.visibleSubcommands.isEmpty { parts.append(command.run == nil ? "<command>" : "[<command>]") }
        parts += command.positionals.map(placeholder)
        return parts.joined(separator: " ")
    }

    /// `line` followed by the positionals' placeholders.
    static func text(_ line: String, specs: [PositionalSpec]) -> String {
        ([line] + specs.map(placeholder)).joined(separator: " ")
    }

    /// `KEY`, `[KEY]`, `FILE...`, `[FILE...]`.
    static func placeholder(_ spec: PositionalSpec) -> String {
        let name = spec.isVariadic ? "\(spec.name)..." : spec.name
        return spec.isOptional ? "[\(name)]" : name
    }

    /// `-n, --limit N`, `    --[no-]cache`: an option's names as help lists them.
    static func names(of spec: OptionSpec) -> String {
        let short = spec.short.map { "-\($0), " } ?? "    "
        let value = spec.takesValue ? " \(spec.valueName)" : ""
        return short + spec.displayLong + value
    }
}

// Finding things in a command spec: children by name or alias, options by long
// or short name, and the names a typo could have meant.

extension CommandSpec {
    /// The child called `name` (or one of its aliases).
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name || $0.aliases.contains(name) }
    }

    var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.isHidden } }

    var visibleOptions: [OptionSpec] { options.filter { !$0.isHidden } }

    /// Every name a visible child answers to, for suggestions.
    var subcommandNames: [String] { visibleSubcommands.flatMap { [$0.name] + $0.aliases } }

    /// True when the spec has subcommands and nothing of its own to run.
    var isPureGroup: Bool { run == nil && !subcommands.isEmpty }
}

extension Array where Element == CommandSpec {
    /// `jobhunt discover match`, for messages and help.
    var commandLine: String { map(\.name).joined(separator: " ") }
}

extension OptionSpec {
    /// True when the option consumes a value (`--limit N`).
    var takesValue: Bool {
        if case .value = kind { return true }
        return false
    }

    var valueType: ValueType? {
        if case .value(let type) = kind { return type }
        return nil
    }

    /// `--limit`, `--[no-]cache`: the long name as usage text shows it.
    var displayLong: String {
        if case .negatableFlag = kind { return "--[no-]\(long)" }
        return "--\(long)"
    }

    /// The long spellings the parser accepts, without dashes.
    var acceptedLongNames: [String] {
        if case .negatableFlag = kind { return [long, "no-\(long)"] }
        return [long]
    }
}

extension [OptionSpec] {
    /// The option spelled `--name`; the Bool is true for the `--no-` form of a negatable flag.
    func option(long name: String) -> (spec: OptionSpec, negated: Bool)? {
        if let spec = first(where: { $0.long == name }) { return (spec, false) }
        if name.hasPrefix("no-"), let spec = first(where: { $0.long == name.dropFirst(3) }),
            case .negatableFlag = spec.kind
        {
            return (spec, true)
        }
        return nil
    }

    func option(short: Character) -> OptionSpec? { first { $0.short == short } }
}

// The first pass over the command line: walks subcommands by name or alias and
// splits options (`--opt value`, `--opt=value`, `-n5`, `-abc`, `--`) from
// positional words. Values stay text; ArgumentValidator checks them.

struct RawParser {
    let root: CommandSpec
    let globals: [OptionSpec]

    init(root: CommandSpec, globals: [OptionSpec] = GlobalOptions.specs) {
        self.root = root
        self.globals = globals
    }

    func parse(_ arguments: [String]) throws(CLIError) -> RawArguments {
        var raw = RawArguments(path: [root])
        var rest = arguments[...]
        var optionsEnded = false
        while let argument = rest.popFirst() {
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") || isNegativeNumber(argument, raw) {
                try word(argument, into: &raw, optionsEnded: optionsEnded)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                try long(argument, rest: &rest, into: &raw)
            } else {
                try shortCluster(argument, rest: &rest, into: &raw)
            }
        }
        return raw
    }

    /// A subcommand name while the command has subcommands and no positional came yet; else a positional.
    private func word(_ word: String, into raw: inout RawArguments, optionsEnded: Bool) throws(CLIError) {
        let command = raw.command
        if !optionsEnded, raw.positionals.isEmpty, !command.subcommands.isEmpty {
            if let child = command.subcommand(named: word) {
                raw.path.append(child)
                return
            }
            if command.positionals.isEmpty { throw unknownCommand(word, in: raw.path) }
        }
        raw.positionals.append(word)
    }

    private func long(
        _ argument: String, rest: inout ArraySlice<String>, into raw: inout RawArguments
    ) throws(CLIError) {
        let body = argument.dropFirst(2)
        let name = String(body.prefix { $0 != "=" })
        let attached = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
        guard case let (spec, negated, isGlobal)? = lookup(long: name, in: raw.command) else {
            throw unknownOption("--\(name)", in: raw.path)
        }
        var occurrence = OptionOccurrence(
            spec: spec, spelled: "--\(name)", value: nil, negated: negated, isGlobal: isGlobal,
            owner: raw.path.count - 1)
        if spec.takesValue {
            guard let value = attached ?? rest.popFirst() else { throw missingValue(spec, in: raw.path) }
            occurrence.value = value
        } else if let attached {
            throw CLIError.usage(
                "option '--\(name)' takes no value, but was given '\(attached)'", remedy: "write '--\(name)' alone")
        }
        raw.occurrences.append(occurrence)
    }

    /// `-n 5`, `-n5`, `-abc`: flags, where only the last may take a value.
    private func shortCluster(
        _ argument: String, rest: inout ArraySlice<String>, into raw: inout RawArguments
    ) throws(CLIError) {
        var letters = argument.dropFirst()
        while let letter = letters.popFirst() {
            guard case let (spec, isGlobal)? = lookup(short: letter, in: raw.command) else {
                if argument.count > 2, lookup(long: String(argument.dropFirst()), in: raw.command) != nil {
                    throw CLIError.usage(
                        "unknown option '-\(letter)' in '\(argument)'",
                        remedy: "did you mean '-\(argument)'? see '\(raw.path.commandLine) --help'")
                }
                throw unknownOption("-\(letter)", in: raw.path)
            }
            var occurrence = OptionOccurrence(
                spec: spec, spelled: "-\(letter)", value: nil, negated: false, isGlobal: isGlobal,
                owner: raw.path.count - 1)
            if spec.takesValue {
                var attached = String(letters)
                if attached.hasPrefix("=") { attached.removeFirst() }
                if letters.isEmpty {
                    guard let next = rest.popFirst() else { throw missingValue(spec, in: raw.path) }
                    attached = next
                }
                occurrence.value = attached
                letters = ""
            }
            raw.occurrences.append(occurrence)
        }
    }

    private func lookup(long name: String, in command: CommandSpec) -> (OptionSpec, Bool, Bool)? {
        if case let (spec, negated)? = command.options.option(long: name) { return (spec, negated, false) }
        if case let (spec, negated)? = globals.option(long: name) { return (spec, negated, true) }
        return nil
    }

    private func lookup(short: Character, in command: CommandSpec) -> (OptionSpec, Bool)? {
        if let spec = command.options.option(short: short) { return (spec, false) }
        if let spec = globals.option(short: short) { return (spec, true) }
        return nil
    }

    /// `-5` is a number, not an option, unless some option is called `-5`.
    private func isNegativeNumber(_ argument: String, _ raw: RawArguments) -> Bool {
        guard argument.count > 1, Double(argument) != nil, let first = argument.dropFirst().first else { return false }
        return lookup(short: first, in: raw.command) == nil
    }

    // MARK: Errors

    private func unknownCommand(_ word: String, in path: [CommandSpec]) -> CLIError {
        let command = path[path.count - 1]
        let problem =
            path.count == 1 ? "unknown command '\(word)'" : "unknown command '\(word)' for '\(path.commandLine)'"
        let help = "see '\(path.commandLine) --help'"
        if let near = Suggestion.nearest(to: word, among: command.subcommandNames) {
            return .usage(problem, remedy: "did you mean '\(near)'? \(help)")
        }
        return .usage(problem, remedy: help)
    }

    private func unknownOption(_ spelled: String, in path: [CommandSpec]) -> CLIError {
        let help = "see '\(path.commandLine) --help'"
        if spelled.hasPrefix("--") {
            let names = (path[path.count - 1].visibleOptions + globals.filter { !$0.isHidden })
                .flatMap(\.acceptedLongNames)
            if let near = Suggestion.nearest(to: String(spelled.dropFirst(2)), among: names) {
                return .usage("unknown option '\(spelled)'", remedy: "did you mean '--\(near)'? \(help)")
            }
        }
        return .usage("unknown option '\(spelled)'", remedy: help)
    }

    private func missingValue(_ spec: OptionSpec, in path: [CommandSpec]) -> CLIError {
        .usage(
            "option '--\(spec.long)' needs a value",
            remedy: "write '--\(spec.long) \(spec.valueName)'; see '\(path.commandLine) --help'")
    }
}

// The second pass (ripgrep's "high-level arguments"): checks every value
// against its type, rejects conflicting repeats, applies environment fallbacks
// and defaults, and assigns positionals, so a command only sees valid input.
import JobHuntKernel

struct ArgumentValidator {
    let environment: [String: String]

    func validate(_ raw: RawArguments) throws(CLIError) -> (ParsedArguments, GlobalOptions) {
        let command = raw.command
        let line = raw.path.commandLine
        if command.isPureGroup {
            let names = command.visibleSubcommands.map(\.name).joined(separator: ", ")
            throw CLIError.usage("'\(line)' needs a command", remedy: "one of: \(names); see '\(line) --help'")
        }
        var options: [String: [ArgumentValue]] = [:]
        var globals: [String: [ArgumentValue]] = [:]
        for occurrence in raw.occurrences {
            if !occurrence.isGlobal, occurrence.owner != raw.path.count - 1 {
                throw CLIError.usage(
                    "option '\(occurrence.spelled)' does not apply to '\(line)'",
                    remedy:
                        "give it to '\(Array(raw.path.prefix(occurrence.owner + 1)).commandLine)' or see '\(line) --help'"
                )
            }
            let value = try self.value(of: occurrence)
            if occurrence.isGlobal {
                try add(value, for: occurrence.spec, to: &globals)
            } else {
                try add(value, for: occurrence.spec, to: &options)
            }
        }
        for spec in command.options where options[spec.long] == nil {
            if let value = try fallback(for: spec) { options[spec.long] = [value] }
        }
        let positionals = try assign(raw.positionals, to: command.positionals, line: line)
        let parsed = ParsedArguments(
            commandPath: raw.path.dropFirst().map(\.name), options: options, positionals: positionals)
        return (parsed, GlobalOptions(parsed: globals))
    }

    private func value(of occurrence: OptionOccurrence) throws(CLIError) -> ArgumentValue {
        switch occurrence.spec.kind {
        case .flag: return .bool(true)
        case .negatableFlag: return .bool(!occurrence.negated)
        case .value(let type): return try type.parse(occurrence.value ?? "", for: "'--\(occurrence.spec.long)'")
        }
    }

    /// Keeps every value of a repeatable option; a repeat of another option must say the same thing.
    private func add(
        _ value: ArgumentValue, for spec: OptionSpec, to values: inout [String: [ArgumentValue]]
    ) throws(CLIError) {
        guard let existing = values[spec.long] else {
            values[spec.long] = [value]
            return
        }
        if spec.isRepeatable {
            values[spec.long] = existing + [value]
        } else if existing[0] != value {
            let name = spec.takesValue ? "--\(spec.long)" : spec.displayLong
            throw CLIError.usage(
                "option '\(name)' was given twice with different values "
                    + "('\(Redaction.connectionString(ParsedArguments.text(existing[0])))' and '\(Redaction.connectionString(ParsedArguments.text(value)))')",
                remedy: "give it once")
        }
    }

    /// The environment variable's value, else the default, for an absent option.
    private func fallback(for spec: OptionSpec) throws(CLIError) -> ArgumentValue? {
        if let variable = spec.environment, let text = environment[variable], !text.isEmpty {
            return try parse(text, for: spec, name: "'--\(spec.long)' from \(variable)")
        }
        guard let text = spec.defaultValue else { return nil }
        // A default that fails its own type is a bug in the table; CommandSpec.problems reports it.
        return (try? parse(text, for: spec, name: "'--\(spec.long)'")) ?? .string(text)
    }

    private func parse(_ text: String, for spec: OptionSpec, name: String) throws(CLIError) -> ArgumentValue {
        guard case .value(let type) = spec.kind else {
            switch text.lowercased() {
            case "1", "true", "yes", "on": return .bool(true)
            case "0", "false", "no", "off": return .bool(false)
            default:
                throw CLIError.usage(
                    "invalid value '\(Redaction.connectionString(text))' for \(name)", remedy: "expected true or false")
            }
        }
        return try type.parse(text, for: name)
    }

    private func assign(
        _ words: [String], to specs: [PositionalSpec], line: String
    ) throws(CLIError) -> [String: [ArgumentValue]] {
        var values: [String: [ArgumentValue]] = [:]
        var rest = words[...]
        for spec in specs {
            let taken = spec.isVariadic ? Array(rest) : rest.first.map { [$0] } ?? []
            rest = rest.dropFirst(taken.count)
            if taken.isEmpty {
                guard spec.isOptional else {
                    throw CLIError.usage(
                        "missing argument \(spec.name)", remedy: "usage: \(UsageLine.text(line, specs: specs))")
                }
                continue
            }
            var typed: [ArgumentValue] = []
            for word in taken { typed.append(try spec.type.parse(word, for: "'\(spec.name)'")) }
            values[spec.name] = typed
        }
        if let extra = rest.first {
            let remedy =
                specs.isEmpty
                ? "'\(line)' takes no arguments; see '\(line) --help'"
                : "usage: \(UsageLine.text(line, specs: specs))"
            throw CLIError.usage("unexpected argument '\(extra)'", remedy: remedy)
        }
        return values
    }
}

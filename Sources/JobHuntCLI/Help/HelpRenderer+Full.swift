// `--help` and `jobhunt help CMD`: everything the table knows about a command,
// options grouped by category with defaults, environment variables and
// choices, then examples and the global options.

extension HelpRenderer {
    func full(_ path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var lines = [style.bold(path.commandLine) + " - " + command.abstract]
        lines += section("USAGE", ["    " + UsageLine.text(for: path)])
        if !command.discussion.isEmpty {
            lines += section("DESCRIPTION", TextWrap.wrap(command.discussion, width: width, indent: 4))
        }
        if !command.positionals.isEmpty {
            lines += section("ARGUMENTS", command.positionals.flatMap(positional))
        }
        for (category, options) in Self.grouped(command.visibleOptions) {
            lines += section(category?.uppercased() ?? "OPTIONS", options.flatMap(option))
        }
        if !command.visibleSubcommands.isEmpty {
            let rows = command.visibleSubcommands.map { ([$0.name] + $0.aliases).joined(separator: ", ") }
            lines += section(
                "COMMANDS", columns(Array(zip(rows, command.visibleSubcommands.map(\.abstract))), indent: 4))
            lines.append("")
            lines += TextWrap.wrap(
                "See '\(path.commandLine) <command> --help' for a command's own options.", width: width, indent: 4)
        }
        if !command.examples.isEmpty {
            lines += section("EXAMPLES", command.examples.map { "    " + $0 })
        }
        lines += section("GLOBAL OPTIONS", globals.filter { !$0.isHidden }.flatMap(option))
        return lines.joined(separator: "\n")
    }

    private func section(_ title: String, _ body: [String]) -> [String] {
        var body = body
        while body.last == "" { body.removeLast() }
        return ["", style.bold(title + ":")] + body
    }

    private func positional(_ spec: PositionalSpec) -> [String] {
        var lines =
            ["    " + style.bold(UsageLine.placeholder(spec))] + TextWrap.wrap(spec.help, width: width, indent: 8)
        if case .choice(let choices) = spec.type {
            lines += TextWrap.wrap("One of: \(choices.joined(separator: ", ")).", width: width, indent: 8)
        }
        lines.append("")
        return lines
    }

    private func option(_ spec: OptionSpec) -> [String] {
        let names =
            (spec.short.map { "-\($0), " } ?? "") + spec.displayLong + (spec.takesValue ? " \(spec.valueName)" : "")
        var lines = ["    " + style.bold(names)]
        lines += TextWrap.wrap(spec.help, width: width, indent: 8)
        if !spec.discussion.isEmpty {
            lines += TextWrap.wrap(spec.discussion, width: width, indent: 8)
        }
        let details = Self.details(spec)
        if !details.isEmpty { lines += TextWrap.wrap(details, width: width, indent: 8) }
        lines.append("")
        return lines
    }

    /// `Default: 20. Environment: JOBHUNT_LIMIT. One of: a, b.`
    static func details(_ spec: OptionSpec) -> String {
        var parts: [String] = []
        if let value = spec.defaultValue { parts.append("Default: \(value).") }
        if let variable = spec.environment { parts.append("Environment: \(variable).") }
        if case .value(.choice(let choices)) = spec.kind { parts.append("One of: \(choices.joined(separator: ", ")).") }
        if spec.isRepeatable { parts.append("May be repeated.") }
        return parts.joined(separator: " ")
    }

    /// Uncategorised options first, then each category in order of first appearance.
    static func grouped(_ options: [OptionSpec]) -> [(String?, [OptionSpec])] {
        var groups: [(String?, [OptionSpec])] = []
        let plain = options.filter { $0.category == nil }
        if !plain.isEmpty { groups.append((nil, plain)) }
        var seen: [String] = []
        for case let category? in options.map(\.category) where !seen.contains(category) {
            seen.append(category)
            groups.append((category, options.filter { $0.category == category }))
        }
        return groups
    }
}

// Help text from the command table: `-h` brief (usage, abstract, one line per
// option and command) here; `--help` full in HelpRenderer+Full.swift.

/// Renders help for one command, wrapped to `width`.
struct HelpRenderer {
    var width: Int
    var style: Style
    var globals: [OptionSpec] = GlobalOptions.specs

    /// `-h`: enough to remember how to call the command.
    func brief(_ path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var lines = TextWrap.wrap(command.abstract, width: width, indent: 0)
        lines += ["", style.bold("Usage:") + " " + UsageLine.text(for: path)]
        if !command.positionals.isEmpty {
            lines += ["", style.bold("Arguments:")]
            lines += columns(command.positionals.map { (UsageLine.placeholder($0), $0.help) })
        }
        if !command.visibleOptions.isEmpty {
            lines += ["", style.bold("Options:")]
            lines += columns(command.visibleOptions.map { (UsageLine.names(of: $0), briefHelp($0)) })
        }
        if !command.visibleSubcommands.isEmpty {
            lines += ["", style.bold("Commands:")]
            lines += columns(command.visibleSubcommands.map { ($0.name, $0.abstract) })
        }
        let globalNames = globals.filter { !$0.isHidden }.map { spec in
            (spec.short.map { "-\($0)/" } ?? "") + spec.displayLong + (spec.takesValue ? " \(spec.valueName)" : "")
        }
        lines.append("")
        lines += TextWrap.wrap(
            "Global options: \(globalNames.joined(separator: ", ")).", width: width, indent: 0)
        lines.append("Use '\(path.commandLine) --help' for more.")
        return lines.joined(separator: "\n")
    }

    private func briefHelp(_ spec: OptionSpec) -> String {
        spec.defaultValue.map { "\(spec.help) [default: \($0)]" } ?? spec.help
    }

    /// Two aligned columns, the first indented by `indent`, the second wrapped beside it.
    func columns(_ rows: [(String, String)], indent: Int = 2) -> [String] {
        let left = min(rows.map(\.0.count).max() ?? 0, 30)
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (name, text) in rows {
            let wrapped = TextWrap.wrap(text, width: width, indent: indent + left + 2)
            if name.count > left {
                lines.append(margin + name)
                lines += wrapped
            } else {
                let head = margin + name + String(repeating: " ", count: left - name.count + 2)
                let first = wrapped.first.map { String($0.dropFirst(indent + left + 2)) } ?? ""
                lines.append(head + first)
                lines += wrapped.dropFirst()
            }
        }
        return lines.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
    }
}

// Mistakes a command table can make that the compiler cannot see: clashing
// names, a variadic positional that is not last, a default that fails its own
// type. A test runs this over the real table so a bad registration fails CI.

extension CommandSpec {
    /// Every problem in this command and its subcommands, as sentences; empty when sound.
    package func problems(globals: [OptionSpec] = GlobalOptions.specs) -> [String] {
        var found: [String] = []
        check([self], globals: globals, into: &found)
        return found
    }

    private func check(_ path: [CommandSpec], globals: [OptionSpec], into found: inout [String]) {
        let line = path.commandLine
        var longs: [String: Int] = [:]
        var shorts: [Character: Int] = [:]
        for spec in options + globals {
            for name in spec.acceptedLongNames { longs[name, default: 0] += 1 }
            if let short = spec.short { shorts[short, default: 0] += 1 }
        }
        for (name, count) in longs where count > 1 { found.append("'\(line)': option '--\(name)' is declared twice") }
        for (short, count) in shorts where count > 1 { found.append("'\(line)': option '-\(short)' is declared twice") }
        for spec in options {
            guard let text = spec.defaultValue else { continue }
            if let type = spec.valueType, (try? type.parse(text, for: "")) == nil {
                found.append("'\(line)': default '\(text)' of '--\(spec.long)' is not valid: \(type.expectation)")
            }
        }
        for (index, spec) in positionals.enumerated() {
            if spec.isVariadic, index != positionals.count - 1 {
                found.append("'\(line)': variadic \(spec.name) is not the last positional")
            }
            if spec.isOptional, positionals.dropFirst(index + 1).contains(where: { !$0.isOptional }) {
                found.append("'\(line)': optional \(spec.name) comes before a required positional")
            }
        }
        var names: [String: Int] = [:]
        for child in subcommands {
            for name in [child.name] + child.aliases { names[name, default: 0] += 1 }
            child.check(path + [child], globals: globals, into: &found)
        }
        for (name, count) in names where count > 1 { found.append("'\(line)': subcommand '\(name)' is declared twice") }
        if run == nil, subcommands.isEmpty { found.append("'\(line)': has neither subcommands nor run") }
    }
}

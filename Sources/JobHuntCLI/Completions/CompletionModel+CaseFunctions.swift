// The two lookup functions bash and zsh scripts share: `case` statements that
// map a command path and a word to a child command or an option's values.
// Only the command that prints a result differs (`echo` versus `print -r --`).

extension CompletionModel {
    /// `<fn>_child` and `<fn>_option_values`, printing with `printCommand`.
    func caseFunctions(prefix fn: String, printCommand: String) -> [String] {
        var lines = [
            "# Prints the path of the child of path $1 named $2 (a name or alias).",
            "\(fn)_child() {",
            "    case \"$1/$2\" in",
        ]
        for node in nodes {
            for child in node.children {
                let patterns = ([child.name] + child.aliases).map { Self.shellQuote("\(node.key)/\($0)") }
                lines.append(
                    "    \(patterns.joined(separator: " | "))) \(printCommand) \(Self.shellQuote(node.childKey(child))) ;;"
                )
            }
        }
        lines += [
            "    esac", "}", "", "# Prints what the value of option $2 of the command at path $1 may be.",
            "\(fn)_option_values() {", "    case \"$1/$2\" in",
        ]
        for node in nodes {
            for spec in node.command.visibleOptions {
                lines += valueCase("\(node.key)/", spec, printCommand: printCommand)
            }
        }
        for spec in globals { lines += valueCase("*/", spec, pattern: true, printCommand: printCommand) }
        lines += ["    esac", "}", ""]
        return lines
    }

    private func valueCase(_ prefix: String, _ spec: OptionSpec, pattern: Bool = false, printCommand: String)
        -> [String]
    {
        let value = BashCompletions.words(CompletionKind(spec.valueType))
        guard spec.takesValue, !value.isEmpty else { return [] }
        let names = (spec.short.map { ["-\($0)"] } ?? []) + ["--\(spec.long)"]
        let patterns = names.map { pattern ? "\(prefix)\($0)" : Self.shellQuote(prefix + $0) }
        return ["    \(patterns.joined(separator: " | "))) \(printCommand) \(Self.shellQuote(value)) ;;"]
    }
}

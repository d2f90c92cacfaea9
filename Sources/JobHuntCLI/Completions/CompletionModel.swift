// What completion scripts need from the command table, flattened: every
// visible command with its path, children, options and what its values are.
// Hidden commands and options are left out.
import Foundation

/// How a value is completed: not at all, with file names, or from fixed words.
enum CompletionKind: Equatable {
    case none
    case files
    case words([String])

    init(_ type: ValueType?) {
        switch type {
        case .path?: self = .files
        case .choice(let choices)?: self = .words(choices)
        default: self = .none
        }
    }
}

struct CompletionModel {
    /// One visible command; `key` is its path below the root, space-separated ("" for the root).
    struct Node {
        var key: String
        var command: CommandSpec
        /// Options of this command and the global options, visible only.
        var options: [OptionSpec]

        var children: [CommandSpec] { command.visibleSubcommands }

        func childKey(_ child: CommandSpec) -> String { key.isEmpty ? child.name : "\(key) \(child.name)" }

        /// Every spelling the shell may offer: `-n`, `--limit`, `--cache`, `--no-cache`.
        var optionWords: [String] {
            options.flatMap { spec in
                (spec.short.map { ["-\($0)"] } ?? []) + spec.acceptedLongNames.map { "--\($0)" }
            }
        }

        /// Spellings of options after which the next word is their value.
        var valueOptionWords: [String] {
            options.filter(\.takesValue).flatMap { spec in
                (spec.short.map { ["-\($0)"] } ?? []) + ["--\(spec.long)"]
            }
        }

        /// How the first positional (the only one completed) is completed.
        var argumentKind: CompletionKind { CompletionKind(command.positionals.first?.type) }
    }

    let name: String
    let nodes: [Node]
    let globals: [OptionSpec]

    init(root: CommandSpec, globals: [OptionSpec] = GlobalOptions.specs) {
        name = root.name
        let visibleGlobals = globals.filter { !$0.isHidden }
        self.globals = visibleGlobals
        var found: [Node] = []
        func visit(_ command: CommandSpec, key: String) {
            found.append(Node(key: key, command: command, options: command.visibleOptions + visibleGlobals))
            for child in command.visibleSubcommands {
                visit(child, key: key.isEmpty ? child.name : "\(key) \(child.name)")
            }
        }
        visit(root, key: "")
        nodes = found
    }

    /// `'text'` for bash and zsh: a single quote becomes `'\''`.
    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `'text'` for fish, where backslash and quote are escaped inside single quotes.
    static func fishQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}

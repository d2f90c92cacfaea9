// Everything a running command may use: its arguments, the global options,
// the process environment and the output streams. Services (configuration,
// database, ...) are reached through extensions in Commands/, each opened
// only when a command asks for it, so `jobhunt --help` touches nothing.
import Foundation
import JobHuntKernel

/// The world as one command invocation sees it.
///
/// The CLI is the only layer that reads the environment; it turns what it reads
/// into values (a `Configuration`) before calling into the kernel and the features.
package final class CommandContext: @unchecked Sendable {
    package let arguments: ParsedArguments
    package let globals: GlobalOptions
    package let environment: [String: String]
    package let output: Output
    /// Set to `.failure` by a command that printed partial results but must
    /// still exit 1 (one source of several failed, say).
    package var exitStatus: ExitStatus = .success
    /// Built by `services()` on first use; one per process.
    var servicesStorage: Services?
    /// Columns to fit help and tables into: the terminal's width, or 80 when piped.
    package var terminalWidth: Int = 80
    /// The command table this invocation was parsed against; `help`,
    /// `completions` and `reference` describe it.
    package var root: CommandSpec = CommandTable.root

    package init(arguments: ParsedArguments, globals: GlobalOptions, environment: [String: String], output: Output) {
        self.arguments = arguments
        self.globals = globals
        self.environment = environment
        self.output = output
    }
}

/// The options accepted anywhere on the command line.
package struct GlobalOptions: Sendable, Equatable {
    /// `--db URL`: overrides every other source of the database URL.
    package var databaseURL: String?
    /// `--json`: machine-readable output.
    package var json: Bool
    /// `-q/--quiet`: only errors on stderr.
    package var quiet: Bool
    /// `-v/--verbose`, counted (`-vv`).
    package var verbosity: Int
    /// `--no-color`.
    package var noColor: Bool
    /// `--config PATH`: a config file other than the default.
    package var configPath: String?

    package init(
        databaseURL: String? = nil, json: Bool = false, quiet: Bool = false, verbosity: Int = 0, noColor: Bool = false,
        configPath: String? = nil
    ) {
        self.databaseURL = databaseURL
        self.json = json
        self.quiet = quiet
        self.verbosity = verbosity
        self.noColor = noColor
        self.configPath = configPath
    }
}

/// The process exit status; the house rule is 0 success, 1 failure, 2 usage.
package enum ExitStatus: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 2
}

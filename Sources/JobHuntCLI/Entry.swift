// The CLI's entry point: parse, run, map errors to one line and an exit status.
import Foundation
import JobHuntKernel

/// Runs jobhunt as a program; `main.swift` calls this and nothing else.
package enum Entry {
    /// The version printed by `--version`.
    package static let version = "0.1.0"

    /// What a process does before its first thread starts: choosing the
    /// OpenBLAS core type for this CPU, which sets `OPENBLAS_CORETYPE` when the
    /// environment does not (see `MatrixKernel.chooseBeforeThreadsStart`).
    /// `main.swift` calls it first, after reading the environment it passes on.
    package static func prepareProcess() {
        MatrixKernel.chooseBeforeThreadsStart()
    }

    /// Runs one invocation against `root` (the product's command table unless
    /// given; `jobhunt-bench` passes its own) and returns its exit status.
    package static func run(
        arguments: [String], environment: [String: String], root: CommandSpec = CommandTable.root
    ) -> ExitStatus {
        StandardOutput.ignoreBrokenPipeSignal()
        InterruptSignals.install()
        let status = run(arguments: arguments, environment: environment, root: root) { globals in
            StandardOutput(globals: globals, environment: environment)
        }
        InterruptSignals.holdIfInterrupted()
        return status
    }

    /// Runs one invocation against `root`, writing to `output`: how tests run
    /// whole command lines without a process.
    package static func run(
        arguments: [String], environment: [String: String], root: CommandSpec, output: any Output
    ) -> ExitStatus {
        run(arguments: arguments, environment: environment, root: root) { _ in output }
    }

    /// The output is made once the global options (`--quiet`, `--no-color`) are known.
    static func run(
        arguments: [String], environment: [String: String], root: CommandSpec,
        makeOutput: (GlobalOptions) -> any Output
    ) -> ExitStatus {
        let invocation: Invocation
        do {
            invocation = try CommandLineParser(root: root, environment: environment).parse(arguments)
        } catch {
            return report(error, to: makeOutput(CommandLineParser.lenientGlobals(arguments)))
        }
        switch invocation {
        case .version:
            makeOutput(CommandLineParser.lenientGlobals(arguments)).print("jobhunt \(version)")
            return .success
        case .help(let names, let full):
            let output = makeOutput(CommandLineParser.lenientGlobals(arguments))
            let path = root.resolve(names) ?? [root]
            let renderer = HelpRenderer(width: width(of: output, environment), style: output.style)
            output.print(full ? renderer.full(path) : renderer.brief(path))
            return .success
        case .run(let path, let parsed, let globals):
            let output = makeOutput(globals)
            let context = CommandContext(arguments: parsed, globals: globals, environment: environment, output: output)
            context.terminalWidth = width(of: output, environment)
            context.root = root
            do {
                guard let run = path[path.count - 1].run else {
                    throw CLIError.failure(
                        "'\(path.commandLine)' has nothing to run", remedy: "see '\(path.commandLine) --help'")
                }
                try run(context)
                return context.exitStatus
            } catch {
                return report(error, to: output)
            }
        }
    }

    private static func report(_ error: any Error, to output: any Output) -> ExitStatus {
        InterruptSignals.holdIfInterrupted()
        let (line, status) = ErrorPresenter.present(error)
        output.error(line)
        return status
    }

    private static func width(of output: any Output, _ environment: [String: String]) -> Int {
        TerminalWidth.current(
            isTerminal: output.stdoutIsTerminal, environment: environment,
            descriptor: output is StandardOutput ? 1 : nil)
    }
}

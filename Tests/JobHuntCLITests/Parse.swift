import Testing

// Helpers that parse a line against the test table.
@testable import JobHuntCLI

/// The parsed arguments and globals of a line that must run a command.
func parse(_ line: [String], environment: [String: String] = [:]) throws -> (ParsedArguments, GlobalOptions) {
    let invocation = try CommandLineParser(root: TestTable.root, environment: environment).parse(line)
    guard case .run(_, let arguments, let globals) = invocation else {
        throw CLIError.failure("expected a command to run, got \(invocation)")
    }
    return (arguments, globals)
}

/// The usage error a line must produce, as the presenter prints it.
func usageError(_ line: [String], environment: [String: String] = [:]) -> String? {
    do {
        _ = try CommandLineParser(root: TestTable.root, environment: environment).parse(line)
        return nil
    } catch {
        #expect(error.kind == .usage)
        return ErrorPresenter.present(error).line
    }
}

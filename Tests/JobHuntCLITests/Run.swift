// Runs a whole line through Entry against the test table, as a process would.
import JobHuntCLI
import JobHuntTesting

struct RunResult {
    var status: ExitStatus
    var stdout: String
    var stderr: String
}

func run(_ line: [String], environment: [String: String] = [:], root: CommandSpec = TestTable.root) -> RunResult {
    let output = RecordingOutput()
    let status = Entry.run(arguments: line, environment: environment, root: root, output: output)
    return RunResult(status: status, stdout: output.stdout, stderr: output.stderr)
}

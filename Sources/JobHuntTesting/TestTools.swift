// The test-only programs `scripts/setup` installs into its Python venv (the
// icalendar parser, say), found where that script puts them.
import Foundation

/// Where the tests find the tools of `scripts/setup`'s venv.
package enum TestTools {
    /// `$JOBHUNT_VENV`, else `$JOBHUNT_TOOLS_DIR/venv`, else the defaults of
    /// `scripts/lib/common.sh`: /opt/jobhunt-tools as root, else ~/.local/share.
    package static var venv: URL {
        let environment = ProcessInfo.processInfo.environment
        if let venv = environment["JOBHUNT_VENV"], !venv.isEmpty { return URL(fileURLWithPath: venv) }
        if let tools = environment["JOBHUNT_TOOLS_DIR"], !tools.isEmpty {
            return URL(fileURLWithPath: tools).appendingPathComponent("venv")
        }
        if getuid() == 0 { return URL(fileURLWithPath: "/opt/jobhunt-tools/venv") }
        let data =
            environment["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return data.appendingPathComponent("jobhunt-tools/venv")
    }

    /// Runs `script` with the venv's Python, `environment` added to its
    /// environment, and returns what it printed; a missing venv is a failure
    /// that says to run `scripts/setup`, never a skip.
    package static func python(_ script: String, environment: [String: String] = [:]) throws -> CommandResult {
        let python = venv.appendingPathComponent("bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw TestServices.ServiceUnavailable("no Python venv at \(venv.path) (run scripts/setup)")
        }
        return try CommandRunner.runShell(
            "exec \"$PYTHON\" -c \"$SCRIPT\"",
            environment: environment.merging(["PYTHON": python.path, "SCRIPT": script]) { $1 })
    }
}

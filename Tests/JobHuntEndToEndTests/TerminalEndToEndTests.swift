// The binary on a real pseudo-terminal (util-linux `script`): colour when
// stdout is a terminal unless NO_COLOR, TERM=dumb or --no-color say no, and
// help wrapped to the terminal's width.
import Foundation
import JobHuntTesting
import Testing

@Suite struct TerminalEndToEndTests {
    /// Runs `command` (where `$JOBHUNT` is the binary) on a pseudo-terminal.
    private func onTerminal(_ command: String, environment: [String: String] = [:]) throws -> String {
        var environment = environment
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        let result = try CommandRunner.runShell(
            "script -qec \(quote(command)) /dev/null", environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    private func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @Test func colourOnATerminal() throws {
        #expect(try onTerminal(#""$JOBHUNT" --help"#).contains("\u{1B}[1mUSAGE:\u{1B}[0m"))
    }

    @Test func noColourWhenAskedOrUnsupported() throws {
        #expect(!(try onTerminal(#""$JOBHUNT" --help --no-color"#).contains("\u{1B}[")))
        #expect(!(try onTerminal(#""$JOBHUNT" --help"#, environment: ["NO_COLOR": "1"]).contains("\u{1B}[")))
        #expect(!(try onTerminal(#""$JOBHUNT" --help"#, environment: ["NO_COLOR": ""]).contains("\u{1B}[")))
        #expect(!(try onTerminal(#""$JOBHUNT" --help"#, environment: ["TERM": "dumb"]).contains("\u{1B}[")))
    }

    @Test func helpWrapsToTheTerminalWidth() throws {
        let text = try onTerminal(#"stty cols 50; "$JOBHUNT" --help --no-color"#)
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("    jobhunt keeps your profile") })
        for line in lines where !line.hasPrefix("jobhunt - ") {
            #expect(line.count <= 50, "\(line)")
        }
    }
}

// An Output that keeps everything written to it, for tests that call command
// functions directly and check what they printed (gh's buffered iostreams).
import Foundation
import JobHuntCLI

/// Records stdout and stderr text; terminal-ness and colour are settable.
package final class RecordingOutput: Output, @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var drawn: [String] = []
    package var stdoutIsTerminal: Bool
    package var stderrIsTerminal: Bool
    package var stdinIsTerminal: Bool
    package var useColor: Bool
    package var quiet: Bool

    package init(terminal: Bool = false, quiet: Bool = false) {
        stdoutIsTerminal = terminal
        stderrIsTerminal = terminal
        stdinIsTerminal = terminal
        useColor = false
        self.quiet = quiet
    }

    /// Everything written to stdout so far.
    package var stdout: String { lock.withLock { out } }
    /// Everything written to stderr so far.
    package var stderr: String { lock.withLock { err } }

    package func print(_ text: String) { lock.withLock { out += text + "\n" } }
    package func warn(_ text: String) { if !quiet { lock.withLock { err += "jobhunt: warning: \(text)\n" } } }
    package func note(_ text: String) { if !quiet { lock.withLock { err += text + "\n" } } }
    package func error(_ text: String) { lock.withLock { err += text + "\n" } }
    /// Kept apart from `stderr` so tests can check the drawn lines one by one.
    package func status(_ line: String) { lock.withLock { drawn.append(line) } }

    /// Every status line drawn so far, in order; "" is an erase.
    package var statusLines: [String] { lock.withLock { drawn } }
}

// An Output that keeps everything written to it, for tests that call command
// functions directly and check what they printed (gh's buffered iostreams).
import Foundation
import JobHuntCLI

/// Records stdout and stderr text; terminal-ness and colour are settable.
public final class RecordingOutput: Output, @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    private var drawn: [String] = []
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    public var stdinIsTerminal: Bool
    public var useColor: Bool
    public var quiet: Bool

    public init(terminal: Bool = false, quiet: Bool = false) {
        stdoutIsTerminal = terminal
        stderrIsTerminal = terminal
        stdinIsTerminal = terminal
        useColor = false
        self.quiet = quiet
    }

    /// Everything written to stdout so far.
    public var stdout: String { lock.withLock { out } }
    /// Everything written to stderr so far.
    public var stderr: String { lock.withLock { err } }

    public func print(_ text: String) { lock.withLock { out += text + "\n" } }
    public func warn(_ text: String) { if !quiet { lock.withLock { err += "jobhunt: warning: \(text)\n" } } }
    public func note(_ text: String) { if !quiet { lock.withLock { err += text + "\n" } } }
    public func error(_ text: String) { lock.withLock { err += text + "\n" } }
    /// Kept apart from `stderr` so tests can check the drawn lines one by one.
    public func status(_ line: String) { lock.withLock { drawn.append(line) } }

    /// Every status line drawn so far, in order; "" is an erase.
    public var statusLines: [String] { lock.withLock { drawn } }
}

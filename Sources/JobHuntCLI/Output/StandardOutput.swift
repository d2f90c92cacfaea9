// The real Output: file descriptors 1 and 2 written with write(2). A reader
// that went away (`jobhunt ... | head`) ends the process quietly with status 0,
// as ripgrep's main.rs does for a broken pipe.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// stdout and stderr of this process.
package final class StandardOutput: Output, @unchecked Sendable {
    package let stdoutIsTerminal: Bool
    package let stderrIsTerminal: Bool
    package let stdinIsTerminal: Bool
    package let useColor: Bool
    /// `--quiet`: notes and warnings are dropped, errors are not.
    package let quiet: Bool
    private let lock = NSLock()

    package init(globals: GlobalOptions, environment: [String: String]) {
        stdoutIsTerminal = isatty(1) == 1
        stderrIsTerminal = isatty(2) == 1
        stdinIsTerminal = isatty(0) == 1
        quiet = globals.quiet
        useColor = ColorPolicy.useColor(
            stdoutIsTerminal: stdoutIsTerminal, noColorFlag: globals.noColor, environment: environment)
    }

    /// Turns SIGPIPE into an EPIPE result, so a closed pipe is noticed at a
    /// write (and ends the process with 0) instead of killing it with a signal.
    package static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The text and its newline, without copying the text: a `--json` listing
    /// of 10,000 applications is 6 MB, which `text + "\n"` and `Array(text.utf8)`
    /// would each copy again (scripts/bench status).
    package func print(_ text: String) {
        // Data piped to a file or program stays literal; a terminal sees escapes.
        let text = stdoutIsTerminal ? TerminalText.escape(text, keepingStyle: useColor) : text
        lock.withLock {
            unlockedWrite(text, to: 1)
            unlockedWrite("\n", to: 1)
        }
    }

    // stderr carries messages for people only (cron mails them, terminals show
    // them), never data and never jobhunt's colours, so every control in a
    // message is escaped, wherever it goes.
    package func warn(_ text: String) {
        if !quiet { write("jobhunt: warning: \(TerminalText.escape(text))\n", to: 2) }
    }

    package func note(_ text: String) { if !quiet { write(TerminalText.escape(text) + "\n", to: 2) } }

    package func error(_ text: String) { write(TerminalText.escape(text) + "\n", to: 2) }

    package func status(_ line: String) { write(ProgressLine.redraw(TerminalText.escape(line)), to: 2) }

    private func write(_ text: String, to descriptor: Int32) {
        lock.withLock { unlockedWrite(text, to: descriptor) }
    }

    /// Writes all of `text` from its own UTF-8 storage; the caller holds `lock`.
    private func unlockedWrite(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { utf8 in
            var bytes = UnsafeRawBufferPointer(utf8)[...]
            while !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { buffer in
                    #if canImport(Glibc)
                        Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                    #else
                        Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                    #endif
                }
                if written >= 0 {
                    bytes = bytes.dropFirst(written)
                } else if errno == EINTR {
                    continue
                } else if errno == EPIPE, descriptor == 1 {
                    // The reader has what it wanted; that is success, not an error.
                    exit(ExitStatus.success.rawValue)
                } else {
                    return  // Nowhere left to report a failing stderr.
                }
            }
        }
    }
}

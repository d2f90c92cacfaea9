// Where a command writes: stdout for results, stderr for messages and
// progress. Knows whether each is a terminal and whether colour is allowed.
import Foundation

/// The output streams of one invocation.
///
/// Results go to `print` (stdout); warnings, notes and progress to stderr.
/// Colour is used only when stdout is a terminal and neither `--no-color`,
/// `NO_COLOR` nor `TERM=dumb` says otherwise. A closed pipe ends the process
/// quietly with status 0 (see `StandardOutput`).
package protocol Output: AnyObject, Sendable {
    var stdoutIsTerminal: Bool { get }
    var stderrIsTerminal: Bool { get }
    var stdinIsTerminal: Bool { get }
    var useColor: Bool { get }
    /// Writes `text` and a newline to stdout.
    func print(_ text: String)
    /// Writes `jobhunt: warning: <text>` to stderr unless `--quiet`.
    func warn(_ text: String)
    /// Writes `text` to stderr unless `--quiet` (notes and progress for people).
    func note(_ text: String)
    /// Writes `text` to stderr always (errors).
    func error(_ text: String)
    /// Redraws the one transient status line on stderr in place (`\r`, the
    /// line, erase to its end); an empty `line` erases it. Callers draw only
    /// when `ProgressPolicy` says so, so a pipe never receives these bytes.
    func status(_ line: String)
}

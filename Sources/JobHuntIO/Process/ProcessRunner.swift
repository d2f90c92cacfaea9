// The one way jobhunt starts another program: a seam the kernel's Services
// holds, so a test can wrap or replace it, with the real runner in this layer.
import Foundation

/// Starts programs: to completion (`pdftotext`, `$EDITOR`, `python3`) or in
/// the background until stopped (chromedriver).
///
/// ``SystemProcessRunner`` is the real one. The kernel's `Services` holds one
/// (`services.processRunner`) and every feature, the browser layer and the CLI
/// start programs through it, so a test can record, refuse or redirect what
/// a command would run without changing the code that runs it.
public protocol ProcessRunner: Sendable {
    /// Runs `command` until it exits (or its timeout or output limit stops it).
    func run(_ command: ProcessCommand) throws(ProcessRunError) -> ProcessResult
    /// Starts `command` in a process group of its own, output to `log`, and
    /// returns at once; the caller stops it (and everything it started).
    func start(_ command: ProcessCommand, log: URL) throws(ProcessRunError) -> any RunningProcess
}

/// A program to run, its arguments and environment, and where its output goes.
public struct ProcessCommand: Sendable, Hashable {
    /// Where standard output and standard error go.
    public enum Output: Sendable, Hashable {
        /// Collected into ``ProcessResult``: up to `limit` bytes of standard output
        /// (more stops the program, ``ProcessResult/Ending/outputExceeded``), and the
        /// first `errorLimit` bytes of standard error (the rest is read and dropped).
        case capture(limit: Int = 64 * 1024 * 1024, errorLimit: Int = 64 * 1024)
        /// This process's terminal: an editor the person uses; standard input too.
        case terminal
        /// Nowhere (`/dev/null`).
        case discard
    }

    /// An absolute path.
    public var executable: String
    public var arguments: [String]
    /// The whole environment of the program; `nil` passes this process's own.
    public var environment: [String: String]?
    public var output: Output
    /// Longer than this and the program is terminated (then killed); `nil` waits for ever.
    public var timeout: Duration?

    public init(
        _ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
        output: Output = .capture(), timeout: Duration? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.output = output
        self.timeout = timeout
    }
}

/// How a program run to completion ended, and what it printed when captured.
public struct ProcessResult: Sendable, Hashable {
    public enum Ending: Sendable, Hashable {
        /// It exited by itself (or was killed by a signal) with ``ProcessResult/status``.
        case exited
        /// It ran past its timeout and was stopped.
        case timedOut
        /// It printed more than the capture limit and was killed; ``ProcessResult/output`` is empty.
        case outputExceeded
    }

    public var ending: Ending
    /// The exit status (or the signal's number when a signal ended it).
    public var status: Int32
    public var output: Data
    public var errorOutput: Data

    public init(ending: Ending = .exited, status: Int32, output: Data = Data(), errorOutput: Data = Data()) {
        self.ending = ending
        self.status = status
        self.output = output
        self.errorOutput = errorOutput
    }

    /// Exited by itself with status 0.
    public var succeeded: Bool { ending == .exited && status == 0 }

    /// The first line of standard error, for a one-line failure message.
    public var firstErrorLine: String? {
        String(decoding: errorOutput, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}

/// A program started in the background by ``ProcessRunner/start(_:log:)``.
public protocol RunningProcess: AnyObject, Sendable {
    /// Its pid, which is also its process group's id.
    var pid: Int32 { get }
    /// Whether it has exited (it is reaped when it has).
    var hasExited: Bool { get }
    /// Kills its whole process group, reaps it and waits until every member has
    /// died: nothing it started outlives it. Safe to call twice.
    func stop()
}

/// The program could not be started at all.
public struct ProcessRunError: Error, Sendable, Hashable, CustomStringConvertible {
    public var executable: String
    public var reason: String

    public init(executable: String, reason: String) {
        self.executable = executable
        self.reason = reason
    }

    /// `/usr/bin/pdftotext: No such file or directory`.
    public var description: String { "\(executable): \(reason)" }
}

// Runs the built `jobhunt` binary as a user would, with chosen arguments,
// environment and stdin, and returns what it printed and how it exited
// (swift-argument-parser's AssertExecuteCommand, ripgrep's tests/util.rs).
import Foundation
import JobHuntIO
import JobHuntKernel

/// What one run of the binary produced.
package struct CommandResult: Sendable {
    package var stdout: String
    package var stderr: String
    package var status: Int32
}

package enum CommandRunner {
    package struct BinaryNotFound: Error, CustomStringConvertible {
        package let description: String
    }

    /// The built `jobhunt`: `$JOBHUNT_BINARY`, else the first `jobhunt` found
    /// walking up from the test bundle (SwiftPM puts both in the products directory).
    package static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["JOBHUNT_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL]
        for start in starts {
            var directory = start.standardizedFileURL.deletingLastPathComponent()
            while directory.path != "/" {
                let candidate = directory.appendingPathComponent("jobhunt")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw BinaryNotFound(
            description: "no built jobhunt next to \(CommandLine.arguments[0]); run 'swift build' or set JOBHUNT_BINARY"
        )
    }

    /// Runs the binary; `environment` replaces the process environment except
    /// for PATH and HOME, so a developer's settings cannot leak into a test.
    ///
    /// With `closedStdout`, stdout is a pipe whose reading end is already
    /// closed, as after `jobhunt ... | head` has quit.
    package static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, closedStdout: Bool = false
    ) throws -> CommandResult {
        try execute(try binary(), arguments, environment: environment, stdin: stdin, closedStdout: closedStdout)
    }

    /// Runs `script` with bash, for pipelines such as `jobhunt completions bash | head -1`;
    /// `$JOBHUNT` in the script is the built binary.
    package static func runShell(_ script: String, environment: [String: String] = [:]) throws -> CommandResult {
        var environment = environment
        environment["JOBHUNT"] = try binary().path
        return try execute(URL(fileURLWithPath: "/bin/bash"), ["-c", script], environment: environment)
    }

    private static func execute(
        _ executable: URL, _ arguments: [String], environment: [String: String], stdin: String? = nil,
        closedStdout: Bool = false
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment.filter { ["PATH", "HOME"].contains($0.key) }
        base.merge(environment) { $1 }
        process.environment = base
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        if closedStdout { try out.fileHandleForReading.close() }
        let waitForExit = try process.launchAwaitingExit()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read stderr on another thread so neither pipe fills up and blocks the child.
        let errData = Locked(Data())
        let done = DispatchSemaphore(value: 0)
        let errReader = err.fileHandleForReading
        Thread {
            errData.set((try? errReader.readToEndRetryingInterrupts()) ?? Data())
            try? errReader.close()
            done.signal()
        }.start()
        let outData = closedStdout ? Data() : try out.fileHandleForReading.readToEndRetryingInterrupts()
        // Closed here, not when Foundation lets go of the Process: the test run
        // held 1,700 pipe ends open, and Foundation's Process.run() on Linux
        // reads past its buffer listing /proc/self/fd when that many are open.
        if !closedStdout { try? out.fileHandleForReading.close() }
        done.wait()
        waitForExit()
        return CommandResult(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.get(), as: UTF8.self),
            status: process.terminationStatus)
    }
}

/// A value shared between a reader thread and the caller.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ new: Value) { lock.withLock { value = new } }
}

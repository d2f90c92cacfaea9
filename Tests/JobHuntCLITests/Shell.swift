// Runs a real shell over a script, for syntax checks and completion behaviour.
// A missing shell fails the test: scripts/setup installs bash, zsh and fish.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

struct ShellResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Shell {
    /// Runs `shell` with `arguments`; fails the test when the shell is not installed.
    static func run(_ shell: String, _ arguments: [String]) throws -> ShellResult {
        let path = try #require(
            ["/usr/bin/\(shell)", "/bin/\(shell)", "/usr/local/bin/\(shell)"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            }, "\(shell) is not installed (scripts/setup installs it)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = try out.fileHandleForReading.readToEndRetryingInterrupts()
        let stderr = try err.fileHandleForReading.readToEndRetryingInterrupts()
        process.waitUntilExit()
        return ShellResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes `script` to a file and checks it with `shell -n`.
    static func checkSyntax(_ shell: String, _ script: String) throws -> ShellResult {
        let directory = try TemporaryDirectory()
        let file = directory.file("script.\(shell)")
        try script.write(to: file, atomically: true, encoding: .utf8)
        return try run(shell, ["-n", file.path])
    }
}

// Running worker processes of the built binaries: jobhunt itself, and
// jobhunt-bench's worker (the same command with the bench_count type
// registered), each with an environment that cannot leak a developer's settings.
import Foundation
import JobHuntTesting

enum WorkerProcesses {
    /// The built jobhunt-bench, next to the built jobhunt.
    static func bench() throws -> URL {
        try CommandRunner.binary().deletingLastPathComponent().appendingPathComponent("jobhunt-bench")
    }

    /// PATH plus a throwaway HOME and XDG folders, and `extra`.
    static func environment(home: TemporaryDirectory, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { $0.key == "PATH" }
        environment["HOME"] = home.path
        environment["XDG_DATA_HOME"] = home.file("data").path
        environment["XDG_CONFIG_HOME"] = home.file("config").path
        environment["XDG_STATE_HOME"] = home.file("state").path
        environment.merge(extra) { $1 }
        return environment
    }

    /// Starts `executable` with its output in files of `folder`.
    static func start(
        _ executable: URL, _ arguments: [String], environment: [String: String], folder: TemporaryDirectory,
        name: String
    ) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        FileManager.default.createFile(atPath: folder.file("\(name).out").path, contents: nil)
        FileManager.default.createFile(atPath: folder.file("\(name).err").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: folder.file("\(name).out"))
        process.standardError = try FileHandle(forWritingTo: folder.file("\(name).err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func output(_ folder: TemporaryDirectory, _ name: String) -> (out: String, err: String) {
        (
            (try? String(contentsOf: folder.file("\(name).out"), encoding: .utf8)) ?? "",
            (try? String(contentsOf: folder.file("\(name).err"), encoding: .utf8)) ?? ""
        )
    }

    /// Waits for `process` to exit, killing it after `timeout` seconds; true when it exited in time.
    static func wait(_ process: Process, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    /// Polls `condition` every 50 ms for up to `timeout` seconds.
    static func eventually(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }
}

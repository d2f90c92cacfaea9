// The real ProcessRunner against real programs (/bin/sh): what it captures,
// how a stuck or flooding program is stopped, and that a background program's
// whole process group dies with it.
import Foundation
import Testing

@testable import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct SystemProcessRunnerTests {
    let runner = SystemProcessRunner()

    func shell(_ script: String, output: ProcessCommand.Output = .capture(), timeout: Duration? = nil)
        -> ProcessCommand
    {
        ProcessCommand("/bin/sh", ["-c", script], environment: ["GREETING": "hello"], output: output, timeout: timeout)
    }

    @Test func capturesBothStreamsTheStatusAndOnlyTheGivenEnvironment() throws {
        let result = try runner.run(shell("echo \"$GREETING $HOME\"; echo oops >&2; exit 3"))
        #expect(result.ending == .exited)
        #expect(result.status == 3)
        #expect(!result.succeeded)
        #expect(String(decoding: result.output, as: UTF8.self) == "hello \n")
        #expect(result.firstErrorLine == "oops")
    }

    @Test func aProgramPastItsTimeoutIsStopped() throws {
        let result = try runner.run(shell("exec sleep 30", timeout: .milliseconds(200)))
        #expect(result.ending == .timedOut)
        #expect(!result.succeeded)
    }

    @Test func outputPastTheLimitKillsTheProgramAndKeepsNothing() throws {
        let flood = try runner.run(shell("exec head -c 3000000 /dev/zero", output: .capture(limit: 1024 * 1024)))
        #expect(flood.ending == .outputExceeded)
        #expect(flood.output.isEmpty)
        // Standard error past its limit is read and dropped, and the program finishes.
        let noisy = try runner.run(shell("head -c 300000 /dev/zero >&2; echo done", output: .capture(errorLimit: 10)))
        #expect(noisy.succeeded)
        #expect(noisy.errorOutput.count == 10)
        #expect(String(decoding: noisy.output, as: UTF8.self) == "done\n")
    }

    @Test func discardedOutputStillReportsTheStatus() throws {
        #expect(try runner.run(shell("echo ignored; exit 0", output: .discard)).succeeded)
        #expect(try runner.run(shell("exit 7", output: .discard)).status == 7)
    }

    @Test func aMissingProgramIsAnErrorNamingIt() {
        #expect(throws: ProcessRunError.self) {
            try runner.run(ProcessCommand("/nonexistent/tool", []))
        }
        #expect(throws: ProcessRunError.self) {
            try runner.start(ProcessCommand("/nonexistent/tool", []), log: URL(fileURLWithPath: "/dev/null"))
        }
    }

    @Test func stoppingABackgroundProgramKillsItsWholeGroup() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-runner-\(UUID()).log")
        defer { try? FileManager.default.removeItem(at: log) }
        // A child of its own, as chromedriver starts Chromium.
        let process = try runner.start(shell("echo started; sleep 30 & wait"), log: log)
        var members: [pid_t] = []
        for _ in 0..<200 where members.count < 2 {
            members = ProcessGroup.liveMembers(ofGroup: process.pid)
            usleep(10_000)
        }
        #expect(members.count == 2, "the shell and its sleep, in the shell's group")
        #expect(!process.hasExited)
        process.stop()
        #expect(ProcessGroup.liveMembers(ofGroup: process.pid).isEmpty)
        #expect(process.hasExited)
        process.stop()
        #expect(try String(contentsOf: log, encoding: .utf8) == "started\n")
    }

    @Test func aBackgroundProgramThatExitsIsSeenToHaveExited() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-runner-\(UUID()).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let process = try runner.start(shell("exit 0"), log: log)
        var exited = false
        for _ in 0..<500 where !exited {
            exited = process.hasExited
            usleep(10_000)
        }
        #expect(exited)
        process.stop()
    }
}

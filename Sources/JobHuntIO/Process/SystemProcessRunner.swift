// The real ProcessRunner: Foundation's Process for a program run to completion,
// posix_spawn for one started in a process group of its own.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs programs on this machine.
public struct SystemProcessRunner: ProcessRunner {
    public init() {}

    public func run(_ command: ProcessCommand) throws(ProcessRunError) -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        if let environment = command.environment { process.environment = environment }
        var pipes: (output: Pipe, errors: Pipe)?
        switch command.output {
        case .capture:
            let pair = (output: Pipe(), errors: Pipe())
            process.standardOutput = pair.output
            process.standardError = pair.errors
            process.standardInput = FileHandle.nullDevice
            pipes = pair
        case .terminal:
            break
        case .discard:
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        // Waits on the exit itself: `waitUntilExit` on Linux polls every 50 ms.
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw ProcessRunError(executable: command.executable, reason: error.localizedDescription)
        }
        let pid = process.processIdentifier
        // Both pipes are drained while the program runs, so a large output cannot block
        // it; standard output is capped, so a flood cannot exhaust memory.
        let collected = CollectedOutput()
        let readers = DispatchGroup()
        if let pipes, case .capture(let limit, let errorLimit) = command.output {
            // Each read end is closed once drained, not when Foundation lets go of the Process.
            DispatchQueue.global().async(group: readers) {
                collected.setOut(Self.drain(pipes.output.fileHandleForReading, limit: limit) { kill(pid, SIGKILL) })
                try? pipes.output.fileHandleForReading.close()
            }
            DispatchQueue.global().async(group: readers) {
                collected.setErr(Self.drain(pipes.errors.fileHandleForReading, limit: errorLimit, overflow: nil))
                try? pipes.errors.fileHandleForReading.close()
            }
        }
        if let timeout = command.timeout, finished.wait(timeout: .now() + Self.seconds(timeout)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(pid, SIGKILL)
                finished.wait()
            }
            _ = readers.wait(timeout: .now() + 2)
            return ProcessResult(
                ending: .timedOut, status: process.terminationStatus, output: collected.out ?? Data(),
                errorOutput: collected.err ?? Data())
        }
        if command.timeout == nil { finished.wait() }
        _ = readers.wait(timeout: .now() + 5)
        guard let output = collected.out else {
            return ProcessResult(
                ending: .outputExceeded, status: process.terminationStatus, errorOutput: collected.err ?? Data())
        }
        return ProcessResult(status: process.terminationStatus, output: output, errorOutput: collected.err ?? Data())
    }

    public func start(_ command: ProcessCommand, log: URL) throws(ProcessRunError) -> any RunningProcess {
        let environment =
            command.environment.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }
            ?? ProcessGroup.currentEnvironment()
        let pid = try ProcessGroup.spawn(
            command.executable, arguments: command.arguments, environment: environment, log: log)
        return ProcessGroup(pid: pid)
    }

    /// Reads to end of file. Past `limit` bytes: with `overflow`, calls it (it kills the
    /// program) and returns nil; without, keeps reading so the program never blocks, and
    /// keeps only the first `limit` bytes (for stderr, whose first line is all that is shown).
    private static func drain(_ handle: FileHandle, limit: Int, overflow: (() -> Void)?) -> Data? {
        var data = Data()
        while true {
            // A read error other than an interruption ends the output, as end of file would.
            let chunk = (try? handle.readChunkRetryingInterrupts()) ?? Data()
            if chunk.isEmpty { return data }
            if data.count + chunk.count <= limit {
                data.append(chunk)
            } else if let overflow {
                overflow()
                return nil
            } else {
                data.append(chunk.prefix(max(0, limit - data.count)))
            }
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The two pipes' bytes, written by the reader threads and read once both are done.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outData: Data? = Data()
    private var errData: Data? = Data()

    func setOut(_ data: Data?) { lock.withLock { outData = data } }
    func setErr(_ data: Data?) { lock.withLock { errData = data } }
    var out: Data? { lock.withLock { outData } }
    var err: Data? { lock.withLock { errData } }
}

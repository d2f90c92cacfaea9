// Runs the external programs that read documents (pdftotext, unzip) with a
// time limit, and says which package to install when one is missing.
import Foundation
import JobHuntKernel

/// Where the document tools are looked for and how long each may run.
///
/// The core reads no environment variables, so the search path is a value:
/// the usual system directories by default, anything in tests.
package struct ResumeDocumentTools: Sendable {
    package var searchDirectories: [URL]
    /// A stuck or hostile document must not hang a command.
    package var timeout: Duration
    /// The most text a tool may print: a DOCX is deflated, and a small one can inflate to gigabytes.
    package var maximumOutput: Int

    package init(
        searchDirectories: [URL] = ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"].map {
            URL(fileURLWithPath: $0, isDirectory: true)
        },
        timeout: Duration = .seconds(30), maximumOutput: Int = 64 * 1024 * 1024
    ) {
        self.searchDirectories = searchDirectories
        self.timeout = timeout
        self.maximumOutput = maximumOutput
    }

    /// The tool's standard output; a missing tool names its package, a failure its first stderr line.
    func run(_ tool: String, package: String, _ arguments: [String]) throws -> Data {
        guard
            let executable = searchDirectories.map({ $0.appendingPathComponent(tool) }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0.path)
            })
        else { throw JobHuntError.resumeToolMissing(tool, package: package) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ["LC_ALL": "C.UTF-8"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw JobHuntError(
                .resumeExtractionFailed, "cannot run \(executable.path): \(error.localizedDescription)",
                remedy: "reinstall the \(package) package")
        }
        let pid = process.processIdentifier
        // Both pipes are drained while the tool runs, so a large output cannot block it; the
        // output is capped, so a DOCX that inflates to gigabytes cannot exhaust memory.
        let collected = CollectedOutput()
        let readers = DispatchGroup()
        let limit = maximumOutput
        DispatchQueue.global().async(group: readers) {
            collected.setOut(Self.drain(output.fileHandleForReading, limit: limit) { kill(pid, SIGKILL) })
        }
        DispatchQueue.global().async(group: readers) {
            collected.setErr(Self.drain(errors.fileHandleForReading, limit: 64 * 1024, overflow: nil))
        }
        if finished.wait(timeout: .now() + Self.seconds(timeout)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(pid, SIGKILL)
                finished.wait()
            }
            _ = readers.wait(timeout: .now() + 2)
            throw JobHuntError(
                .resumeExtractionFailed, "\(tool) did not finish within \(timeout)",
                remedy: "check the file opens in a viewer; a damaged or huge document can hang it")
        }
        _ = readers.wait(timeout: .now() + 5)
        guard let text = collected.out else {
            throw JobHuntError(
                .resumeExtractionFailed, "\(tool) produced more than \(limit / 1024 / 1024) MiB of text",
                remedy: "a resume is a few pages; check that this is the right file")
        }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: collected.err ?? Data(), as: UTF8.self).split(separator: "\n").first
                .map(String.init)
            throw JobHuntError(
                .resumeExtractionFailed,
                "\(tool) could not read the file: \(message ?? "exit status \(process.terminationStatus)")",
                remedy: "check the file opens in a viewer, or save it again as PDF or DOCX")
        }
        return text
    }

    /// Reads to end of file. Past `limit` bytes: with `overflow`, calls it (it kills the
    /// tool) and returns nil; without, keeps reading so the tool never blocks, and keeps
    /// only the first `limit` bytes (for stderr, whose first line is all that is shown).
    private static func drain(_ handle: FileHandle, limit: Int, overflow: (() -> Void)?) -> Data? {
        var data = Data()
        while true {
            let chunk = handle.availableData
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

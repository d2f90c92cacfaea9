// Runs the external programs that read documents (pdftotext, unzip) with a
// time limit, and says which package to install when one is missing.
import Foundation

/// Where the document tools are looked for and how long each may run.
///
/// The core reads no environment variables, so the search path is a value:
/// the usual system directories by default, anything in tests.
public struct ResumeDocumentTools: Sendable {
    public var searchDirectories: [URL]
    /// A stuck or hostile document must not hang a command.
    public var timeout: Duration

    public init(
        searchDirectories: [URL] = ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"].map {
            URL(fileURLWithPath: $0, isDirectory: true)
        },
        timeout: Duration = .seconds(30)
    ) {
        self.searchDirectories = searchDirectories
        self.timeout = timeout
    }

    /// The tool's standard output; a missing tool names its package, a failure its first stderr line.
    func run(_ tool: String, package: String, _ arguments: [String]) throws -> Data {
        guard
            let executable = searchDirectories.map({ $0.appendingPathComponent(tool) }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0.path)
            })
        else { throw ResumeError.toolMissing(tool, package: package) }
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
        try process.run()
        // Both pipes are drained while the tool runs, so a large output cannot block it.
        let collected = CollectedOutput()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) {
            collected.setOut(output.fileHandleForReading.readDataToEndOfFile())
        }
        DispatchQueue.global().async(group: readers) {
            collected.setErr(errors.fileHandleForReading.readDataToEndOfFile())
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            finished.wait()
            readers.wait()
            throw ResumeError(
                .extractionFailed, "\(tool) did not finish within \(timeout)",
                remedy: "check the file opens in a viewer; a damaged or huge document can hang it")
        }
        readers.wait()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: collected.err, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw ResumeError(
                .extractionFailed,
                "\(tool) could not read the file: \(message ?? "exit status \(process.terminationStatus)")",
                remedy: "check the file opens in a viewer, or save it again as PDF or DOCX")
        }
        return collected.out
    }
}

/// The two pipes' bytes, written by the reader threads and read once both are done.
private final class CollectedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outData = Data()
    private var errData = Data()

    func setOut(_ data: Data) { lock.withLock { outData = data } }
    func setErr(_ data: Data) { lock.withLock { errData = data } }
    var out: Data { lock.withLock { outData } }
    var err: Data { lock.withLock { errData } }
}

// Runs the external programs that read documents (pdftotext, unzip) through
// the services' process runner with a time limit, and says which package to install when one is missing.
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

    /// The tool's standard output, run through `runner` (the services' process runner);
    /// a missing tool names its package, a failure its first stderr line.
    func run(_ tool: String, package: String, _ arguments: [String], runner: any ProcessRunner) throws -> Data {
        guard
            let executable = searchDirectories.map({ $0.appendingPathComponent(tool) }).first(where: {
                FileManager.default.isExecutableFile(atPath: $0.path)
            })
        else { throw JobHuntError.resumeToolMissing(tool, package: package) }
        let limit = maximumOutput
        let result: ProcessResult
        do {
            result = try runner.run(
                ProcessCommand(
                    executable.path, arguments, environment: ["LC_ALL": "C.UTF-8"],
                    output: .capture(limit: limit, errorLimit: 64 * 1024), timeout: timeout))
        } catch {
            throw JobHuntError(
                .resumeExtractionFailed, "cannot run \(executable.path): \(error.reason)",
                remedy: "reinstall the \(package) package")
        }
        switch result.ending {
        case .timedOut:
            throw JobHuntError(
                .resumeExtractionFailed, "\(tool) did not finish within \(timeout)",
                remedy: "check the file opens in a viewer; a damaged or huge document can hang it")
        case .outputExceeded:
            throw JobHuntError(
                .resumeExtractionFailed, "\(tool) produced more than \(limit / 1024 / 1024) MiB of text",
                remedy: "a resume is a few pages; check that this is the right file")
        case .exited:
            break
        }
        guard result.status == 0 else {
            throw JobHuntError(
                .resumeExtractionFailed,
                "\(tool) could not read the file: \(result.firstErrorLine ?? "exit status \(result.status)")",
                remedy: "check the file opens in a viewer, or save it again as PDF or DOCX")
        }
        return result.output
    }
}

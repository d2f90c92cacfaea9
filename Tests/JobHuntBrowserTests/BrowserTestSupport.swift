// Whether these tests can drive a real headless Chromium, and small helpers they share.
// With CI=true a missing chromium or chromedriver fails the tests (Browser.start throws
// `missingProgram`); elsewhere the suites skip, saying what to install.
import Foundation
import JobHuntBrowser
import JobHuntIO
import JobHuntTesting
import Testing

/// Every suite that drives Chromium, one at a time: they count processes, and two
/// browsers at once on a 2-core machine only slow each other down.
@Suite(.serialized) enum BrowserSuites {}

enum BrowserTests {
    /// The configuration the tests drive Chromium with: PATH plus the standard folders.
    static var configuration: BrowserConfiguration {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return BrowserConfiguration(searchPath: path + BrowserConfiguration.standardSearchPath)
    }

    /// True when both programs are installed, or when CI=true (so a missing one fails).
    static var canRun: Bool {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        return (try? configuration.resolveChromium()) != nil && (try? configuration.resolveChromedriver()) != nil
    }

    static let skipReason: Comment =
        "chromium and chromedriver are not installed: run scripts/setup (apt-get install chromium chromium-driver)"

    /// Runs a program (pdftotext, pdfinfo) and returns its standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = try output.fileHandleForReading.readToEndRetryingInterrupts()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether any live (not zombie) process is left in process group `group`, by `ps`.
    static func groupIsAlive(_ group: pid_t) throws -> Bool {
        try run("ps", ["-eo", "pgid=,stat="]).split(separator: "\n").contains { line in
            let columns = line.split(separator: " ")
            return columns.count == 2 && pid_t(columns[0]) == group && !columns[1].hasPrefix("Z")
        }
    }
}

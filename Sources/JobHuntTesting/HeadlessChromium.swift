// Headless Chromium for tests that check a page really renders: a
// screenshot, the DOM after load, and the console messages it logged.
// Missing Chromium is a failure when CI=true (scripts/setup installs it),
// and the test is left out elsewhere.
import Foundation

/// Renders local HTML files with headless Chromium.
package enum HeadlessChromium {
    /// `$JOBHUNT_CHROMIUM`, else the first of chromium, chromium-browser,
    /// google-chrome on `PATH`; nil when none is there.
    package static var executable: URL? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["JOBHUNT_CHROMIUM"], !given.isEmpty { return URL(fileURLWithPath: given) }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Whether a test that needs Chromium runs: when it is installed, and always on CI (so it fails there).
    package static var shouldRun: Bool {
        executable != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// What one page load produced.
    package struct Render: Sendable {
        /// The PNG screenshot's bytes.
        package var screenshot: Data
        /// The DOM after load (`--dump-dom`).
        package var dom: String
        /// Lines Chromium logged from the page's console (`CONSOLE` in its log).
        package var consoleMessages: [String]
    }

    /// Loads `file` twice (a screenshot, then the DOM), with no network access
    /// beyond the file itself.
    package static func render(_ file: URL, width: Int = 1200, height: Int = 1600) throws -> Render {
        guard let chromium = executable else {
            throw TestServices.ServiceUnavailable(
                "no Chromium (chromium, chromium-browser or google-chrome on PATH, or JOBHUNT_CHROMIUM): run scripts/setup"
            )
        }
        let directory = try TemporaryDirectory(prefix: "jobhunt-chromium")
        let png = directory.file("page.png")
        let common = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(directory.file("profile").path)", "--enable-logging=stderr", "--v=0",
            "--proxy-server=127.0.0.1:9", "--window-size=\(width),\(height)",
        ]
        let shot = try CommandRunner.runShell(
            "exec \"$CHROMIUM\" $ARGS --screenshot=\"$PNG\" \"$URL\"",
            environment: [
                "CHROMIUM": chromium.path, "ARGS": common.joined(separator: " "), "PNG": png.path,
                "URL": file.absoluteString, "HOME": directory.path,
            ])
        guard shot.status == 0, let screenshot = FileManager.default.contents(atPath: png.path) else {
            throw TestServices.ServiceUnavailable("chromium could not take a screenshot: \(shot.stderr.suffix(2000))")
        }
        let dump = try CommandRunner.runShell(
            "exec \"$CHROMIUM\" $ARGS --dump-dom \"$URL\"",
            environment: [
                "CHROMIUM": chromium.path, "ARGS": common.joined(separator: " "), "URL": file.absoluteString,
                "HOME": directory.path,
            ])
        let console = (shot.stderr + dump.stderr).split(separator: "\n").filter { $0.contains("CONSOLE") }.map(
            String.init)
        return Render(screenshot: screenshot, dom: dump.stdout, consoleMessages: console)
    }
}

// A headless Chromium ready for commands: chromedriver, one session, and a
// private user-data-dir, all torn down together.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// chromedriver plus one headless Chromium session with a throwaway profile.
///
/// ```swift
/// let browser = try Browser.start(BrowserConfiguration())
/// defer { browser.close() }
/// try browser.session.navigate(to: "https://example.com/")
/// ```
public final class Browser: @unchecked Sendable {
    public let session: WebDriverSession
    public let configuration: BrowserConfiguration
    let driver: ChromeDriverProcess
    /// The temporary user-data-dir: no cookies or history outlive the session.
    let profile: URL
    private let lock = NSLock()
    private var closed = false

    private init(
        session: WebDriverSession, configuration: BrowserConfiguration, driver: ChromeDriverProcess, profile: URL
    ) {
        self.session = session
        self.configuration = configuration
        self.driver = driver
        self.profile = profile
    }

    /// Finds the programs, starts chromedriver and opens a headless session.
    public static func start(_ configuration: BrowserConfiguration) throws(BrowserError) -> Browser {
        let chromedriver = try configuration.resolveChromedriver()
        let chromium = try configuration.resolveChromium()
        let temporary = configuration.temporaryDirectory ?? FileManager.default.temporaryDirectory
        let profile = temporary.appendingPathComponent("jobhunt-chromium-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: profile, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .file(path: profile.path, reason: error.localizedDescription)
        }
        let driver: ChromeDriverProcess
        do throws(BrowserError) {
            driver = try ChromeDriverProcess(
                executable: chromedriver, startupTimeout: configuration.startupTimeout,
                runner: configuration.processRunner)
        } catch {
            try? FileManager.default.removeItem(at: profile)
            throw error
        }
        let client = WebDriverClient(
            baseURL: driver.baseURL, commandTimeout: configuration.pageLoadTimeout + .seconds(30))
        do throws(BrowserError) {
            let session = try WebDriverSession.create(
                client, capabilities: capabilities(chromium: chromium, profile: profile, configuration))
            try session.setTimeouts(pageLoad: configuration.pageLoadTimeout, script: configuration.scriptTimeout)
            return Browser(session: session, configuration: configuration, driver: driver, profile: profile)
        } catch {
            teardown(driver: driver, profile: profile)
            throw error
        }
    }

    /// The W3C capabilities for a headless Chromium on `profile`. Nothing here disguises
    /// automation: no user-agent or fingerprint changes, no proxy (docs/browser.md).
    static func capabilities(chromium: String, profile: URL, _ configuration: BrowserConfiguration) -> JSONValue {
        var arguments: [JSONValue] = [
            "--headless=new", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", .string("--user-data-dir=\(profile.path)"),
            .string("--window-size=\(configuration.windowWidth),\(configuration.windowHeight)"),
        ]
        // Chromium refuses to start its sandbox as root; containers and CI run as root.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        return [
            "alwaysMatch": [
                "browserName": "chrome",
                "pageLoadStrategy": "normal",
                // A surprise dialog is dismissed and reported rather than left blocking every command.
                "unhandledPromptBehavior": "dismiss and notify",
                "goog:chromeOptions": ["binary": .string(chromium), "args": .array(arguments)],
            ]
        ]
    }

    /// Ends the session, kills chromedriver's group and any straggler using the profile,
    /// and deletes the profile. Safe to call twice; deinit calls it.
    public func close() {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        // Politely first, so Chromium flushes nothing half-written; the kills follow regardless.
        try? session.delete()
        Self.teardown(driver: driver, profile: profile)
    }

    deinit { close() }

    private static func teardown(driver: ChromeDriverProcess, profile: URL) {
        driver.close()
        ProcessSweep.kill(mentioning: "--user-data-dir=\(profile.path)")
        try? FileManager.default.removeItem(at: profile)
    }

    /// The processes still running that use this browser's profile; empty after ``close()``.
    package var processesUsingProfile: [pid_t] {
        ProcessSweep.processes(mentioning: "--user-data-dir=\(profile.path)").filter { !ProcessSweep.isZombie($0) }
    }

    /// chromedriver's process group id.
    package var driverProcessGroup: pid_t { driver.pid }
}

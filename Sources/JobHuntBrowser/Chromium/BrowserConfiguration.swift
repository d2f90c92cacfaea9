// Where the browser programs are and how long to wait for them: values the
// caller resolves (the CLI from settings and PATH), never read here.
import Foundation
public import JobHuntIO

/// How to find and drive Chromium. The layer reads no environment variable:
/// the caller passes `searchPath` (the CLI splits `PATH`) and any configured paths.
public struct BrowserConfiguration: Sendable {
    /// chromedriver's path; `nil` searches `searchPath` for `chromedriver`.
    public var chromedriverPath: String?
    /// Chromium's path; `nil` searches `searchPath` for the names in ``chromiumNames``.
    public var chromiumPath: String?
    /// Folders searched in order when a path is not configured.
    public var searchPath: [String]
    /// How long chromedriver may take to answer `/status` as ready.
    public var startupTimeout: Duration
    /// How long a page may take to load.
    public var pageLoadTimeout: Duration
    /// How long an executed script may run.
    public var scriptTimeout: Duration
    /// The window (and so screenshot) size in CSS pixels.
    public var windowWidth: Int
    public var windowHeight: Int
    /// Where the temporary user-data-dir and page files go; `nil` is the system temp folder.
    public var temporaryDirectory: URL?
    /// What starts chromedriver: the kernel's `services.processRunner` in the product.
    public var processRunner: any ProcessRunner

    /// Debian's chromium and the names Google's packages use.
    public static let chromiumNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// The folders searched when the caller gives none.
    public static let standardSearchPath = ["/usr/local/bin", "/usr/bin", "/bin", "/snap/bin"]

    public init(
        chromedriverPath: String? = nil, chromiumPath: String? = nil,
        searchPath: [String] = BrowserConfiguration.standardSearchPath, startupTimeout: Duration = .seconds(30),
        pageLoadTimeout: Duration = .seconds(60), scriptTimeout: Duration = .seconds(30), windowWidth: Int = 1280,
        windowHeight: Int = 1600, temporaryDirectory: URL? = nil,
        processRunner: any ProcessRunner = SystemProcessRunner()
    ) {
        self.chromedriverPath = chromedriverPath
        self.chromiumPath = chromiumPath
        self.searchPath = searchPath
        self.startupTimeout = startupTimeout
        self.pageLoadTimeout = pageLoadTimeout
        self.scriptTimeout = scriptTimeout
        self.windowWidth = windowWidth
        self.windowHeight = windowHeight
        self.temporaryDirectory = temporaryDirectory
        self.processRunner = processRunner
    }

    /// The chromedriver to run, or `missingProgram` naming where it looked.
    public func resolveChromedriver() throws(BrowserError) -> String {
        try Self.resolve(configured: chromedriverPath, names: ["chromedriver"], in: searchPath)
    }

    /// The Chromium to run, or `missingProgram` naming where it looked.
    public func resolveChromium() throws(BrowserError) -> String {
        try Self.resolve(configured: chromiumPath, names: Self.chromiumNames, in: searchPath)
    }

    static func resolve(configured: String?, names: [String], in folders: [String]) throws(BrowserError) -> String {
        let files = FileManager.default
        if let configured, !configured.isEmpty {
            guard files.isExecutableFile(atPath: configured) else {
                throw .missingProgram(name: (configured as NSString).lastPathComponent, searched: configured)
            }
            return configured
        }
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = (folder as NSString).appendingPathComponent(name)
                if files.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw .missingProgram(name: names[0], searched: folders.joined(separator: ":"))
    }
}

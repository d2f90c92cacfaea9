// The browser layer's one error type: a missing program, a driver that would not
// start, the wire, or an error the WebDriver remote end reported.
import Foundation
public import JobHuntErrors
public import JobHuntIO

/// What went wrong driving Chromium. A form that cannot be filled or a page that
/// blocks automation is not an error: it is a ``FormOutcome``.
public enum BrowserError: Error, Equatable, Sendable {
    /// A program (`chromium`, `chromedriver`) is not installed where it was looked for.
    case missingProgram(name: String, searched: String)
    /// chromedriver started but never answered `/status` as ready, or exited.
    case driverDidNotStart(detail: String)
    /// The HTTP exchange with chromedriver failed before any answer.
    case transport(HTTPError)
    /// The remote end answered with a W3C error body.
    case webDriver(WebDriverError)
    /// The remote end answered with something that is not a WebDriver answer.
    case malformedResponse(command: String, detail: String)
    /// A local file (a page to print, a file to upload) could not be used.
    case file(path: String, reason: String)
    /// A wait (for a page to load or settle) ran out.
    case timedOut(what: String)
    /// The page has no form (or no submit control) the filler can work with.
    case formNotFound(detail: String)
}

/// A W3C WebDriver error: the `error` code of the body, its message's first line,
/// and the HTTP status. https://www.w3.org/TR/webdriver2/#errors
public struct WebDriverError: Error, Equatable, Sendable {
    public var code: WebDriverErrorCode
    public var message: String
    public var httpStatus: Int

    public init(code: WebDriverErrorCode, message: String, httpStatus: Int) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
    }
}

/// The error codes of the W3C table that jobhunt reacts to; the rest keep their text.
public enum WebDriverErrorCode: Equatable, Sendable {
    case noSuchElement, staleElementReference, elementNotInteractable, elementClickIntercepted
    case invalidArgument, invalidSelector, invalidSessionID, sessionNotCreated
    case javascriptError, scriptTimeout, timeout, noSuchWindow, unexpectedAlertOpen
    case unknownCommand, unknownError, unsupportedOperation
    case other(String)

    public init(_ text: String) {
        switch text {
        case "no such element": self = .noSuchElement
        case "stale element reference": self = .staleElementReference
        case "element not interactable": self = .elementNotInteractable
        case "element click intercepted": self = .elementClickIntercepted
        case "invalid argument": self = .invalidArgument
        case "invalid selector": self = .invalidSelector
        case "invalid session id": self = .invalidSessionID
        case "session not created": self = .sessionNotCreated
        case "javascript error": self = .javascriptError
        case "script timeout": self = .scriptTimeout
        case "timeout": self = .timeout
        case "no such window": self = .noSuchWindow
        case "unexpected alert open": self = .unexpectedAlertOpen
        case "unknown command": self = .unknownCommand
        case "unknown error": self = .unknownError
        case "unsupported operation": self = .unsupportedOperation
        default: self = .other(text)
        }
    }
}

extension BrowserError: DescribedError {
    public var problem: String {
        switch self {
        case .missingProgram(let name, let searched): "\(name) is not installed (looked in \(searched))"
        case .driverDidNotStart(let detail): "chromedriver did not start: \(detail)"
        case .transport(let error): "talking to chromedriver failed: \(error.problem)"
        case .webDriver(let error): "the browser refused a command (\(error.httpStatus)): \(error.message)"
        case .malformedResponse(let command, let detail): "chromedriver's answer to \(command) is unreadable: \(detail)"
        case .file(let path, let reason): "cannot use \(path): \(reason)"
        case .timedOut(let what): "timed out waiting for \(what)"
        case .formNotFound(let detail): "no application form to fill: \(detail)"
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .missingProgram:
            "run scripts/setup, or apt-get install chromium chromium-driver"
        case .webDriver(let error) where error.code == .sessionNotCreated:
            "check that chromium and chromium-driver are installed and the same version (apt-get install chromium chromium-driver)"
        case .driverDidNotStart:
            "check that chromium and chromium-driver are the same version (apt-get install chromium chromium-driver)"
        case .formNotFound:
            "open the page in a browser and finish the application by hand"
        case .transport, .malformedResponse, .webDriver, .timedOut:
            "try again; if it persists, open the page in a browser and finish by hand"
        case .file:
            "check that the file exists and that you may read it"
        }
    }
}

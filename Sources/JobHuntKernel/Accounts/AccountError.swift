// Failures of account and session operations, in words a person can act on.
import Foundation

/// Why an account operation failed.
///
/// Login failures never say whether the e-mail exists: the same message
/// covers an unknown address and a wrong password.
package struct AccountError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case invalidEmail, emailTaken, badCredentials, disabled, notLoggedIn, sessionExpired, weakPassword
        case unknownUser, invalidName
    }

    package var code: Code
    package var problem: String
    package var remedy: String?

    package init(_ code: Code, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    package var errorDescription: String? { problem }
    package var recoverySuggestion: String? { remedy }

    static func invalidEmail(_ text: String) -> AccountError {
        AccountError(
            .invalidEmail, "'\(text)' is not a valid e-mail address", remedy: "use an address such as name@example.com")
    }

    static let badCredentials = AccountError(
        .badCredentials, "wrong e-mail or password", remedy: "check both; `jobhunt user passwd` sets a new password")

    package static func notLoggedIn(embedded: Bool) -> AccountError {
        AccountError(
            .notLoggedIn, "not logged in",
            remedy: embedded
                ? "run `jobhunt login`, or `jobhunt init` to create the local user" : "run `jobhunt login --email YOU`")
    }
}

// The accounts' and sessions' error codes and the errors they make, in words a person can act on.

/// Login failures never say whether the e-mail exists: the same message
/// covers an unknown address and a wrong password.
extension JobHuntError.Code {
    package static let accountInvalidEmail = Self("accountInvalidEmail")
    package static let accountEmailTaken = Self("accountEmailTaken")
    package static let accountBadCredentials = Self("accountBadCredentials")
    package static let accountDisabled = Self("accountDisabled")
    package static let accountNotLoggedIn = Self("accountNotLoggedIn")
    package static let accountSessionExpired = Self("accountSessionExpired")
    package static let accountWeakPassword = Self("accountWeakPassword")
    package static let accountUnknownUser = Self("accountUnknownUser")
    package static let accountInvalidName = Self("accountInvalidName")
}

extension JobHuntError {
    static func accountInvalidEmail(_ text: String) -> JobHuntError {
        JobHuntError(
            .accountInvalidEmail, "'\(text)' is not a valid e-mail address",
            remedy: "use an address such as name@example.com")
    }

    static let accountBadCredentials = JobHuntError(
        .accountBadCredentials, "wrong e-mail or password", remedy: "check both; \(.setPassword) sets a new password")

    package static func accountNotLoggedIn(embedded: Bool) -> JobHuntError {
        JobHuntError(
            .accountNotLoggedIn, "not logged in",
            remedy: embedded
                ? "run \(.logIn), or \(.createLocalUser) to create the local user" : "run \(.logInWithEmail)")
    }
}

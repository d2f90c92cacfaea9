// The accounts' and sessions' error codes and the errors they make, in words a person can act on.

/// Login failures never say whether the e-mail exists: the same message
/// covers an unknown address and a wrong password.
extension JobHuntError.Code {
    public static let accountInvalidEmail = Self("accountInvalidEmail")
    public static let accountEmailTaken = Self("accountEmailTaken")
    public static let accountBadCredentials = Self("accountBadCredentials")
    public static let accountDisabled = Self("accountDisabled")
    public static let accountNotLoggedIn = Self("accountNotLoggedIn")
    public static let accountSessionExpired = Self("accountSessionExpired")
    public static let accountWeakPassword = Self("accountWeakPassword")
    public static let accountUnknownUser = Self("accountUnknownUser")
    public static let accountInvalidName = Self("accountInvalidName")
}

extension JobHuntError {
    static func accountInvalidEmail(_ text: String) -> JobHuntError {
        JobHuntError(
            .accountInvalidEmail, "'\(text)' is not a valid e-mail address",
            remedy: "use an address such as name@example.com")
    }

    static let accountBadCredentials = JobHuntError(
        .accountBadCredentials, "wrong e-mail or password", remedy: "check both; \(.setPassword) sets a new password")

    public static func accountNotLoggedIn(embedded: Bool) -> JobHuntError {
        JobHuntError(
            .accountNotLoggedIn, "not logged in",
            remedy: embedded
                ? "run \(.logIn), or \(.createLocalUser) to create the local user" : "run \(.logInWithEmail)")
    }
}

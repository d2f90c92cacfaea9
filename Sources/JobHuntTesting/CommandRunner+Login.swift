// An account made and logged in through the binary, as a person on a shared
// database does (`user add`, then `login --print-token`): the end-to-end
// suites act as several users this way.
import Foundation

extension CommandRunner {
    /// A `user add` or `login` that did not succeed, with what it printed.
    package struct LoginFailed: Error, CustomStringConvertible {
        package let description: String
    }

    /// Creates the account `email` with `password`, logs it in, and returns
    /// `environment` plus the `JOBHUNT_SESSION` that acts as it.
    ///
    /// - Throws: ``LoginFailed`` naming the command and its stderr when either fails.
    package static func logIn(
        _ email: String, password: String = "long enough secret", environment: [String: String]
    ) throws -> [String: String] {
        let stdin = password + "\n"
        let add = try run(
            ["user", "add", "--email", email, "--password-stdin"], environment: environment, stdin: stdin)
        guard add.status == 0 else { throw LoginFailed(description: "user add \(email): \(add.stderr)") }
        let login = try run(
            ["login", "--email", email, "--password-stdin", "--print-token"], environment: environment, stdin: stdin)
        guard login.status == 0 else { throw LoginFailed(description: "login \(email): \(login.stderr)") }
        var acting = environment
        acting["JOBHUNT_SESSION"] = login.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return acting
    }
}

// The things an error can ask a person to run, named by what they do rather
// than how the command line spells them.
import Foundation

/// A command a ``Remedy`` points to: an identifier and the values the command
/// line needs. The CLI spells each identifier (`RemedyText` in JobHuntCLI), so
/// renaming a command or an option changes one line there and no message
/// below the CLI.
///
/// The set is open: each target declares the hints its own errors use, as
/// static members in a file of its own (`ApplicationHints.swift`), so adding a
/// feature's hint changes no type in this bottom target and recompiles nothing
/// below that feature. A test in JobHuntCLITests finds every declaration in
/// `Sources/` and fails when one has no spelling, so no hint reaches a person as
/// its raw identifier.
///
/// ```swift
/// extension CommandHint {
///     package static let listApplications = CommandHint("listApplications")
///     package static func applicationHistory(application: String) -> CommandHint {
///         CommandHint("applicationHistory", ["application": application])
///     }
/// }
/// ```
public struct CommandHint: Sendable, Hashable, CustomStringConvertible {
    /// What to run, `listApplications`: the key the CLI's spelling is found by.
    public let id: String
    /// The values the spelled command needs, by the name its spelling uses.
    public let arguments: [String: String]

    /// Declare hints through static members (one per command), not at the use site:
    /// the spelling test finds them by this initialiser and a string literal.
    public init(_ id: String, _ arguments: [String: String] = [:]) {
        self.id = id
        self.arguments = arguments
    }

    /// `logInAs(email: a@example.com)`: for logs and test failures, not for people.
    public var description: String {
        guard !arguments.isEmpty else { return id }
        let values = arguments.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return "\(id)(\(values.joined(separator: ", ")))"
    }
}

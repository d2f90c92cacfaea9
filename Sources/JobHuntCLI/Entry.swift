// The CLI's entry point: parse, run, map errors to one line and an exit status.
import Foundation

/// Runs jobhunt as a program; `main.swift` calls this and nothing else.
public enum Entry {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// Runs one invocation and returns its exit status.
    public static func run(arguments: [String], environment: [String: String]) -> ExitStatus {
        .success
    }
}

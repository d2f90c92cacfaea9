// How to fix an error, as text with commands left as hints for the CLI to spell.
import Foundation

/// How to fix an error: text, with the commands to run kept as ``CommandHint``s.
///
/// Write it as a string; interpolate a hint where the command goes:
///
/// ```swift
/// let remedy: Remedy = "run \(.migrateUp)"
/// remedy.text { _ in "`jobhunt migrate up`" }  // "run `jobhunt migrate up`"
/// ```
///
/// Only the CLI knows how a command is spelled (`RemedyText` in JobHuntCLI), so
/// the layers and features below it never name one.
public struct Remedy: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A run of text, or a command to run.
    public enum Part: Sendable, Hashable {
        case text(String)
        case command(CommandHint)
    }

    public private(set) var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// Plain text, with no command in it.
    public init(_ text: String) { self.parts = text.isEmpty ? [] : [.text(text)] }

    public init(stringLiteral value: String) { self.init(value) }

    public init(stringInterpolation: StringInterpolation) { self.parts = stringInterpolation.parts }

    /// The commands the remedy points to, in order.
    public var hints: [CommandHint] {
        parts.compactMap { if case .command(let hint) = $0 { hint } else { nil } }
    }

    /// The remedy as text, with `command` spelling each hint.
    public func text(command: (CommandHint) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .command(let hint): command(hint)
            }
        }.joined()
    }

    /// Hints in a neutral form, `<migrateUp>`: for logs and test failures, not for people.
    public var description: String { text { "<\($0)>" } }

    public struct StringInterpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { appendText(literal) }

        /// A command, spelled by the CLI.
        public mutating func appendInterpolation(_ hint: CommandHint) { parts.append(.command(hint)) }

        /// Any other value, as `String(describing:)` would write it. Optionals do not
        /// conform, so `Optional("x")` cannot slip into a message.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            appendText(value.description)
        }

        private mutating func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let previous) = parts.last {
                parts[parts.count - 1] = .text(previous + text)
            } else {
                parts.append(.text(text))
            }
        }
    }
}

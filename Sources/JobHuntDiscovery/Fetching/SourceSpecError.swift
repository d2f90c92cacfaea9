// The errors a `--source KIND:ARG` can have, each saying how to write it instead.
import Foundation
import JobHuntKernel

/// A source specification that cannot be used; found before any request is made.
package enum SourceSpecError: Error, Equatable, Sendable {
    /// No `KIND:` prefix at all.
    case missingKind(String)
    /// The kind is not one jobhunt knows; the nearest known kind when there is one.
    case unknownKind(String, suggestion: SourceKind?)
    /// The kind needs an argument (a token, URL or path) and got none.
    case missingArgument(SourceKind)
    /// A board or site token with characters no board name has.
    case invalidToken(SourceKind, String)
    /// An http(s) argument that is not a URL with a host.
    case invalidURL(SourceKind, String)
    /// A URL scheme other than http, https or file.
    case unsupportedScheme(SourceKind, String)
}

extension SourceSpecError: LocalizedError {
    package var errorDescription: String? {
        switch self {
        case .missingKind(let text):
            return "source '\(text)' has no kind"
        case .unknownKind(let kind, let suggestion):
            return "unknown source kind '\(kind)'" + (suggestion.map { " (did you mean '\($0.rawValue)'?)" } ?? "")
        case .missingArgument(let kind):
            return "source kind '\(kind.rawValue)' needs an argument"
        case .invalidToken(let kind, let token):
            return "'\(token)' is not a valid \(kind.rawValue) board name"
        case .invalidURL(let kind, let text):
            return "'\(text)' is not a valid URL for \(kind.rawValue)"
        case .unsupportedScheme(let kind, let scheme):
            return "\(kind.rawValue) cannot read '\(scheme):' URLs"
        }
    }

    package var recoverySuggestion: String? {
        let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
        switch self {
        case .missingKind, .unknownKind:
            return "write KIND:ARG with KIND one of \(kinds)"
        case .missingArgument(let kind), .invalidToken(let kind, _):
            return "write \(kind.rawValue):NAME with the board name from its URL, or a full https:// URL"
        case .invalidURL:
            return "write a full URL such as https://example.com/jobs"
        case .unsupportedScheme:
            return "use an http:// or https:// URL, or a local file path"
        }
    }
}

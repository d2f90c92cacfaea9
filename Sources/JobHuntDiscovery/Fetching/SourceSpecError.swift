// The error codes a `--source KIND:ARG` can have, each saying how to write it instead.
// They are found before any request is made.
import JobHuntKernel

extension JobHuntError.Code {
    /// No `KIND:` prefix at all.
    package static let sourceSpecMissingKind = Self("sourceSpecMissingKind")
    /// The kind is not one jobhunt knows.
    package static let sourceSpecUnknownKind = Self("sourceSpecUnknownKind")
    /// The kind needs an argument (a token, URL or path) and got none.
    package static let sourceSpecMissingArgument = Self("sourceSpecMissingArgument")
    /// A board or site token with characters no board name has.
    package static let sourceSpecInvalidToken = Self("sourceSpecInvalidToken")
    /// An http(s) argument that is not a URL with a host.
    package static let sourceSpecInvalidURL = Self("sourceSpecInvalidURL")
    /// A URL scheme other than http, https or file.
    package static let sourceSpecUnsupportedScheme = Self("sourceSpecUnsupportedScheme")
}

extension JobHuntError {
    /// True for the errors of a `KIND:ARG` that is not a source, which the CLI
    /// reports as a usage error wherever the text came from.
    package var isSourceSpec: Bool {
        [
            .sourceSpecMissingKind, .sourceSpecUnknownKind, .sourceSpecMissingArgument, .sourceSpecInvalidToken,
            .sourceSpecInvalidURL, .sourceSpecUnsupportedScheme,
        ].contains(code)
    }

    private static var kindRemedy: Remedy {
        "write KIND:ARG with KIND one of \(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    private static func boardRemedy(_ kind: SourceKind) -> Remedy {
        switch kind {
        case .workday:
            "write workday:TENANT/SITE or workday:HOST/TENANT/SITE (from https://TENANT.wd5.myworkdayjobs.com/SITE)"
        case .hn: "write hn:YYYY-MM, the month of the \"Who is hiring?\" thread, e.g. hn:2026-03"
        default: "write \(kind.rawValue):NAME with the board name from its URL, or a full https:// URL"
        }
    }

    package static func sourceSpecMissingKind(_ text: String) -> JobHuntError {
        JobHuntError(.sourceSpecMissingKind, "source '\(text)' has no kind", remedy: kindRemedy)
    }

    /// `suggestion` is the nearest known kind, when there is one.
    package static func sourceSpecUnknownKind(_ kind: String, suggestion: SourceKind?) -> JobHuntError {
        JobHuntError(
            .sourceSpecUnknownKind,
            "unknown source kind '\(kind)'" + (suggestion.map { " (did you mean '\($0.rawValue)'?)" } ?? ""),
            remedy: kindRemedy)
    }

    package static func sourceSpecMissingArgument(_ kind: SourceKind) -> JobHuntError {
        JobHuntError(
            .sourceSpecMissingArgument, "source kind '\(kind.rawValue)' needs an argument", remedy: boardRemedy(kind))
    }

    package static func sourceSpecInvalidToken(_ kind: SourceKind, _ token: String) -> JobHuntError {
        JobHuntError(
            .sourceSpecInvalidToken, "'\(token)' is not a valid \(kind.rawValue) board name", remedy: boardRemedy(kind))
    }

    package static func sourceSpecInvalidURL(_ kind: SourceKind, _ text: String) -> JobHuntError {
        JobHuntError(
            .sourceSpecInvalidURL, "'\(text)' is not a valid URL for \(kind.rawValue)",
            remedy: "write a full URL such as https://example.com/jobs")
    }

    package static func sourceSpecUnsupportedScheme(_ kind: SourceKind, _ scheme: String) -> JobHuntError {
        JobHuntError(
            .sourceSpecUnsupportedScheme, "\(kind.rawValue) cannot read '\(scheme):' URLs",
            remedy: "use an http:// or https:// URL, or a local file path")
    }
}

// Parses and validates `--source KIND:ARG`, so a typo fails before any request is made.
import Foundation
import JobHuntKernel

/// One source to fetch: its kind and what the argument names.
///
/// ```swift
/// let spec = try SourceSpec(parsing: "greenhouse:tessellate")
/// ```
package struct SourceSpec: Sendable, Equatable, CustomStringConvertible {
    /// Where the documents come from.
    package enum Target: Sendable, Equatable {
        /// A board, site or organisation token, put into the kind's configured API URL.
        case token(String)
        /// A full http(s) URL, fetched as given (an API URL, a page or a feed).
        case url(URL)
        /// A file on this machine.
        case path(String)
        /// The kind's configured URL as is (Remote OK needs no argument).
        case defaultEndpoint
    }

    package var kind: SourceKind
    package var target: Target

    package init(kind: SourceKind, target: Target) {
        self.kind = kind
        self.target = target
    }

    /// Reads `KIND:ARG`; the kind is case-insensitive, the argument is kept as written.
    package init(parsing text: String) throws(JobHuntError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { throw .sourceSpecMissingKind(trimmed) }
        let name = trimmed[..<colon].lowercased()
        let argument = String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        // A bare URL is a spec without its kind, not a kind named "https".
        if name == "http" || name == "https" { throw .sourceSpecMissingKind(trimmed) }
        guard let kind = SourceKind(rawValue: name) else {
            throw .sourceSpecUnknownKind(name, suggestion: Self.closestKind(to: name))
        }
        self.kind = kind
        self.target = try Self.target(of: kind, argument)
    }

    private static func target(of kind: SourceKind, _ argument: String) throws(JobHuntError) -> Target {
        if argument.isEmpty {
            guard kind == .remoteok else { throw .sourceSpecMissingArgument(kind) }
            return .defaultEndpoint
        }
        // Only `scheme://` counts as a URL, so a path with a colon in it stays a path.
        let scheme = argument.range(of: "://").map { argument[..<$0.lowerBound].lowercased() }
        if let scheme, ["http", "https"].contains(scheme) {
            guard let url = URL(string: argument), url.host?.isEmpty == false else {
                throw .sourceSpecInvalidURL(kind, argument)
            }
            // A Workday URL must say which tenant and site it is (the API path, or a careers page).
            if kind == .workday, WorkdayBoard.parse(url: url) == nil { throw .sourceSpecInvalidURL(kind, argument) }
            return .url(url)
        }
        if scheme == "file", let url = URL(string: argument), url.isFileURL { return .path(url.path) }
        switch kind {
        case .greenhouse, .lever, .ashby, .workable, .smartrecruiters, .recruitee, .personio, .teamtailor, .breezy:
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
            guard argument.unicodeScalars.allSatisfy(allowed.contains), !argument.hasPrefix(".") else {
                throw .sourceSpecInvalidToken(kind, argument)
            }
            return .token(argument)
        case .workday:
            guard WorkdayBoard(token: argument) != nil else { throw .sourceSpecInvalidToken(kind, argument) }
            return .token(argument)
        case .hn:
            guard HackerNewsMonth(argument) != nil else { throw .sourceSpecInvalidToken(kind, argument) }
            return .token(argument)
        case .remoteok:
            throw .sourceSpecInvalidURL(kind, argument)
        case .jsonld, .rss, .jobspy, .file:
            if let scheme { throw .sourceSpecUnsupportedScheme(kind, scheme) }
            return .path(argument)
        }
    }

    /// The argument as the user would write it again.
    package var argument: String {
        switch target {
        case .token(let token): token
        case .url(let url): url.absoluteString
        case .path(let path): path
        case .defaultEndpoint: ""
        }
    }

    package var description: String { "\(kind.rawValue):\(argument)" }

    /// What the parsers call the source: the token, URL or path (Lever and Ashby name the company after it).
    package func context(companyName: String? = nil, baseURL: URL? = nil) -> SourceContext {
        let token =
            switch target {
            case .defaultEndpoint: kind.rawValue
            case .url(let url) where kind == .lever || kind == .ashby: url.lastPathComponent
            case .url(let url) where kind == .workday: WorkdayBoard.parse(url: url)?.board.tenant ?? argument
            case .url(let url) where SourceAPI.of(kind)?.company != .path:
                url.host?.split(separator: ".").first.map(String.init) ?? argument
            case .token(let token) where kind == .workday: WorkdayBoard(token: token)?.tenant ?? token
            default: argument
            }
        return SourceContext(token: token, companyName: companyName, baseURL: baseURL)
    }

    /// The kind nearest to a misspelling (at most two edits away), for "did you mean".
    static func closestKind(to name: String) -> SourceKind? {
        let scored = SourceKind.allCases.map { ($0, editDistance(name, $0.rawValue)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}

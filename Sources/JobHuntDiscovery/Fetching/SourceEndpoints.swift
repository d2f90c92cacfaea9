// The public job-board API URLs, configurable so tests (and mirrors) can point them elsewhere.
import Foundation
import JobHuntKernel

/// URL templates for the token-based source kinds; `{token}` is replaced by the
/// percent-encoded board, site or organisation name.
package struct SourceEndpoints: Sendable, Equatable {
    package static let tokenPlaceholder = "{token}"

    package var greenhouse = "https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"
    /// Paged with `skip` and `limit` until a page comes back short.
    package var lever = "https://api.lever.co/v0/postings/{token}?mode=json"
    package var ashby = "https://api.ashbyhq.com/posting-api/job-board/{token}?includeCompensation=true"
    /// Takes no token: the API serves one list.
    package var remoteOK = "https://remoteok.com/api"
    /// Lever's `limit`; a page shorter than this is the last one.
    package var leverPageSize = 100

    package init() {}

    /// The URL a spec's first (or only) document comes from; nil for local files.
    package func url(for spec: SourceSpec) -> String? {
        switch spec.target {
        case .url(let url): return url.absoluteString
        case .path: return nil
        case .token(let token): return template(for: spec.kind).map { Self.fill($0, token) }
        case .defaultEndpoint: return template(for: spec.kind).map { Self.fill($0, "") }
        }
    }

    private func template(for kind: SourceKind) -> String? {
        switch kind {
        case .greenhouse: greenhouse
        case .lever: lever
        case .ashby: ashby
        case .remoteok: remoteOK
        case .jsonld, .rss, .jobspy, .file: nil
        }
    }

    private static func fill(_ template: String, _ token: String) -> String {
        let encoded = token.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? token
        return template.replacingOccurrences(of: tokenPlaceholder, with: encoded)
    }

    /// `url` with Lever's paging parameters appended.
    static func page(_ url: String, skip: Int, limit: Int) -> String {
        url + (url.contains("?") ? "&" : "?") + "skip=\(skip)&limit=\(limit)"
    }
}

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
    /// The base URL of each newer API (workday, workable, …, hn); `SourceAPI` adds the path.
    package var bases: [SourceKind: String] = Self.registryBases
    /// Workday's `limit` in the search body; its public site never shows more than 20 a page.
    package var workdayPageSize = 20
    /// SmartRecruiters' `limit` (its maximum is 100).
    package var smartRecruitersPageSize = 100
    /// At most this many per-posting detail requests per source (Workday, SmartRecruiters);
    /// postings past it keep what the list said. At one request a second this bounds a run.
    package var detailLimit = 1_000

    package init() {}

    /// The URL a spec's first (or only) document comes from; nil for local files.
    package func url(for spec: SourceSpec) -> String? {
        switch spec.target {
        case .url(let url): return url.absoluteString
        case .path: return nil
        case .token(let token):
            if let template = template(for: spec.kind) { return Self.fill(template, token) }
            return apiURL(spec.kind, token: token)
        case .defaultEndpoint: return template(for: spec.kind).map { Self.fill($0, "") }
        }
    }

    /// The board's URL under the configured base of a newer API (nil for the four
    /// template kinds and for kinds without an API).
    package func apiURL(_ kind: SourceKind, token: String) -> String? {
        guard let api = SourceAPI.of(kind), let base = bases[kind] else { return nil }
        switch kind {
        case .workday:
            return WorkdayBoard(token: token).map { $0.searchURL(root: $0.root(base: base)) }
        default:
            return api.url(base: base, token: token)
        }
    }

    private func template(for kind: SourceKind) -> String? {
        switch kind {
        case .greenhouse: greenhouse
        case .lever: lever
        case .ashby: ashby
        case .remoteok: remoteOK
        default: nil
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

    /// The public bases of the kinds that `bases` holds.
    static let registryBases: [SourceKind: String] = Dictionary(
        uniqueKeysWithValues: SourceAPI.all.filter { !templateKinds.contains($0.kind) }.map {
            ($0.kind, $0.defaultBase)
        }
    )

    /// The kinds whose whole URL is a template property (their settings predate the registry).
    static let templateKinds: Set<SourceKind> = [.greenhouse, .lever, .ashby, .remoteok]
}

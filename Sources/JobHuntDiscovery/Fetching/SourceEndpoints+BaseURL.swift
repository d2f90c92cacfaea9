// Each job-board API as a base URL plus the API's own path, so a setting can
// move one API (to a mirror, or to a test server) without restating its path.
import Foundation
import JobHuntKernel

extension SourceEndpoints {
    /// Where each token-based API lives on the public internet.
    package static let defaultBaseURLs: [SourceKind: String] = [
        .greenhouse: "https://boards-api.greenhouse.io",
        .lever: "https://api.lever.co",
        .ashby: "https://api.ashbyhq.com",
        .remoteok: "https://remoteok.com",
    ]

    /// The path (and query) each API answers on, below its base URL.
    static let apiPaths: [SourceKind: String] = [
        .greenhouse: "/v1/boards/{token}/jobs?content=true",
        .lever: "/v0/postings/{token}?mode=json",
        .ashby: "/posting-api/job-board/{token}?includeCompensation=true",
        .remoteok: "/api",
    ]

    /// The public APIs, except those in `baseURLs`, which answer under the given base.
    ///
    ///     SourceEndpoints(baseURLs: [.greenhouse: "http://127.0.0.1:8080/mirror"])
    ///     // greenhouse: http://127.0.0.1:8080/mirror/v1/boards/{token}/jobs?content=true
    ///
    /// A kind without an API (`rss`, `file`, …) is ignored. The CLI checks that
    /// each base is an http(s) URL before it gets here.
    package init(baseURLs: [SourceKind: String]) {
        self.init()
        for (kind, base) in baseURLs {
            guard let path = Self.apiPaths[kind] else { continue }
            let template = Self.trimmingTrailingSlashes(base) + path
            switch kind {
            case .greenhouse: greenhouse = template
            case .lever: lever = template
            case .ashby: ashby = template
            case .remoteok: remoteOK = template
            case .jsonld, .rss, .jobspy, .file: break
            }
        }
    }

    private static func trimmingTrailingSlashes(_ base: String) -> String {
        var base = Substring(base)
        while base.hasSuffix("/") { base = base.dropLast() }
        return String(base)
    }
}

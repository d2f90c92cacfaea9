// Each job-board API as a base URL plus the API's own path, so a setting can
// move one API (to a mirror, or to a test server) without restating its path.
import Foundation
import JobHuntKernel

extension SourceEndpoints {
    /// Where each API lives on the public internet (the registry's defaults).
    package static let defaultBaseURLs: [SourceKind: String] = Dictionary(
        uniqueKeysWithValues: SourceAPI.all.map { ($0.kind, $0.defaultBase) })

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
            guard let api = SourceAPI.of(kind) else { continue }
            let template = SourceAPI.trimmingTrailingSlashes(base) + api.path
            switch kind {
            case .greenhouse: greenhouse = template
            case .lever: lever = template
            case .ashby: ashby = template
            case .remoteok: remoteOK = template
            default: bases[kind] = base
            }
        }
    }
}

// How many postings a board has, in as few requests as its API allows: what a board finder
// needs to say "found, with 12 postings" without reading every posting's detail.
import Foundation
internal import JobHuntIO
import JobHuntKernel

extension SourceFetcher {
    /// The number of postings `spec`'s board lists now; nil when it does not answer as such a
    /// board would (a 404, a page that is not the format, a failure after retries).
    ///
    /// Workday: one search page (its `total`); SmartRecruiters: one list page (`totalFound`);
    /// any other kind: its one document, parsed. Never conditional, never remembered.
    package func count(_ spec: SourceSpec, metrics: inout FetchMetrics) -> Int? {
        do throws(JobHuntError) {
            switch (spec.kind, spec.target) {
            case (.workday, _):
                guard let first = try workday(spec, metrics: &metrics, pages: 1, details: false).first,
                    let page = (try? JSONSerialization.jsonObject(with: first.data)) as? JSONObject,
                    let postings = page.array("jobPostings")
                else { return nil }
                return page.int64("total").map(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? postings.count
            case (.smartrecruiters, .token):
                guard let url = endpoints.url(for: spec),
                    case .body(let data, _, _) = try http.get(
                        url + "?offset=0&limit=\(endpoints.smartRecruitersPageSize)", validators: nil,
                        metrics: &metrics),
                    let page = (try? JSONSerialization.jsonObject(with: data)) as? JSONObject,
                    let content = page.array("content")
                else { return nil }
                return page.int64("totalFound").map(Int.init) ?? content.count
            default:
                guard let url = endpoints.url(for: spec) else { return nil }
                let gate = spec.kind == .jsonld && policy.honourRobots ? robots : nil
                guard
                    case .body(let data, let finalURL, _) = try http.get(
                        url, validators: nil, metrics: &metrics, robots: gate)
                else { return nil }
                let context = spec.context(baseURL: URL(string: finalURL))
                return (try? spec.kind.parser.parse(data, context: context))?.postings.count
            }
        } catch {
            return nil
        }
    }
}

// The sources that take more than one request: Workday (a POSTed search, page by
// page, then each posting's detail), SmartRecruiters (pages, then details) and
// Hacker News (find the month's thread, then read it). Every request goes
// through the same PoliteHTTP, so pacing, retries and metrics are the same as
// for a one-document source.
import Foundation
internal import JobHuntIO
import JobHuntKernel

extension SourceFetcher {
    /// Workday: `POST …/wday/cxs/{tenant}/{site}/jobs` with `{"limit", "offset"}` until a short
    /// page (or `total`, which only the first page states reliably), then `GET` each
    /// posting's `externalPath` below the same root. Documents: the pages, then the details.
    ///
    /// `pages` bounds the search pages and `details: false` skips the details (a board finder counting).
    func workday(_ spec: SourceSpec, metrics: inout FetchMetrics, pages: Int = 500, details: Bool = true)
        throws(JobHuntError) -> [FetchedDocument]
    {
        let root: String
        let board: WorkdayBoard
        switch spec.target {
        case .url(let url):
            guard let parsed = WorkdayBoard.parse(url: url) else {
                throw .fetchInvalidURL(url: url.absoluteString, reason: "it names no Workday tenant and site")
            }
            (root, board) = parsed
        case .token(let token):
            guard let parsed = WorkdayBoard(token: token) else {
                throw .fetchInvalidURL(url: token, reason: "write TENANT/SITE or HOST/TENANT/SITE")
            }
            board = parsed
            root = parsed.root(base: endpoints.bases[.workday] ?? SourceEndpoints.defaultBaseURLs[.workday]!)
        case .path, .defaultEndpoint:
            throw .fetchInvalidURL(url: spec.argument, reason: "workday needs TENANT/SITE or a careers URL")
        }
        let search = board.searchURL(root: root)
        let limit = max(endpoints.workdayPageSize, 1)
        var documents: [FetchedDocument] = []
        var paths: [String] = []
        var total: Int?
        var offset = 0
        while offset < 10_000, documents.count < pages {
            let body = #"{"appliedFacets":{},"limit":\#(limit),"offset":\#(offset),"searchText":""}"#
            guard
                case .body(let data, let finalURL, _) = try http.post(search, json: Data(body.utf8), metrics: &metrics)
            else { break }
            documents.append(FetchedDocument(data: data, location: finalURL))
            let page = (try? JSONSerialization.jsonObject(with: data)) as? JSONObject
            let postings = page?.objects("jobPostings") ?? []
            paths += postings.compactMap { $0.nonBlank("externalPath") }
            // Later pages often say `"total": 0`; the first page's count is the one to trust.
            if total == nil { total = page?.int64("total").map(Int.init) }
            offset += limit
            if postings.count < limit { break }
            if let total, total > 0, offset >= total { break }
        }
        for path in paths.prefix(details ? endpoints.detailLimit : 0) {
            if let detail = try detail(board.detailURL(root: root, externalPath: path), metrics: &metrics) {
                documents.append(detail)
            }
        }
        return documents
    }

    /// SmartRecruiters: `GET …/postings?offset=N&limit=N` until `totalFound` (or a short page),
    /// then `GET …/postings/{id}` for each, which adds the job ad's sections and the posting URL.
    func smartRecruiters(_ url: String, metrics: inout FetchMetrics) throws(JobHuntError) -> [FetchedDocument] {
        let limit = max(endpoints.smartRecruitersPageSize, 1)
        var documents: [FetchedDocument] = []
        var ids: [String] = []
        var offset = 0
        while documents.count < 1_000 {
            let pageURL = url + (url.contains("?") ? "&" : "?") + "offset=\(offset)&limit=\(limit)"
            guard case .body(let data, let finalURL, _) = try http.get(pageURL, validators: nil, metrics: &metrics)
            else { break }
            documents.append(FetchedDocument(data: data, location: finalURL))
            let page = (try? JSONSerialization.jsonObject(with: data)) as? JSONObject
            let content = page?.objects("content") ?? []
            ids += content.compactMap { $0.nonBlank("id") }
            offset += limit
            let total = page?.int64("totalFound").map(Int.init) ?? 0
            if content.count < limit || offset >= total { break }
        }
        let list = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        for id in ids.prefix(endpoints.detailLimit) {
            if let detail = try detail(list + "/" + SourceAPI.encode(id), metrics: &metrics) {
                documents.append(detail)
            }
        }
        return documents
    }

    /// Hacker News: the Algolia search for the month's `whoishiring` stories, then the
    /// "Who is hiring?" story with all its comments (`/api/v1/items/{id}`), conditionally.
    func hackerNews(_ token: String, metrics: inout FetchMetrics) throws(JobHuntError) -> SourceFetch.Outcome {
        guard let month = HackerNewsMonth(token) else {
            throw .fetchInvalidURL(url: token, reason: "write the month as YYYY-MM")
        }
        let base = endpoints.bases[.hn] ?? SourceEndpoints.defaultBaseURLs[.hn]!
        let search = month.searchURL(base: base)
        guard case .body(let found, _, _) = try http.get(search, validators: nil, metrics: &metrics),
            let story = month.story(in: found)
        else { throw .fetchNoThread(url: search, month: month.titleMonth) }
        let item = SourceAPI.of(.hn)!.url(base: base, token: story)
        switch try http.get(item, validators: validatorStore.validators(for: item), metrics: &metrics) {
        case .notModified:
            return .unchanged
        case .body(let data, let finalURL, let validators):
            return .documents([
                FetchedDocument(data: data, location: finalURL, validators: validators, requestedURL: item)
            ])
        }
    }

    /// One posting's detail; nil when it is gone (404, 410: closed between the list and now) or
    /// its path makes no URL, so one such posting keeps what the list said instead of failing the board.
    private func detail(_ url: String, metrics: inout FetchMetrics) throws(JobHuntError) -> FetchedDocument? {
        do {
            guard case .body(let data, let finalURL, _) = try http.get(url, validators: nil, metrics: &metrics) else {
                return nil
            }
            return FetchedDocument(data: data, location: finalURL)
        } catch  where error.status == 404 || error.status == 410 || error.code == .fetchInvalidURL {
            return nil
        }
    }
}

// `discover company`: which job boards a company publishes, found by reading its careers
// page (links to hosted boards, schema.org JobPostings) and by asking each board API
// for the names the company is likely to use there.
import Foundation
internal import JobHuntIO
import JobHuntKernel

/// Finds a company's boards, politely: the careers page goes through robots.txt, every
/// request through the fetcher's per-host pacing and retries with jobhunt's User-Agent, each
/// board API is asked at most `CompanyQuery.maxSlugs` times, at most `maxLinkedBoards` linked
/// boards are counted, and an answer is cached for a day.
///
/// ```swift
/// let finder = try BoardFinder(services: services, version: "1.0.0")
/// let result = finder.find(CompanyQuery("Tidewater")!)
/// result.boards  // [FoundBoard(source: "recruitee:tidewater", postings: 2, evidence: .api)]
/// ```
package final class BoardFinder: Sendable {
    package static let cacheTTL: Duration = .seconds(86_400)
    /// A careers page linking to more boards than this is a job aggregator, not one employer's page.
    package static let maxLinkedBoards = 5

    private let fetcher: SourceFetcher
    private let cache: any Cache

    package convenience init(services: Services, version: String) throws {
        let fetcher = try SourceFetcher(
            policy: FetchPolicy(version: version),
            endpoints: SourceEndpoints(baseURLs: services.configuration.sourceBaseURLs), services: services)
        self.init(fetcher: fetcher, cache: try services.cache())
    }

    init(fetcher: SourceFetcher, cache: any Cache) {
        self.fetcher = fetcher
        self.cache = cache
    }

    /// The boards found for `query`, best evidence first; from the cache when it was asked within a day.
    package func find(_ query: CompanyQuery) -> BoardSearchResult {
        let key = CacheKey("jobhunt:discover:company:" + query.text.lowercased())
        if let data = cache.data(for: key), var cached = try? JSONDecoder().decode(BoardSearchResult.self, from: data) {
            cached.cached = true
            cached.requests = 0
            return cached
        }
        var metrics = FetchMetrics()
        var boards: [FoundBoard] = []
        if let page = query.careersPage { boards += careersPage(page, metrics: &metrics) }
        let found = Set(boards.compactMap { $0.source.split(separator: ":").first.map(String.init) })
        for api in SourceAPI.all where !found.contains(api.kind.rawValue) {
            for slug in query.slugs {
                guard let probe = api.probe(slug: slug), let spec = try? SourceSpec(parsing: probe.spec) else {
                    continue
                }
                if let count = fetcher.count(spec, metrics: &metrics), count > 0 {
                    boards.append(FoundBoard(source: probe.spec, postings: count, evidence: .api))
                    break
                }
            }
        }
        let result = BoardSearchResult(query: query.text, boards: boards, requests: metrics.requests, cached: false)
        if let data = try? JSONEncoder().encode(result) { cache.setData(data, for: key, ttl: Self.cacheTTL) }
        return result
    }

    /// The page's own JobPostings (`jsonld:URL`) and the hosted boards it links to, each counted.
    private func careersPage(_ page: URL, metrics: inout FetchMetrics) -> [FoundBoard] {
        let spec = SourceSpec(kind: .jsonld, target: .url(page))
        let fetch = fetcher.fetch(spec)
        metrics.records += fetch.metrics.records
        guard case .documents(let documents) = fetch.outcome, let document = documents.first else { return [] }
        var boards: [FoundBoard] = []
        let context = spec.context(baseURL: document.baseURL)
        if let parsed = try? JSONLDParser().parse(document.data, context: context), !parsed.postings.isEmpty {
            boards.append(FoundBoard(source: spec.description, postings: parsed.postings.count, evidence: .jsonld))
        }
        var linked: [String] = []
        let html = String(decoding: document.data, as: UTF8.self)
        for link in BoardLinks.links(in: html, base: document.baseURL) {
            guard let source = BoardLinks.source(for: link), !linked.contains(source) else { continue }
            linked.append(source)
        }
        for source in linked.prefix(Self.maxLinkedBoards) {
            guard let linkedSpec = try? SourceSpec(parsing: source),
                let count = fetcher.count(linkedSpec, metrics: &metrics)
            else { continue }
            boards.append(FoundBoard(source: source, postings: count, evidence: .link))
        }
        return boards
    }
}

// Turns a SourceSpec into document bytes: API URLs from the configured endpoints, pages, feeds and local files.
import Foundation
internal import JobHuntIO
import JobHuntKernel

/// Fetches sources under one `FetchPolicy`. Share one per run: it remembers each
/// host's robots.txt, and its rate limiter paces every source on the same host.
/// `fetch(_:)` may be called from several threads at once (a discover run's pool):
/// the pacer, the per-host gate and the robots cache are shared and locked.
///
/// ```swift
/// let fetcher = SourceFetcher(policy: FetchPolicy(version: "1.0.0"), services: services)
/// let fetch = fetcher.fetch(try SourceSpec(parsing: "greenhouse:tessellate"))
/// if let parsed = try fetch.parse() { … ; fetcher.remember(fetch) }
/// ```
package final class SourceFetcher: Sendable {
    package let policy: FetchPolicy
    package let endpoints: SourceEndpoints
    let validatorStore: any ValidatorStore
    let http: PoliteHTTP
    let robots = RobotsGate()

    /// Uses the run's cache for the shared per-host rate limit and its clock for Retry-After dates.
    package convenience init(
        policy: FetchPolicy, endpoints: SourceEndpoints = SourceEndpoints(), services: Services,
        validators: any ValidatorStore = InMemoryValidatorStore(), sleeper: any FetchSleeper = ThreadSleeper()
    ) throws {
        self.init(
            policy: policy, endpoints: endpoints, cache: try services.cache(), now: services.now,
            validators: validators, sleeper: sleeper)
    }

    init(
        policy: FetchPolicy, endpoints: SourceEndpoints = SourceEndpoints(), cache: any Cache,
        now: @escaping @Sendable () -> Date = Date.init, validators: any ValidatorStore = InMemoryValidatorStore(),
        sleeper: any FetchSleeper = ThreadSleeper(),
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.policy = policy
        self.endpoints = endpoints
        self.validatorStore = validators
        let limiter = HostRateLimiter(
            cache: cache, requests: policy.requestsPerWindow, window: policy.rateWindow, sleeper: sleeper)
        http = PoliteHTTP(
            policy: policy, limiter: limiter, gate: HostConcurrencyGate(limit: policy.concurrentPerHost),
            sleeper: sleeper, now: now, jitter: jitter)
    }

    /// Fetches every document of `spec`; failures are in the outcome, next to the metrics.
    package func fetch(_ spec: SourceSpec) -> SourceFetch {
        var metrics = FetchMetrics()
        let outcome: SourceFetch.Outcome
        do throws(JobHuntError) {
            outcome = try fetchOutcome(spec, metrics: &metrics)
        } catch {
            outcome = .failed(error)
        }
        return SourceFetch(spec: spec, outcome: outcome, metrics: metrics)
    }

    /// Stores the fetch's validators; call after its postings are safely ingested.
    package func remember(_ fetch: SourceFetch) {
        guard case .documents(let documents) = fetch.outcome else { return }
        for document in documents {
            if let url = document.requestedURL, let validators = document.validators {
                validatorStore.remember(validators, for: url)
            }
        }
    }

    private func fetchOutcome(_ spec: SourceSpec, metrics: inout FetchMetrics) throws(JobHuntError)
        -> SourceFetch.Outcome
    {
        if case .path(let path) = spec.target { return .documents([try readFile(path)]) }
        guard let url = endpoints.url(for: spec) else {
            throw .fetchInvalidURL(url: spec.argument, reason: "no endpoint is configured for \(spec.kind.rawValue)")
        }
        if spec.kind == .lever, case .token = spec.target {
            return .documents(try leverPages(url, metrics: &metrics))
        }
        switch (spec.kind, spec.target) {
        case (.workday, _): return .documents(try workday(spec, metrics: &metrics))
        case (.smartrecruiters, .token): return .documents(try smartRecruiters(url, metrics: &metrics))
        case (.hn, .token(let month)): return try hackerNews(month, metrics: &metrics)
        default: break
        }
        // robots.txt is for pages; it is checked again for every redirect target, on its own host.
        let gate = spec.kind == .jsonld && policy.honourRobots ? robots : nil
        switch try http.get(url, validators: validatorStore.validators(for: url), metrics: &metrics, robots: gate) {
        case .notModified:
            return .unchanged
        case .body(let data, let finalURL, let validators):
            return .documents([
                FetchedDocument(data: data, location: finalURL, validators: validators, requestedURL: url)
            ])
        }
    }

    /// Lever pages with skip/limit until a page is shorter than the limit (or is not an array).
    private func leverPages(_ url: String, metrics: inout FetchMetrics) throws(JobHuntError) -> [FetchedDocument] {
        let limit = max(endpoints.leverPageSize, 1)
        var documents: [FetchedDocument] = []
        var skip = 0
        while documents.count < 10_000 {
            let pageURL = SourceEndpoints.page(url, skip: skip, limit: limit)
            guard case .body(let data, let finalURL, _) = try http.get(pageURL, validators: nil, metrics: &metrics)
            else { break }
            documents.append(FetchedDocument(data: data, location: finalURL))
            let count = (try? JSONSerialization.jsonObject(with: data) as? [Any])?.count ?? 0
            if count < limit { break }
            skip += limit
        }
        return documents
    }

    private func readFile(_ path: String) throws(JobHuntError) -> FetchedDocument {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        } catch {
            throw .fetchFile(path: path, reason: (error as NSError).localizedFailureReason ?? "it does not exist")
        }
        guard size <= policy.maxResponseBytes else { throw .fetchTooLarge(url: path, limit: policy.maxResponseBytes) }
        do {
            return FetchedDocument(data: try Data(contentsOf: url), location: url.path)
        } catch {
            throw .fetchFile(path: path, reason: error.localizedDescription)
        }
    }
}

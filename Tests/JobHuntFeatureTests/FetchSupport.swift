// Shared pieces of the Fetch*Tests suites: a recording sleeper, fetchers pointed at a loopback server.
import Foundation
import JobHuntIO
import JobHuntTesting
import Synchronization

@testable import JobHuntDiscovery
@testable import JobHuntKernel

/// Records every wait; really sleeps only when asked (the rate-limit tests need time to pass).
final class RecordingSleeper: FetchSleeper {
    private let recorded = Mutex<[Duration]>([])
    let reallySleeps: Bool

    init(reallySleeps: Bool = false) { self.reallySleeps = reallySleeps }

    var waits: [Duration] { recorded.withLock { $0 } }

    func sleep(for duration: Duration) {
        recorded.withLock { $0.append(duration) }
        if reallySleeps { ThreadSleeper().sleep(for: duration) }
    }
}

enum FetchSupport {
    static let version = "9.8.7"

    /// A policy that never paces (so scripted retries are the only waits) and pins jitter elsewhere.
    static func policy(_ change: (inout FetchPolicy) -> Void = { _ in }) -> FetchPolicy {
        var policy = FetchPolicy(version: version)
        policy.requestsPerWindow = 10_000
        change(&policy)
        return policy
    }

    /// Every API endpoint on `server`, under the real APIs' paths.
    static func endpoints(_ server: LoopbackHTTPServer) -> SourceEndpoints {
        let base = server.baseURL.absoluteString
        var endpoints = SourceEndpoints()
        endpoints.greenhouse = base + "/v1/boards/{token}/jobs?content=true"
        endpoints.lever = base + "/v0/postings/{token}?mode=json"
        endpoints.ashby = base + "/posting-api/job-board/{token}?includeCompensation=true"
        endpoints.remoteOK = base + "/api"
        for kind in endpoints.bases.keys { endpoints.bases[kind] = base }
        return endpoints
    }

    static func fetcher(
        _ server: LoopbackHTTPServer, policy: FetchPolicy = policy(), sleeper: RecordingSleeper = RecordingSleeper(),
        cache: any Cache = NoCache(), validators: any ValidatorStore = InMemoryValidatorStore(),
        now: @escaping @Sendable () -> Date = Date.init, change: (inout SourceEndpoints) -> Void = { _ in }
    ) -> SourceFetcher {
        var endpoints = endpoints(server)
        change(&endpoints)
        return SourceFetcher(
            policy: policy, endpoints: endpoints, cache: cache, now: now, validators: validators, sleeper: sleeper,
            jitter: { 1.0 })
    }

    static func fixture(_ name: String, headers: [(name: String, value: String)] = []) throws
        -> LoopbackHTTPServer.Response
    {
        LoopbackHTTPServer.Response(status: 200, headers: headers, body: try SourceFixtures.data(name))
    }

    static func spec(_ text: String) throws -> SourceSpec { try SourceSpec(parsing: text) }
}

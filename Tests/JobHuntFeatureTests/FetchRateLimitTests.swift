// Per-host pacing through the Cache seam: process-local with NoCache, shared through real Redis.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Fetch rate limit")
struct FetchRateLimitTests {
    /// A host name no other test run uses, so counters left in Redis cannot interfere.
    func uniqueHost() -> String { "host-\(UUID().uuidString.lowercased()).test:443" }

    @Test("with NoCache the second request to a host waits for the window, another host does not")
    func processLocal() {
        let sleeper = RecordingSleeper(reallySleeps: true)
        let limiter = HostRateLimiter(cache: NoCache(), requests: 1, window: .milliseconds(150), sleeper: sleeper)
        let host = uniqueHost()
        #expect(limiter.acquire(host: host) == .zero)
        #expect(limiter.acquire(host: uniqueHost()) == .zero)
        #expect(limiter.acquire(host: host) > .zero)
        #expect(sleeper.waits.count >= 1)
    }

    @Test("two fetches from one host are spaced by the policy's window")
    func fetcherSpacing() throws {
        let server = try LoopbackHTTPServer(responses: [try FetchSupport.fixture("greenhouse_jobs.json")])
        let sleeper = RecordingSleeper(reallySleeps: true)
        let policy = FetchSupport.policy {
            $0.requestsPerWindow = 1
            $0.rateWindow = .milliseconds(150)
        }
        let fetcher = FetchSupport.fetcher(server, policy: policy, sleeper: sleeper)
        _ = try fetcher.fetch(try FetchSupport.spec("greenhouse:a")).documents()
        #expect(sleeper.waits.isEmpty)
        _ = try fetcher.fetch(try FetchSupport.spec("greenhouse:b")).documents()
        #expect(sleeper.waits.count >= 1)
        #expect(server.requests.count == 2)
    }

    @Test("two limiters on separate Redis connections share one host's count")
    func sharedThroughRedis() throws {
        let first = try RedisCache(url: TestServices.redisURL) { _ in }
        try first.checkConnection()
        let second = try RedisCache(url: TestServices.redisURL) { _ in }
        try second.checkConnection()
        let sleeper = RecordingSleeper(reallySleeps: true)
        let host = uniqueHost()
        let window = Duration.milliseconds(300)
        let one = HostRateLimiter(cache: first, requests: 2, window: window, sleeper: sleeper)
        let two = HostRateLimiter(cache: second, requests: 2, window: window, sleeper: sleeper)
        #expect(one.acquire(host: host) == .zero)
        #expect(two.acquire(host: host) == .zero)
        #expect(sleeper.waits.isEmpty)
        #expect(one.acquire(host: host) > .zero)
        let counter = second.increment(HostRateLimiter.key(for: host), by: 0, window: window)
        #expect(counter.scope == .shared)
        #expect(counter.count >= 1)
        second.delete(HostRateLimiter.key(for: host))
    }
}

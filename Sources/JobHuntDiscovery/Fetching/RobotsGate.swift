// Fetches robots.txt once per host and decides whether an HTML page may be fetched.
import Foundation
import JobHuntKernel
import Synchronization

/// Per-host robots rules for one fetcher's lifetime (one discover run).
///
/// RFC 9309 §2.3.1: a 4xx robots.txt means no rules; a 5xx or no answer means
/// "assume complete disallow", so a site that is down is not crawled blind.
final class RobotsGate: Sendable {
    private let rules = Mutex<[String: RobotsRules]>([:])

    /// Throws `fetchDisallowedByRobots` when the host's rules forbid `url`.
    func check(_ url: String, using http: PoliteHTTP, metrics: inout FetchMetrics) throws(JobHuntError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            components.host != nil
        else { return }
        let origin = scheme.lowercased() + "://" + PoliteHTTP.hostKey(of: url)
        let hostRules = try rulesFor(origin, using: http, metrics: &metrics)
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { path += "?" + query }
        if let rule = hostRules.decidingRule(for: path), !rule.allow {
            throw .fetchDisallowedByRobots(url: url, rule: hostRules.unreadable ?? rule.line)
        }
    }

    private func rulesFor(_ origin: String, using http: PoliteHTTP, metrics: inout FetchMetrics)
        throws(JobHuntError) -> RobotsRules
    {
        if let known = rules.withLock({ $0[origin] }) { return known }
        let fetched: RobotsRules
        do throws(JobHuntError) {
            switch try http.get(origin + "/robots.txt", validators: nil, metrics: &metrics) {
            case .body(let data, _, _):
                fetched = RobotsRules(parsing: String(decoding: data, as: UTF8.self), agent: FetchPolicy.robotsAgent)
            case .notModified:
                fetched = .allowAll
            }
        } catch {
            switch error.status {
            case let status? where (400..<500).contains(status) && status != 429:
                fetched = .allowAll
            default:
                fetched = .unreachable("robots.txt unreadable, so nothing is allowed: \(error.localizedDescription)")
            }
        }
        rules.withLock { $0[origin] = fetched }
        return fetched
    }
}

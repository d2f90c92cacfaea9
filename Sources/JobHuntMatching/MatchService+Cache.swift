// `jobs:recommendations:{user_id}`: the last match result of each user, kept
// with the fingerprint of everything it was computed from.
import Foundation
import JobHuntDiscovery
internal import JobHuntIO
import JobHuntKernel

/// What the cache holds for one user: one result and what it answers.
struct CachedMatches: Codable {
    /// SHA-256 of the request, the resolved filters, the profile and the day.
    var fingerprint: String
    var matches: [PostingMatch]
}

extension MatchService {
    /// Changed whenever scoring changes, so that results an older jobhunt
    /// cached (for up to the cache's lifetime) are not served after an upgrade.
    static let scorerRevision = "scorer-2026-12-08b"

    /// The request, filters, whole profile (its text and the fields scoring
    /// reads), model presence and day, hashed: a cached result is served only
    /// for the very question it answered, even if an invalidation was lost.
    func cacheFingerprint(_ request: MatchRequest, filters: MatchFilters, profile: MatchProfile) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .iso8601
        var parts = [
            MatchService.scorerRevision, request.ranking.rawValue, "\(request.limit)", usesModel ? "model" : "no-model",
            request.nearMisses ? "near-misses" : "search-only",
            CalendarDate(utcDayOf: services.now()).description, profile.document.fingerprint,
        ]
        parts.append((try? encoder.encode(filters)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        parts.append((try? encoder.encode(request.weights)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        parts.append((try? encoder.encode(profile.profile)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        return Hashing.hex(Hashing.sha256(parts.joined(separator: "\u{1F}")))
    }

    /// False when no cache is configured (no Redis): results are neither
    /// looked up nor stored.
    var usesCache: Bool {
        guard let cache = try? services.cache() else { return false }
        return !(cache is NoCache)
    }

    func cachedMatches(for user: ActingUser, fingerprint: String) -> [PostingMatch]? {
        guard let cache = try? services.cache(),
            let cached = cache.value(CachedMatches.self, for: .jobRecommendations(user.user.id)),
            cached.fingerprint == fingerprint
        else { return nil }
        return cached.matches
    }

    func storeMatches(_ matches: [PostingMatch], for user: ActingUser, fingerprint: String) {
        guard let cache = try? services.cache() else { return }
        cache.set(
            CachedMatches(fingerprint: fingerprint, matches: matches), for: .jobRecommendations(user.user.id),
            ttl: Self.cacheLifetime)
    }
}

// Cache key names: the seed's key contract (`user:profile:{id}` and friends) in one
// place, so no caller spells a key by hand and every process agrees on the names.
import Foundation

/// A Redis key.
///
/// The named constructors are the contract with every other process sharing the
/// cache (seed, "Caching Strategy"); user ids are written in lower case, as
/// PostgreSQL prints UUIDs.
///
/// ```swift
/// cache.set(profile, for: .userProfile(user.id), ttl: .seconds(300))
/// ```
public struct CacheKey: Hashable, Sendable, CustomStringConvertible {
    /// The key exactly as sent to Redis.
    public let rawValue: String

    /// A key outside the seed's contract (rate-limit counters, cron locks, tests).
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// `user:profile:{user_id}`: the user's profile data.
    public static func userProfile(_ userID: UUID) -> CacheKey {
        CacheKey("user:profile:\(userID.lowercased)")
    }

    /// `jobs:recommendations:{user_id}`: jobs recommended to the user.
    public static func jobRecommendations(_ userID: UUID) -> CacheKey {
        CacheKey("jobs:recommendations:\(userID.lowercased)")
    }

    /// `applications:status:{user_id}`: the user's current application statuses.
    public static func applicationStatus(_ userID: UUID) -> CacheKey {
        CacheKey("applications:status:\(userID.lowercased)")
    }

    /// `analytics:daily:{user_id}:{date}`: one day of the user's analytics; the date
    /// is `YYYY-MM-DD` in `timeZone` (UTC unless the caller's days are local).
    public static func dailyAnalytics(_ userID: UUID, on date: Date, timeZone: TimeZone = .gmt) -> CacheKey {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let text = String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        return CacheKey("analytics:daily:\(userID.lowercased):\(text)")
    }
}

/// A set of keys chosen by a Redis glob, for ``Cache/delete(matching:)``.
public struct CachePattern: Hashable, Sendable, CustomStringConvertible {
    /// The glob exactly as sent to `SCAN … MATCH`.
    public let glob: String

    /// A raw Redis glob (`*`, `?`, `[abc]`, `\` escapes).
    public init(glob: String) {
        self.glob = glob
    }

    public var description: String { glob }

    /// Every key that starts with `prefix`, taken literally (glob characters in it are escaped).
    public static func prefix(_ prefix: String) -> CachePattern {
        var escaped = ""
        for character in prefix {
            if "*?[]\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return CachePattern(glob: escaped + "*")
    }

    /// Every user's `jobs:recommendations:{user_id}`, dropped when postings change.
    public static let jobRecommendations = CachePattern.prefix("jobs:recommendations:")

    /// Every `analytics:daily:{user_id}:*` key of one user.
    public static func dailyAnalytics(_ userID: UUID) -> CachePattern {
        .prefix("analytics:daily:\(userID.lowercased):")
    }

    /// Every contract key of one user, for forgetting a user or after bulk changes.
    public static func allKeys(of userID: UUID) -> [CachePattern] {
        [
            .prefix(CacheKey.userProfile(userID).rawValue),
            .prefix(CacheKey.jobRecommendations(userID).rawValue),
            .prefix(CacheKey.applicationStatus(userID).rawValue),
            .dailyAnalytics(userID),
        ]
    }
}

extension UUID {
    fileprivate var lowercased: String { uuidString.lowercased() }
}

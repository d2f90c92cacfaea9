// Plain reads, writes and deletes on Redis: GET, SET PX, UNLINK, and SCAN-driven
// deletion by pattern, each degrading to a miss or a no-op.
import Foundation

extension RedisCache {
    public func data(for key: CacheKey) -> Data? {
        attempt("GET", key)?.data
    }

    @discardableResult
    public func setData(_ data: Data, for key: CacheKey, ttl: Duration) -> Bool {
        attempt("SET", key, data, "PX", ttl.redisMilliseconds)?.isOK ?? false
    }

    @discardableResult
    public func delete(_ key: CacheKey) -> Bool {
        (attempt("UNLINK", key)?.integer ?? 0) > 0
    }

    /// Walks the keyspace with `SCAN cursor MATCH pattern COUNT n` and unlinks each
    /// page's matches, so a large keyspace never blocks the server the way `KEYS`
    /// would. Keys written during the walk may survive; that is what SCAN promises.
    @discardableResult
    public func delete(matching pattern: CachePattern) -> Int {
        scanAndDelete(pattern).removed
    }

    /// The walk behind ``delete(matching:)``, also counting SCAN pages for tests.
    func scanAndDelete(_ pattern: CachePattern) -> (removed: Int, pages: Int) {
        var cursor = "0"
        var removed = 0
        var pages = 0
        repeat {
            pages += 1
            let page = attempt("SCAN", cursor, "MATCH", pattern.glob, "COUNT", max(1, configuration.scanPageSize))
            guard case .array(let parts)? = page, parts.count == 2,
                let next = parts[0].data, case .array(let keys) = parts[1]
            else { return (removed, pages) }
            cursor = String(decoding: next, as: UTF8.self)
            let names = keys.compactMap(\.data)
            if !names.isEmpty {
                removed += attempt(["UNLINK"] + names.map { $0 as any RedisArgument })?.integer ?? 0
            }
        } while cursor != "0"
        return (removed, pages)
    }
}

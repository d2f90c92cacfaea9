// Codable values in the cache: JSON on top of the raw bytes, so every process
// (and a person with redis-cli) reads the same text.
import Foundation

extension Cache {
    /// The value stored under `key`, or nil on a miss. A value that no longer decodes
    /// as `T` (an older shape, or foreign data) is a miss too: the database is the truth.
    public func value<T: Decodable>(_ type: T.Type, for key: CacheKey) -> T? {
        guard let data = data(for: key) else { return nil }
        return try? CacheJSON.decoder.decode(T.self, from: data)
    }

    /// Stores `value` as JSON under `key` for `ttl`.
    /// - Returns: whether it was stored; a value that cannot be encoded is not cached.
    @discardableResult
    public func set<T: Encodable>(_ value: T, for key: CacheKey, ttl: Duration) -> Bool {
        guard let data = try? CacheJSON.encoder.encode(value) else { return false }
        return setData(data, for: key, ttl: ttl)
    }
}

/// The one JSON dialect of the cache: sorted keys, ISO-8601 dates.
private enum CacheJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension Duration {
    /// Whole milliseconds, at least 1: Redis rejects a zero or negative `PX`.
    var redisMilliseconds: Int {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int(max(1, milliseconds))
    }
}

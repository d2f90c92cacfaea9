// Where the Redis server is and how long to wait for it: parsed from
// `redis://[[user]:password@]host[:port][/db]` plus timeouts the caller may tune.
import Foundation

/// Settings for ``RedisCache``.
///
/// The timeouts are short on purpose: a cache slower than the database is worse
/// than none, so a slow server is treated like a missing one.
public struct RedisConfiguration: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The `SELECT`ed database number.
    public var database: Int
    /// The ACL user (Redis 6+); nil authenticates with the password alone.
    public var username: String?
    /// Sent with `AUTH`; never shown in `description`.
    public var password: String?
    /// How long to wait for the TCP connection.
    public var connectTimeout: Duration = .milliseconds(500)
    /// How long to wait for each reply.
    public var commandTimeout: Duration = .milliseconds(500)
    /// After a failure, commands are skipped (misses, no-ops) for this long before
    /// jobhunt tries to connect again, so a dead server costs one timeout, not one per call.
    public var reconnectDelay: Duration = .seconds(5)
    /// The `COUNT` hint for each `SCAN` page of ``RedisCache/delete(matching:)``.
    public var scanPageSize: Int = 500

    public init(host: String, port: Int = 6379, database: Int = 0, username: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.username = username
        self.password = password
    }

    /// Parses `redis://[[user]:password@]host[:port][/db]`; user and password are
    /// percent-decoded, so `%40` stands for `@`. `rediss://` is refused: this build
    /// has no TLS for Redis.
    public init(url: String) throws(CacheError) {
        guard let schemeEnd = url.range(of: "://") else {
            throw .invalidURL("expected redis://host:port/db")
        }
        switch url[..<schemeEnd.lowerBound].lowercased() {
        case "redis": break
        case "rediss": throw .tlsUnsupported
        case let other: throw .invalidURL("unsupported scheme \"\(other)\" (expected redis://)")
        }
        var rest = url[schemeEnd.upperBound...]
        if rest.contains("?") || rest.contains("#") {
            throw .invalidURL("query parameters and fragments are not supported")
        }
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            try self.init(hostAndPort: rest[rest.index(after: at)...])
            try parseUserInfo(rest[..<at])
        } else {
            try self.init(hostAndPort: rest)
        }
        if !path.isEmpty {
            guard let number = Int(path), number >= 0 else {
                throw .invalidURL("the database must be a number after the slash, got \"\(path)\"")
            }
            database = number
        }
    }

    private init(hostAndPort: Substring) throws(CacheError) {
        var hostPart = hostAndPort
        var portPart: Substring?
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else {
                throw .invalidURL("unterminated IPv6 address")
            }
            hostPart = hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close]
            let after = hostAndPort[hostAndPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .invalidURL("unexpected text after the IPv6 address") }
                portPart = after.dropFirst()
            }
        } else if let colon = hostAndPort.lastIndex(of: ":") {
            hostPart = hostAndPort[..<colon]
            portPart = hostAndPort[hostAndPort.index(after: colon)...]
        }
        guard !hostPart.isEmpty else { throw .invalidURL("the host is missing") }
        var port = 6379
        if let portPart {
            guard let number = Int(portPart), (1...65535).contains(number) else {
                throw .invalidURL("the port must be a number from 1 to 65535, got \"\(portPart)\"")
            }
            port = number
        }
        self.init(host: String(hostPart), port: port)
    }

    private mutating func parseUserInfo(_ info: Substring) throws(CacheError) {
        guard let colon = info.firstIndex(of: ":") else {
            throw .invalidURL("a user name needs a password (redis://user:password@host)")
        }
        let user = try Self.decode(info[..<colon], "user name")
        let secret = try Self.decode(info[info.index(after: colon)...], "password")
        username = user.isEmpty ? nil : user
        password = secret.isEmpty ? nil : secret
        if username != nil && password == nil {
            throw .invalidURL("a user name needs a password (redis://user:password@host)")
        }
    }

    private static func decode(_ text: Substring, _ what: String) throws(CacheError) -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw .invalidURL("the \(what) has a malformed percent escape")
        }
        return decoded
    }

    /// `host:port`, for messages.
    public var address: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The URL without its password, safe for logs and `config show`.
    public var description: String {
        var text = "redis://"
        if let username { text += "\(username):***@" } else if password != nil { text += ":***@" }
        return text + "\(address)/\(database)"
    }
}

// The one error type of the cache layer: bad Redis settings, or a Redis server
// that could not be reached or answered with an error.
import Foundation
public import JobHuntErrors

/// What went wrong with the cache.
///
/// Reads and writes never throw it (a cache failure is a miss); it reaches callers
/// through the warning callback, through ``RedisCache/checkConnection()`` and when
/// settings are parsed. Match with `catch let error as CacheError where error.code == .tlsUnsupported`.
/// Descriptions name the server as `host:port`, never its password.
public struct CacheError: DescribedError, Equatable, CustomStringConvertible {
    /// The kinds of cache failure, stable for matching.
    public enum Code: String, Sendable, Equatable {
        /// The Redis URL could not be understood.
        case invalidURL
        /// `rediss://` was asked for, but this build has no TLS for Redis.
        case tlsUnsupported
        /// No connection could be made (refused, unreachable, timed out).
        case connectionFailed
        /// The server rejected AUTH or SELECT.
        case authenticationFailed
        /// An open connection broke or timed out in the middle of a command.
        case connectionLost
        /// The server answered a command with an error reply.
        case commandFailed
        /// The server was failing recently; commands are skipped until the reconnect delay has passed.
        case unavailable
    }

    public let code: Code
    private let message: String
    private let suggestion: String

    init(_ code: Code, _ message: String, suggestion: String) {
        self.code = code
        self.message = message
        self.suggestion = suggestion
    }

    public var problem: String { message }
    public var remedy: Remedy? { Remedy(suggestion) }
    public var description: String { message }

    static func invalidURL(_ reason: String) -> CacheError {
        CacheError(
            .invalidURL, "invalid Redis URL: \(reason)",
            suggestion: "use redis://[[user]:password@]host[:port][/db], e.g. redis://127.0.0.1:6379/0")
    }

    static let tlsUnsupported = CacheError(
        .tlsUnsupported, "rediss:// (Redis over TLS) is not supported by this build of jobhunt",
        suggestion: "use redis:// on a trusted network, or reach the server through a TLS tunnel such as stunnel")

    static func connectionFailed(_ address: String, _ reason: String) -> CacheError {
        CacheError(
            .connectionFailed, "cannot connect to Redis at \(address): \(reason)",
            suggestion: "start Redis or correct JOBHUNT_REDIS_URL; jobhunt keeps working from the database meanwhile")
    }

    static func authenticationFailed(_ address: String, _ reason: String) -> CacheError {
        CacheError(
            .authenticationFailed, "Redis at \(address) refused the connection setup: \(reason)",
            suggestion: "check the password and database number in JOBHUNT_REDIS_URL")
    }

    static func connectionLost(_ address: String, _ reason: String) -> CacheError {
        CacheError(
            .connectionLost, "lost the connection to Redis at \(address): \(reason)",
            suggestion: "check that Redis is running and not overloaded; jobhunt keeps working from the database")
    }

    static func commandFailed(_ command: String, _ reply: String) -> CacheError {
        CacheError(
            .commandFailed, "Redis rejected \(command): \(reply)",
            suggestion: "check that the server is Redis 6 or later and the keys are not used by another program")
    }

    static func unavailable(_ address: String) -> CacheError {
        CacheError(
            .unavailable, "Redis at \(address) is unavailable after a recent failure",
            suggestion: "jobhunt retries after the reconnect delay and works from the database meanwhile")
    }
}

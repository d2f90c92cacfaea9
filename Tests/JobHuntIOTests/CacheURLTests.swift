// The Redis URL grammar: what parses to which settings, what is refused and why,
// and that a password never shows in a description.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Redis URLs")
struct CacheURLTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var url: String
        var host: String
        var port: Int
        var database: Int
        var username: String?
        var password: String?
        var testDescription: String { url }
    }

    static let valid: [Case] = [
        Case(url: "redis://127.0.0.1", host: "127.0.0.1", port: 6379, database: 0),
        Case(url: "redis://localhost:63799/0", host: "localhost", port: 63799, database: 0),
        Case(url: "REDIS://cache.internal:7000/15", host: "cache.internal", port: 7000, database: 15),
        Case(url: "redis://:pw@h:1/2", host: "h", port: 1, database: 2, password: "pw"),
        Case(url: "redis://alice:pw@h/", host: "h", port: 6379, database: 0, username: "alice", password: "pw"),
        Case(url: "redis://:p%40ss%3Aw@h:6380", host: "h", port: 6380, database: 0, password: "p@ss:w"),
        Case(url: "redis://:a@b@h:6380", host: "h", port: 6380, database: 0, password: "a@b"),
        Case(url: "redis://[::1]:6390/4", host: "::1", port: 6390, database: 4),
        Case(url: "redis://[::1]", host: "::1", port: 6379, database: 0),
    ]

    @Test(arguments: valid)
    func parses(_ expected: Case) throws {
        let parsed = try RedisConfiguration(url: expected.url)
        #expect(parsed.host == expected.host)
        #expect(parsed.port == expected.port)
        #expect(parsed.database == expected.database)
        #expect(parsed.username == expected.username)
        #expect(parsed.password == expected.password)
    }

    static let invalid: [(url: String, code: CacheError.Code, mentions: String)] = [
        ("rediss://h:6380", .tlsUnsupported, "TLS"),
        ("http://h:6379", .invalidURL, "unsupported scheme \"http\""),
        ("127.0.0.1:6379", .invalidURL, "expected redis://"),
        ("redis://", .invalidURL, "host is missing"),
        ("redis://:6379", .invalidURL, "host is missing"),
        ("redis://h:0", .invalidURL, "port must be a number from 1 to 65535"),
        ("redis://h:99999", .invalidURL, "port must be"),
        ("redis://h:port", .invalidURL, "port must be"),
        ("redis://h/db", .invalidURL, "database must be a number"),
        ("redis://h/-1", .invalidURL, "database must be a number"),
        ("redis://h?db=1", .invalidURL, "query parameters"),
        ("redis://alice@h", .invalidURL, "user name needs a password"),
        ("redis://:%zz@h", .invalidURL, "malformed percent escape"),
        ("redis://[::1:6379", .invalidURL, "unterminated IPv6"),
    ]

    @Test(arguments: invalid)
    func refuses(_ url: String, _ code: CacheError.Code, _ mentions: String) {
        let error = #expect(throws: CacheError.self) { try RedisConfiguration(url: url) }
        #expect(error?.code == code)
        #expect(error?.errorDescription?.contains(mentions) == true, "\(error?.errorDescription ?? "")")
        #expect(error?.recoverySuggestion?.isEmpty == false)
    }

    @Test func descriptionsHideThePassword() throws {
        let withUser = try RedisConfiguration(url: "redis://alice:hunter2@h:7000/3")
        #expect(withUser.description == "redis://alice:***@h:7000/3")
        let passwordOnly = try RedisConfiguration(url: "redis://:hunter2@[::1]")
        #expect(passwordOnly.description == "redis://:***@[::1]:6379/0")
        #expect("\(passwordOnly)".contains("hunter2") == false)
    }
}

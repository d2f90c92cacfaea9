// Where a database lives, parsed from the one string users configure:
// a SQLite path or `sqlite:` URL, a `postgres://`/`postgresql://` URL, or a
// libpq keyword string (`host=… dbname=…`).
import Foundation

/// A parsed database URL.
///
///     try DatabaseLocation("sqlite:/home/me/.local/share/jobhunt/jobhunt.sqlite3")
///     try DatabaseLocation("postgresql://jobhunt:secret@db.internal:5432/jobhunt?sslmode=require")
///     try DatabaseLocation("host=db.internal dbname=jobhunt user=jobhunt sslmode=require")
///
/// `description` is safe to print: it never contains the password.
public struct DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Engine: String, Sendable {
        case sqlite
        case postgres
    }

    enum Target: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        /// A libpq connection string (URL or keywords), passed to PQconnectdb as is.
        case postgres(String)
    }

    let target: Target

    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw DatabaseError(
                .configuration, message: "the database URL is empty",
                remedy: "set database.url to a SQLite path or a postgresql:// URL")
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            target = .postgres(trimmed)
        } else if lower.hasPrefix("sqlite:") {
            var path = String(trimmed.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            target = try Self.sqlite(path)
        } else if lower.hasPrefix("file:") {
            var path = String(trimmed.dropFirst("file:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            target = try Self.sqlite(path.removingPercentEncoding ?? path)
        } else if trimmed == ":memory:" {
            target = .sqliteMemory
        } else if Self.looksLikeKeywordString(trimmed) {
            target = .postgres(trimmed)
        } else if trimmed.contains("://") {
            let scheme = trimmed.components(separatedBy: "://")[0]
            throw DatabaseError(
                .configuration, message: "unsupported database URL scheme '\(scheme)'",
                remedy: "use a SQLite path, sqlite:PATH, or a postgresql:// URL")
        } else {
            target = try Self.sqlite(trimmed)
        }
    }

    public var engine: Engine {
        switch target {
        case .sqliteFile, .sqliteMemory: return .sqlite
        case .postgres: return .postgres
        }
    }

    /// The SQLite file path, or nil for memory and PostgreSQL databases.
    public var sqlitePath: String? {
        if case .sqliteFile(let path) = target { return path }
        return nil
    }

    public var description: String {
        switch target {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let conninfo): return PostgresConnectionSummary(conninfo).description
        }
    }

    private static func sqlite(_ raw: String) throws -> Target {
        if raw == ":memory:" { return .sqliteMemory }
        guard !raw.isEmpty else {
            throw DatabaseError(
                .configuration, message: "the SQLite URL has no path", remedy: "use sqlite:/path/to/jobhunt.sqlite3")
        }
        var path = raw
        if path == "~" || path.hasPrefix("~/") {
            path = FileManager.default.homeDirectoryForCurrentUser.path + path.dropFirst()
        }
        if !path.hasPrefix("/") {
            path = FileManager.default.currentDirectoryPath + "/" + path
        }
        return .sqliteFile(URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    /// `host=x dbname=y`: at least one `word=` token and no URL scheme.
    private static func looksLikeKeywordString(_ text: String) -> Bool {
        guard !text.contains("://") else { return false }
        let keywords = [
            "host", "hostaddr", "port", "dbname", "user", "password", "sslmode", "service", "connect_timeout",
        ]
        return keywords.contains { keyword in
            text.range(of: "(^|\\s)\(keyword)\\s*=", options: .regularExpression) != nil
        }
    }
}

/// The printable parts of a libpq connection string: user, host, port and database.
struct PostgresConnectionSummary: CustomStringConvertible {
    var user: String?
    var host: String?
    var port: String?
    var database: String?

    init(_ conninfo: String) {
        if conninfo.contains("://") {
            let components = URLComponents(string: conninfo)
            user = components?.user
            host = components?.host
            port = components?.port.map(String.init)
            let path = components?.path ?? ""
            database = path.count > 1 ? String(path.dropFirst()) : nil
        } else {
            for (key, value) in Self.keywords(conninfo) {
                switch key {
                case "user": user = value
                case "host", "hostaddr": host = host ?? value
                case "port": port = value
                case "dbname": database = value
                default: break
                }
            }
        }
    }

    /// `postgresql://user@host:port/db`, with the password left out.
    var description: String {
        var text = "postgresql://"
        if let user { text += "\(user)@" }
        text += host ?? "localhost"
        if let port { text += ":\(port)" }
        if let database { text += "/\(database)" }
        return text
    }

    /// Where the connection goes, for error messages: `host:port/db`.
    var target: String {
        "\(host ?? "localhost")\(port.map { ":\($0)" } ?? "")/\(database ?? user ?? "")"
    }

    /// Parses `key=value key='quoted value'` pairs as libpq does.
    static func keywords(_ text: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        var iterator = Array(text).makeIterator()
        var current: Character? = iterator.next()
        func skipSpaces() { while let c = current, c.isWhitespace { current = iterator.next() } }
        while true {
            skipSpaces()
            guard current != nil else { break }
            var key = ""
            while let c = current, c != "=", !c.isWhitespace {
                key.append(c)
                current = iterator.next()
            }
            skipSpaces()
            guard current == "=" else { break }
            current = iterator.next()
            skipSpaces()
            var value = ""
            if current == "'" {
                current = iterator.next()
                while let c = current, c != "'" {
                    if c == "\\" { current = iterator.next() }
                    if let escaped = current { value.append(escaped) }
                    current = iterator.next()
                }
                current = iterator.next()
            } else {
                while let c = current, !c.isWhitespace {
                    value.append(c)
                    current = iterator.next()
                }
            }
            pairs.append((key, value))
        }
        return pairs
    }
}

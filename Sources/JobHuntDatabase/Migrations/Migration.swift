// A schema step: its number, name, and the SQL that applies and reverts it,
// assembled from `NNN_name.up.sql` / `NNN_name.down.sql` file pairs.
import Foundation

/// One numbered schema step.
public struct Migration: Sendable, Equatable {
    public let number: Int
    public let name: String
    public let up: String
    public let down: String

    public init(number: Int, name: String, up: String, down: String) {
        self.number = number
        self.name = name
        self.up = up
        self.down = down
    }

    /// The value stored in `schema_migrations.version`: `001_initial_schema`.
    public var version: String { String(format: "%03d_%@", number, name) }

    /// Pairs `NNN_name.up.sql` and `NNN_name.down.sql` files into migrations,
    /// ordered by number. Every step needs both files, numbers must be unique,
    /// and other names are rejected so a typo cannot silently drop a step.
    public static func assemble(files: [(name: String, sql: String)]) throws -> [Migration] {
        var ups: [Int: (String, String)] = [:]
        var downs: [Int: (String, String)] = [:]
        for file in files {
            guard let parsed = parse(file.name) else {
                throw DatabaseError(
                    .migration,
                    message: "migration file '\(file.name)' is not named NNN_name.up.sql or NNN_name.down.sql")
            }
            if parsed.isUp {
                if let existing = ups[parsed.number] {
                    throw DatabaseError(
                        .migration,
                        message: "two up migrations are numbered \(parsed.number): \(existing.0) and \(parsed.name)")
                }
                ups[parsed.number] = (parsed.name, file.sql)
            } else {
                if let existing = downs[parsed.number] {
                    throw DatabaseError(
                        .migration,
                        message: "two down migrations are numbered \(parsed.number): \(existing.0) and \(parsed.name)")
                }
                downs[parsed.number] = (parsed.name, file.sql)
            }
        }
        if let orphan = downs.keys.sorted().first(where: { ups[$0] == nil }) {
            throw DatabaseError(.migration, message: "migration \(downs[orphan]!.0) has a .down.sql but no .up.sql")
        }
        return try ups.keys.sorted().map { number in
            let (name, up) = ups[number]!
            guard let (downName, down) = downs[number], downName == name else {
                throw DatabaseError(
                    .migration, message: "migration \(String(format: "%03d", number))_\(name) has no matching .down.sql"
                )
            }
            return Migration(number: number, name: name, up: up, down: down)
        }
    }

    private static func parse(_ file: String) -> (number: Int, name: String, isUp: Bool)? {
        let isUp = file.hasSuffix(".up.sql")
        guard isUp || file.hasSuffix(".down.sql") else { return nil }
        let stem = file.dropLast(isUp ? 7 : 9)
        guard let underscore = stem.firstIndex(of: "_"), let number = Int(stem[..<underscore]),
            stem[..<underscore].count == 3
        else { return nil }
        let name = String(stem[stem.index(after: underscore)...])
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return (number, name, isUp)
    }
}

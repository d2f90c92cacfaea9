// How long `cleanup` keeps each kind of row: a count of days, weeks, months or
// years, as the settings and `--older-than` write it (`365d`, `26w`, `6m`, `1y`).
import Foundation
import JobHuntKernel

/// A retention period, counted back from now on the UTC calendar.
package struct RetentionPeriod: Sendable, Equatable, CustomStringConvertible, Codable {
    package enum Unit: String, Sendable, Codable {
        case day = "d"
        case week = "w"
        case month = "m"
        case year = "y"
    }

    package var count: Int
    package var unit: Unit

    package init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `30d`, `26w`, `6m`, `1y`; nil for anything else (a count from 0 to 100000).
    package init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let last = trimmed.last, let unit = Unit(rawValue: String(last)),
            let count = Int(trimmed.dropLast()), (0...100_000).contains(count)
        else { return nil }
        self.init(count, unit)
    }

    package var description: String { "\(count)\(unit.rawValue)" }

    /// The instant `self` before `now`: rows older than it are past retention.
    package func cutoff(before now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let component: Calendar.Component =
            switch unit {
            case .day: .day
            case .week: .weekOfYear
            case .month: .month
            case .year: .year
            }
        return calendar.date(byAdding: component, value: -count, to: now) ?? now
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = RetentionPeriod(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
        }
        self = period
    }
}

/// What `cleanup` removes and in what batches; the CLI fills it from the
/// `cleanup.*` settings and `--older-than`.
package struct RetentionPolicy: Sendable, Equatable {
    /// Postings by `created_at` (default one year).
    package var postings = RetentionPeriod(1, .year)
    /// Completed tasks by `completed_at`, archived then deleted (default six months).
    package var tasks = RetentionPeriod(6, .month)
    /// Inactive or expired browser sessions by last use (default 30 days).
    package var browserSessions = RetentionPeriod(30, .day)
    /// How old an unreferenced stored file must be before it goes (default one day),
    /// so a file being written whose row is not committed yet is never taken.
    package var files = RetentionPeriod(1, .day)
    /// Only object keys under this prefix are considered (default `users/`).
    package var filesPrefix = "users/"
    /// Rows per transaction.
    package var batchSize = 1000

    package init() {}

    /// The kinds `--older-than KIND=PERIOD` takes.
    package static let kinds = ["postings", "tasks", "browser-sessions", "files"]

    /// Sets the period of `kind` (one of ``kinds``).
    package mutating func set(_ kind: String, _ period: RetentionPeriod) throws {
        switch kind {
        case "postings": postings = period
        case "tasks": tasks = period
        case "browser-sessions": browserSessions = period
        case "files": files = period
        default:
            throw JobHuntError.cleanupInvalid(kind, "is not one of \(Self.kinds.joined(separator: ", "))")
        }
    }
}

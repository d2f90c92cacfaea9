// The value rules both engines must agree on: the seed's VARCHAR limits
// (SQLite would store anything), and no future dates for things that happened.
import Foundation
import JobHuntKernel

enum ApplicationRules {
    /// How far ahead of this process's clock a "when it happened" may be, for
    /// clocks a little apart (a laptop and a database server).
    static let clockSlack: TimeInterval = 300

    static func notInFuture(_ date: Date, field: String, now: Date) throws {
        guard date <= now.addingTimeInterval(clockSlack) else {
            throw JobHuntError.applicationInvalid(
                field, "\(ApplicationTime.text(date)) is in the future",
                remedy: "give when it happened, at the latest now")
        }
    }

    /// Non-empty after trimming and within the seed's `VARCHAR(limit)`.
    static func text(_ value: String, field: String, limit: Int) throws {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw JobHuntError.applicationInvalid(field, "is empty") }
        if trimmed.count > limit {
            throw JobHuntError.applicationInvalid(field, "is \(trimmed.count) characters, more than \(limit)")
        }
    }

    /// `job_url VARCHAR(1000)`, an http(s) address.
    static func url(_ value: String) throws {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host?.isEmpty == false
        else { throw JobHuntError.applicationInvalid("job_url", "'\(value)' is not an http or https URL") }
        try text(value, field: "job_url", limit: 1000)
    }

    /// Notes are TEXT, but a note is a line or a paragraph, not a file.
    static func note(_ value: String) throws {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw JobHuntError.applicationInvalid("notes", "the note is empty")
        }
        if value.count > 10_000 {
            throw JobHuntError.applicationInvalid("notes", "the note is \(value.count) characters, more than 10000")
        }
    }
}

// The rules a profile value must pass before it is written: the seed's checks
// (`valid_experience`), its column lengths, and the formats a person expects.
import Foundation
import JobHuntKernel

/// Checks and normalises single values; each failure names its field.
///
/// Lengths are counted in Unicode scalars, as PostgreSQL counts `VARCHAR(n)`,
/// so a value accepted here is never cut or refused by either engine.
enum ProfileRules {
    static let yearsRange = 0...70
    /// `target_salary_*` are `INTEGER` columns.
    static let salaryRange = 0...Int(Int32.max)
    /// Summaries and descriptions: generous for prose, small enough to embed and cache.
    static let proseLimit = 10_000

    /// One line of text: trimmed, not empty, no control characters, at most `limit` long.
    static func line(_ text: String, field: String, limit: Int) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        try requireContent(trimmed, field: field)
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw JobHuntError.profileInvalid(
                field, "contains a line break or control character", remedy: "give one line")
        }
        try requireLength(trimmed, field: field, limit: limit)
        return trimmed
    }

    /// Prose: trimmed, not empty, line breaks kept (CRLF becomes LF), other control characters refused.
    static func block(_ text: String, field: String, limit: Int = proseLimit) throws -> String {
        let trimmed = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        try requireContent(trimmed, field: field)
        guard
            !trimmed.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t"
            })
        else {
            throw JobHuntError.profileInvalid(field, "contains a control character", remedy: "remove it")
        }
        try requireLength(trimmed, field: field, limit: limit)
        return trimmed
    }

    /// Text extracted from a document (`resume_text`): never refused for its
    /// characters, because pdftotext emits form feeds between pages. Form
    /// feeds and CR become line breaks; other control characters (NUL, which
    /// PostgreSQL text cannot hold, among them) are dropped.
    static func extracted(_ text: String, field: String) throws -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            if scalar == "\u{0C}" || scalar == "\r" {
                cleaned.append("\n")
            } else if scalar.properties.generalCategory != .control || scalar == "\n" || scalar == "\t" {
                cleaned.append(scalar)
            }
        }
        let trimmed = String(cleaned).trimmingCharacters(in: .whitespacesAndNewlines)
        try requireContent(trimmed, field: field)
        return trimmed
    }

    static func integer(_ value: Int, field: String, range: ClosedRange<Int>, unit: String) throws -> Int {
        guard range.contains(value) else {
            throw JobHuntError.profileInvalid(
                field, "\(value) is not between \(range.lowerBound) and \(range.upperBound)",
                remedy: "give \(unit) from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    static func workType(_ text: String, field: String) throws -> String {
        guard let type = WorkType(text: text) else {
            throw JobHuntError.profileInvalid(
                field, "'\(text)' is not a work type",
                remedy: "use one of: \(WorkType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return type.rawValue
    }

    /// An ISO 4217 code that salaries are read in (``CurrencyRule``), in any case.
    static func currency(_ text: String, field: String) throws -> String {
        guard let code = CurrencyRule.code(text) else {
            throw JobHuntError.profileInvalid(
                field, "'\(text)' is not a currency jobhunt reads salaries in",
                remedy: "use a three-letter ISO 4217 code such as USD, EUR or GBP")
        }
        return code
    }

    private static func requireContent(_ text: String, field: String) throws {
        guard !text.isEmpty else {
            throw JobHuntError.profileInvalid(
                field, "is empty", remedy: "give a value, or clear the field to remove it")
        }
    }

    private static func requireLength(_ text: String, field: String, limit: Int) throws {
        let length = text.unicodeScalars.count
        guard length <= limit else {
            throw JobHuntError.profileInvalid(
                field, "is \(length) characters long, more than the \(limit) allowed", remedy: "shorten it")
        }
    }
}

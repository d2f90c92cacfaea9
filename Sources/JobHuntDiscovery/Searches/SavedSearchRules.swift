// The checks a saved search passes before it is stored: name length, the
// closed vocabularies, salary bounds and the syntax of `KIND:ARG` sources.
import Foundation
import JobHuntKernel

/// Validation of saved searches; every error names the field at fault.
package enum SavedSearchRules {
    /// The seed's `search_name VARCHAR(100)`.
    package static let maximumNameLength = 100
    /// PostgreSQL's INTEGER, which `min_salary` and `max_salary` are.
    package static let maximumSalary = Int(Int32.max)

    /// The trimmed name, 1–100 characters.
    package static func name(_ typed: String) throws -> String {
        let name = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw JobHuntError(
                .savedSearchInvalidName, field: "name", "a saved search needs a name",
                remedy: "give a name such as 'remote swift'"
            )
        }
        guard name.count <= maximumNameLength else {
            throw JobHuntError(
                .savedSearchInvalidName, field: "name", "the name is \(name.count) characters long",
                remedy: "use at most \(maximumNameLength) characters")
        }
        return name
    }

    /// Trimmed values of one list field, each checked against the field's vocabulary
    /// (levels read through ``LevelWords`` first, so `staff` is stored as `lead`).
    package static func values(_ typed: [String], of field: SavedSearchField) throws -> [String] {
        try typed.map { raw in
            var value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            // "staff", "junior", "Mid-level": the words people use, stored as the level they mean.
            if field == .level, let level = LevelWords.level(for: value) { value = level.rawValue }
            guard !value.isEmpty else {
                throw JobHuntError(
                    .savedSearchInvalidValue, field: field.rawValue, "a value cannot be empty",
                    remedy: "give some text or leave the option out")
            }
            if let allowed = field.allowedValues, !allowed.contains(value) {
                throw JobHuntError(
                    .savedSearchInvalidValue, field: field.rawValue,
                    "'\(value)' is not one of \(allowed.joined(separator: ", "))",
                    remedy: "use one of \(allowed.joined(separator: ", "))")
            }
            if field == .source { try source(value) }
            return value
        }
    }

    /// `KIND:ARG` with a known kind and a non-empty argument.
    package static func source(_ value: String) throws {
        let kinds = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let colon = value.firstIndex(of: ":") else {
            throw JobHuntError(
                .savedSearchInvalidValue, field: "source", "'\(value)' is not KIND:ARG",
                remedy: "write it as KIND:ARG, e.g. greenhouse:stripe (kinds: \(kinds))")
        }
        let kind = String(value[..<colon])
        let argument = value[value.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard SourceKind(rawValue: kind) != nil else {
            throw JobHuntError(
                .savedSearchInvalidValue, field: "source", "'\(kind)' is not a source kind",
                remedy: "use one of \(kinds)")
        }
        guard !argument.isEmpty else {
            throw JobHuntError(
                .savedSearchInvalidValue, field: "source", "'\(value)' has nothing after the colon",
                remedy: "give the board, URL or file, e.g. \(kind):ARG")
        }
    }

    /// Salaries are 0…INTEGER's maximum and the minimum is not above the maximum.
    package static func salaries(min: Int?, max: Int?) throws {
        for (field, value) in [("salary-min", min), ("salary-max", max)] {
            guard let value else { continue }
            guard (0...maximumSalary).contains(value) else {
                throw JobHuntError(
                    .savedSearchInvalidSalary, field: field, "\(value) is out of range",
                    remedy: "give a yearly amount between 0 and \(maximumSalary)")
            }
        }
        if let min, let max, min > max {
            throw JobHuntError(
                .savedSearchInvalidSalary, field: "salary-min", "\(min) is above the maximum \(max)",
                remedy: "give a minimum no higher than the maximum")
        }
    }
}

// The one error type of résumé import: unreadable JSON, or fields that cannot be stored.
import Foundation
import JobHuntKernel

/// One problem with one field, named by its path in the document.
///
/// ```swift
/// JSONResumeIssue(path: "work[2].startDate", problem: "not a date").description
/// // "work[2].startDate: not a date"
/// ```
package struct JSONResumeIssue: Sendable, Hashable, CustomStringConvertible {
    /// Dotted keys with `[n]` for array positions; empty for the document itself.
    package let path: String
    package let problem: String

    package init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    package var description: String { path.isEmpty ? problem : "\(path): \(problem)" }
}

/// Why a résumé file cannot be imported. An import that throws this has written nothing,
/// so the caller can show every issue and let the person fix the file in one go.
package enum JSONResumeError: Error, Sendable, Equatable, LocalizedError {
    /// The bytes are not JSON; line and column (1-based) are given when the parser reports
    /// where it stopped.
    case malformed(line: Int?, column: Int?)
    /// The JSON is well formed but these fields are wrong, in document order.
    case invalid([JSONResumeIssue])

    package var issues: [JSONResumeIssue] {
        if case .invalid(let issues) = self { return issues }
        return []
    }

    package var errorDescription: String? {
        switch self {
        case .malformed(let line?, let column?): "the file is not valid JSON (line \(line), column \(column))"
        case .malformed: "the file is not valid JSON"
        case .invalid(let issues): issues.map(\.description).joined(separator: "; ")
        }
    }

    package var recoverySuggestion: String? {
        switch self {
        case .malformed: "fix the JSON syntax, e.g. check it with `python3 -m json.tool FILE`"
        case .invalid: "correct the named fields; dates are YYYY, YYYY-MM or YYYY-MM-DD (https://jsonresume.org/schema)"
        }
    }
}

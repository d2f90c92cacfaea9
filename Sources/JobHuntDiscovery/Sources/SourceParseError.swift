// The one error type of the source parsers: a document that cannot be read at all.
import Foundation
import JobHuntKernel

/// A whole document was unreadable; single bad records are `SourceRecordProblem`s instead.
package struct SourceParseError: Error, Equatable, LocalizedError {
    /// The source kind (`greenhouse`, `jobspy`, …), so the message says which parser gave up.
    package var source: String
    package var reason: String

    package init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    package var errorDescription: String? { "\(source): \(reason)" }

    package var recoverySuggestion: String? {
        "check that the source URL or file really is a \(source) document"
    }
}

/// A single record's defect, thrown inside a parser and turned into a `SourceRecordProblem`.
struct RecordError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

// The one error type of the source parsers: a document that cannot be read at all.
import Foundation

/// A whole document was unreadable; single bad records are `SourceRecordProblem`s instead.
public struct SourceParseError: Error, Equatable, LocalizedError {
    /// The source kind (`greenhouse`, `jobspy`, …), so the message says which parser gave up.
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var errorDescription: String? { "\(source): \(reason)" }

    public var recoverySuggestion: String? {
        "check that the source URL or file really is a \(source) document"
    }
}

/// A single record's defect, thrown inside a parser and turned into a `SourceRecordProblem`.
struct RecordError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

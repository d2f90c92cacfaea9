// The source parsers' error code: a document that cannot be read at all.
import JobHuntKernel

/// A whole document was unreadable; single bad records are `SourceRecordProblem`s instead.
extension JobHuntError.Code {
    package static let sourceUnreadable = Self("sourceUnreadable")
}

extension JobHuntError {
    /// `source` is the source kind (`greenhouse`, `jobspy`, …), so the message says which parser gave up.
    package static func sourceUnreadable(source: String, reason: String) -> JobHuntError {
        JobHuntError(
            .sourceUnreadable, "\(source): \(reason)",
            remedy: "check that the source URL or file really is a \(source) document")
    }
}

/// A single record's defect, thrown inside a parser and turned into a `SourceRecordProblem`.
struct RecordError: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

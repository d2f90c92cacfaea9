// A document split into records that are parsed one at a time, so parsing can
// run inside the ingest's pipeline (a chunk on every core while the previous
// chunk is written) instead of over the whole document before it.
import Foundation
import JobHuntKernel

/// What reading one record gave: a posting, or the problem that skipped it.
package enum RecordRead: Sendable, Equatable {
    case posting(RawPosting)
    case problem(SourceRecordProblem)
}

/// A document's records, in document order, each read on its own by `read(_:)`.
///
/// Reading every record in order gives exactly what the parser's `parse` gives for
/// the same document: its postings in order, and its problems in order (the
/// `RecordSplittingParser` conformance tests check this). `read` may run on any
/// thread, for records in any order: records share nothing.
package struct SourceRecords: Sendable {
    /// How many records the document holds (postings and problems to be).
    package let count: Int
    /// What the parser did to read the document that a person should know.
    package var notes: [String] = []
    private let reader: @Sendable (Int) -> RecordRead

    init(count: Int, notes: [String] = [], reader: @escaping @Sendable (Int) -> RecordRead) {
        self.count = count
        self.notes = notes
        self.reader = reader
    }

    /// The record at `index` (0-based, in document order).
    package func read(_ index: Int) -> RecordRead { reader(index) }

    /// Every record read in order on this thread: what `parse` returns.
    package func all() -> SourceParseResult {
        var result = SourceParseResult()
        result.notes = notes
        for index in 0..<count {
            switch read(index) {
            case .posting(let posting): result.postings.append(posting)
            case .problem(let problem): result.problems.append(problem)
            }
        }
        return result
    }
}

/// A parser whose documents can be read a record at a time.
package protocol RecordSplittingParser: SourceParser {
    /// The document's records, or nil when this document must be read whole by `parse`
    /// (a shape or a construct the split does not handle). Throws exactly what `parse`
    /// throws for a document that cannot be read as a whole, before any record is read.
    func records(_ data: Data, context: SourceContext) throws -> SourceRecords?
}

extension SourceRecords {
    /// Postings already parsed, as records (each one a posting).
    package init(postings: [RawPosting], notes: [String] = []) {
        self.init(count: postings.count, notes: notes) { .posting(postings[$0]) }
    }
}

// Gathers a document's postings, turning each bad record into a problem instead of a failure.
import Foundation
import JobHuntKernel

/// The per-record loop every parser shares: one bad record is reported, the rest still load.
struct RecordCollector {
    private(set) var result = SourceParseResult()

    /// Runs `make` for the record at 1-based `position`; a thrown `RecordError` or a posting
    /// without a title or URL becomes a problem naming the record.
    mutating func add(position: Int, recordID: String?, _ make: () throws -> RawPosting) {
        switch Self.read(position: position, recordID: recordID, make) {
        case .posting(let posting): result.postings.append(posting)
        case .problem(let problem): result.problems.append(problem)
        }
    }

    /// What `add` adds for one record, for parsers that read records one at a time (`SourceRecords`).
    static func read(position: Int, recordID: String?, _ make: () throws -> RawPosting) -> RecordRead {
        do {
            let posting = try make()
            if isBlank(posting.title) { throw RecordError("no title") }
            if isBlank(posting.url) { throw RecordError("no URL") }
            return .posting(posting)
        } catch let error as RecordError {
            return .problem(SourceRecordProblem(position: position, recordID: recordID, reason: error.reason))
        } catch {
            return .problem(SourceRecordProblem(position: position, recordID: recordID, reason: "\(error)"))
        }
    }

    mutating func report(position: Int, recordID: String? = nil, reason: String) {
        result.problems.append(SourceRecordProblem(position: position, recordID: recordID, reason: reason))
    }

    private static func isBlank(_ text: String) -> Bool { !text.contains(where: { !$0.isWhitespace }) }

    /// The loop of the JSON board APIs: each element of `records` is a JSON object with
    /// its id under `idKey`, made into a posting by `make`; one bad record is a problem.
    static func collect(
        _ records: [Any], idKey: String = "id", _ make: (JSONObject) throws -> RawPosting
    ) -> SourceParseResult {
        var collector = RecordCollector()
        for (offset, element) in records.enumerated() {
            let id = (element as? JSONObject)?.text(idKey)
            collector.add(position: offset + 1, recordID: id) { try make(try recordObject(element)) }
        }
        return collector.result
    }
}

extension JSONObject {
    /// A required string field, or the record's defect.
    func required(_ key: String) throws -> String {
        guard let value = nonBlank(key) else { throw RecordError("no \"\(key)\"") }
        return value
    }
}

/// The JSON object at a record position, or the record's defect.
func recordObject(_ element: Any) throws -> JSONObject {
    guard let object = element as? JSONObject else { throw RecordError("not a JSON object") }
    return object
}

// What fetching one source produced: its documents (or "unchanged", or the failure) and the requests it took.
import Foundation
import JobHuntKernel

/// One document's bytes, ready for `spec.kind.parser`.
package struct FetchedDocument: Sendable, Equatable {
    package var data: Data
    /// The URL that answered (after redirects) or the local path.
    package var location: String
    /// What to remember for a conditional GET next time; nil for files and paged documents.
    package var validators: HTTPValidators?
    /// The URL the validators belong to: the one requested, not the redirect target.
    var requestedURL: String?

    package init(data: Data, location: String, validators: HTTPValidators? = nil, requestedURL: String? = nil) {
        self.data = data
        self.location = location
        self.validators = validators
        self.requestedURL = requestedURL
    }

    /// The base for relative links: the final URL when it is one.
    package var baseURL: URL? {
        guard location.hasPrefix("http://") || location.hasPrefix("https://") else { return nil }
        return URL(string: location)
    }
}

/// A fetched source as ingest reads it: parsed already, or records still to parse.
package enum SourceReading: Sendable {
    case parsed(SourceParseResult)
    case records(SourceRecords)
}

/// The result of fetching one source; never thrown, so the metrics survive a failure.
package struct SourceFetch: Sendable {
    package enum Outcome: Sendable, Equatable {
        /// One document, or one per page (Lever), in order.
        case documents([FetchedDocument])
        /// The server said 304 to our validators: the caller skips the source.
        case unchanged
        case failed(JobHuntError)
    }

    package var spec: SourceSpec
    package var outcome: Outcome
    package var metrics: FetchMetrics

    /// The documents, nil when unchanged; throws the failure.
    package func documents() throws(JobHuntError) -> [FetchedDocument]? {
        switch outcome {
        case .documents(let documents): return documents
        case .unchanged: return nil
        case .failed(let error): throw error
        }
    }

    /// What ingest reads: one document's records, to be parsed a chunk at a time inside the
    /// ingest's pipeline, when the source is one document of a kind that splits into records
    /// (`RecordSplittingParser`, and the document a shape it splits); else every document parsed
    /// now, as `parse` does. Nil when unchanged; throws the failure, or the document's error.
    package func read(companyName: String? = nil) throws -> SourceReading? {
        guard let documents = try documents() else { return nil }
        // Workday's employer fix-up below needs every posting, so it is always read whole.
        if documents.count == 1, spec.kind != .workday, let parser = spec.kind.parser as? any RecordSplittingParser,
            let records = try parser.records(
                documents[0].data, context: spec.context(companyName: companyName, baseURL: documents[0].baseURL))
        {
            return .records(records)
        }
        return try parse(companyName: companyName).map(SourceReading.parsed)
    }

    /// Parses every document with the kind's parser and joins the results (Lever's pages into one list).
    ///
    /// A posting whose `externalID` an earlier document already gave replaces that one in
    /// place: Workday's and SmartRecruiters' details come after their list pages and say more,
    /// and a board that shifts while it is paged cannot make one posting count twice.
    package func parse(companyName: String? = nil) throws -> SourceParseResult? {
        guard let documents = try documents() else { return nil }
        var result = SourceParseResult()
        var seen: [String: Int] = [:]
        for document in documents {
            let context = spec.context(companyName: companyName, baseURL: document.baseURL)
            let page = try spec.kind.parser.parse(document.data, context: context)
            var added: [String: Int] = [:]
            for posting in page.postings {
                if let id = posting.externalID, let index = seen[id] {
                    result.postings[index] = posting
                } else {
                    if let id = posting.externalID, added[id] == nil { added[id] = result.postings.count }
                    result.postings.append(posting)
                }
            }
            seen.merge(added) { old, _ in old }
            result.problems += page.problems
            result.notes += page.notes
        }
        // A Workday board is one employer: a posting whose detail could not be read is named
        // as its siblings' details name the employer, not after the tenant, so it joins the same company.
        let token = spec.context().token
        if spec.kind == .workday, companyName == nil,
            let employer = result.postings.lazy.compactMap(\.companyName).first(where: { $0 != token })
        {
            for index in result.postings.indices where result.postings[index].companyName == token {
                result.postings[index].companyName = employer
            }
        }
        return result
    }
}

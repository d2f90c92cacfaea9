// Loads the job-source fixtures (Tests/Fixtures/sources) and parses them, for the Source*Tests suites.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import JobHuntTesting

enum SourceFixtures {
    /// Tests/Fixtures/sources.
    static func directory() -> URL { RepositoryFiles.fixture("sources") }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory().appendingPathComponent(name))
    }

    static func parse(_ name: String, with parser: some SourceParser, context: SourceContext) throws
        -> SourceParseResult
    {
        try parser.parse(data(name), context: context)
    }

    /// An ISO 8601 instant for expectations, so tests state dates the way the fixtures print them.
    static func instant(_ text: String) -> Date? { SourceDate.iso8601(text) }
}

extension SourceParseResult {
    func posting(_ externalID: String) -> RawPosting? { postings.first { $0.externalID == externalID } }
}
